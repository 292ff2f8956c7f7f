import { expect, it } from "vitest";

/**
 * The gate of a suite that needs a system program (PostgreSQL, redis-server): true when it may run. When `missing`
 * says what is not there, the suite fails under CI=true (CI installs it) and elsewhere warns loudly and skips.
 * `required` is false where the lack is the operator's choice rather than a missing install (an external database).
 */
export function canRun(missing: string | null, needs: string, required = true): boolean {
  if (missing === null) return true;
  if (required && process.env.CI === "true") it(`needs ${needs} (required when CI=true)`, () => expect.fail(missing));
  else {
    console.warn(`\n${"!".repeat(80)}\n${missing}\n${"!".repeat(80)}\n`);
    it.skip(missing);
  }
  return false;
}
