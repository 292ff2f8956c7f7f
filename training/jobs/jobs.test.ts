import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ModelName, parseExampleLine, readJsonlLines } from "../data/format.ts";
import { splitPath } from "../data/split.ts";
import { CONTRACTS_JSON, contractsJson } from "./contracts.ts";

const SCRIPT = "training/jobs/sft_lora.py";
const python = spawnSync("python3", ["--version"], { encoding: "utf8" });
const hasPython = python.status === 0;
if (!hasPython) {
  const message = "python3 is missing: the fine-tune job's py_compile and --check tests are SKIPPED (apt-get install python3)";
  if (process.env.CI === "true") throw new Error(`${message}; CI must have it`);
  console.warn(`\n!!! ${message}\n`);
}

const scratch = mkdtempSync(join(tmpdir(), "ecotopia-jobs-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync("python3", args, { encoding: "utf8", env: { ...process.env, PYTHONPYCACHEPREFIX: join(scratch, "pycache") } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A data folder holding the committed split of `model` with `line` (1-based) of train.jsonl replaced. */
function brokenCopy(model: ModelName, line: number, replace: (text: string) => string): string {
  const dir = mkdtempSync(join(scratch, `${model}-`));
  const lines = readJsonlLines(splitPath(model, "train"));
  lines[line - 1] = replace(lines[line - 1]!);
  writeFileSync(join(dir, "train.jsonl"), lines.map((l) => `${l}\n`).join(""));
  copyFileSync(splitPath(model, "validation"), join(dir, "validation.jsonl"));
  return dir;
}

/** Rewrites one message's JSON content of a chat line. */
function editContent(line: string, index: number, edit: (value: Record<string, unknown>) => void): string {
  const row = JSON.parse(line) as { messages: { role: string; content: string }[] };
  const value = JSON.parse(row.messages[index]!.content) as Record<string, unknown>;
  edit(value);
  row.messages[index]!.content = JSON.stringify(value);
  return JSON.stringify(row);
}

describe("the fine-tune job (training/jobs/sft_lora.py)", () => {
  it("contracts.json is the JSON Schema of the zod contracts (regenerate: node --import tsx training/jobs/contracts.ts)", () => {
    expect(readFileSync(CONTRACTS_JSON, "utf8")).toBe(contractsJson());
  });

  it.skipIf(!hasPython)("compiles with Debian's python3", () => {
    const result = run("-m", "py_compile", SCRIPT);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it.skipIf(!hasPython).each(ModelName.options)("--check passes on the committed %s split and counts every line", (model) => {
    const result = run(SCRIPT, "--model", model, "--check");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    for (const part of ["train", "validation"] as const) {
      const count = readJsonlLines(splitPath(model, part)).length;
      expect(result.stdout).toContain(`${part}.jsonl: ${count} examples`);
    }
    const config = JSON.parse(/^config: (.*)$/m.exec(result.stdout)![1]!) as Record<string, unknown>;
    expect(config).toMatchObject({ base_model: "mistralai/Ministral-8B-Instruct-2410", epochs: 3, learning_rate: 2e-4, seed: 42, model });
    expect(result.stdout).toMatch(/check passed/);
  });

  const breakages: [string, ModelName, number, (line: string) => string, RegExp][] = [
    ["a line that is not JSON", "extraction", 3, (l) => l.slice(0, -5), /not JSON/],
    ["messages in the wrong order", "extraction", 7, (l) => {
      const row = JSON.parse(l) as { messages: unknown[] };
      return JSON.stringify({ messages: [row.messages[1], row.messages[0], row.messages[2]] });
    }, /system, user, assistant/],
    ["an unknown promise kind", "extraction", 11, (l) => editContent(l, 2, (v) => {
      v.promises = [{ text: "I will plant trees.", kind: "maybe", domain: "ecology", targetCitizen: null, deadlineRound: null, confidence: 0.9 }];
    }), /output contract at \$\.promises\[0\]\.kind/],
    ["an approval delta out of range", "citizens", 5, (l) => editContent(l, 2, (v) => {
      (v.reactions as Record<string, unknown>[])[0]!.approvalDelta = 40;
    }), /output contract at \$\.reactions\[0\]\.approvalDelta/],
    ["an input without its bars", "citizens", 9, (l) => editContent(l, 1, (v) => {
      delete v.bars;
    }), /input contract at \$: missing bars/],
  ];

  it.skipIf(!hasPython).each(breakages)("--check fails with the line number on %s, as the zod contract does", (_name, model, line, replace, why) => {
    const dir = brokenCopy(model, line, replace);
    const broken = readJsonlLines(join(dir, "train.jsonl"))[line - 1]!;
    expect(() => parseExampleLine(model, broken)).toThrow();
    const result = run(SCRIPT, "--model", model, "--check", "--data-dir", dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, "train.jsonl")}:${line}:`);
    expect(result.stderr).toMatch(why);
  });

  it.skipIf(!hasPython)("never reads a test split beside the data", () => {
    const dir = brokenCopy("extraction", 1, (l) => l);
    writeFileSync(join(dir, "test.jsonl"), "this is not JSON\n");
    expect(run(SCRIPT, "--model", "extraction", "--check", "--data-dir", dir).status).toBe(0);
  });
});
