import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const guard = fileURLToPath(new URL("./process-guard.ts", import.meta.url));

/** A child process with the guard installed throws from a timer and rejects a promise, then keeps working. */
const script = `
  const { guardProcess } = await import(${JSON.stringify(guard)});
  guardProcess((line) => console.log("LOG " + line.split("\\n")[0]));
  setTimeout(() => { throw new Error("boom in a timer"); }, 5);
  setTimeout(() => { throw new Error("boom in a timer"); }, 10);
  Promise.reject(new Error("nobody awaited this"));
  setTimeout(() => console.log("STILL SERVING"), 50);
`;

describe("the process guard", () => {
  it("logs an uncaught exception and an unhandled rejection once each and keeps the process running", async () => {
    const { stdout } = await run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { timeout: 20_000 });
    const lines = stdout.trim().split("\n");
    expect(lines).toContain("LOG uncaught exception (the process keeps serving): Error: boom in a timer");
    expect(lines).toContain("LOG unhandled rejection (the process keeps serving): Error: nobody awaited this");
    expect(lines.filter((l) => l.includes("boom in a timer"))).toHaveLength(1);
    expect(lines.at(-1)).toBe("STILL SERVING");
  });

  it("without it the same fault ends the process", async () => {
    const bare = `setTimeout(() => { throw new Error("boom"); }, 5); setTimeout(() => console.log("STILL SERVING"), 50);`;
    await expect(run(process.execPath, ["--input-type=module", "-e", bare], { timeout: 20_000 })).rejects.toThrow(/boom/);
  });
});
