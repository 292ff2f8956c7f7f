import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function evaluate(model: string): Record<string, number> {
  const stdout = execFileSync(process.execPath, ["--import", "tsx", "training/eval/cli.ts", "--model", model, "--provider", "local", "--json"], {
    encoding: "utf8",
  });
  const lines = stdout.trim().split("\n");
  expect(lines.some((l) => l.startsWith("promise_count_accuracy") || l.startsWith("json_schema_compliance"))).toBe(true);
  return JSON.parse(lines.at(-1)!) as Record<string, number>;
}

describe("npm run eval, local provider, validation split", () => {
  it("extraction: the last line is the metrics JSON, and the original's four figures reach 0.95", () => {
    const m = evaluate("extraction");
    for (const value of Object.values(m)) expect(value).toBeGreaterThanOrEqual(0), expect(value).toBeLessThanOrEqual(1);
    for (const name of ["promise_count_accuracy", "contradiction_detection", "promise_type_precision", "json_schema_compliance"]) {
      expect(m[name], name).toBeGreaterThanOrEqual(0.95);
    }
    expect(Object.keys(m)).toEqual(expect.arrayContaining(["promise_match_f1", "domain_accuracy", "target_accuracy", "deadline_accuracy", "contradiction_match_f1"]));
  });

  it("citizens: schema compliance and deltas in range are 1", () => {
    const m = evaluate("citizens");
    expect(m.json_schema_compliance).toBe(1);
    expect(m.deltas_in_range).toBe(1);
    expect(Object.keys(m)).toEqual(
      expect.arrayContaining(["one_reaction_per_citizen", "references_real_promise", "tone_agreement", "spawn_precision", "spawn_recall"]),
    );
  });

  it("an unknown model is a usage error", () => {
    expect(() => execFileSync(process.execPath, ["--import", "tsx", "training/eval/cli.ts", "--model", "poetry"], { stdio: "pipe" })).toThrow(/Usage/);
  });
});
