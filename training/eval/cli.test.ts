import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractSpeech } from "../../providers/local/extraction/index.ts";
import { startMistralMock, type MistralMock } from "../../providers/stand-in/mistral-stand-in.ts";
import { readExamples, readJsonlLines } from "../data/format.ts";
import { DATA_DIR } from "../data/split.ts";

let mock: MistralMock;
let dir: string;
beforeAll(async () => {
  mock = await startMistralMock();
  dir = mkdtempSync(join(tmpdir(), "ecotopia-eval-"));
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

type Figures = Record<string, Record<string, number>>;

async function evaluate(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out = join(dir, `${Date.now()}-${Math.random()}.md`);
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("MISTRAL_")));
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "training/eval/cli.ts", ...args, "--out", out, "--json"], {
    env: { ...base, ...env },
  });
  const lines = stdout.trim().split("\n");
  return { stdout, figures: JSON.parse(lines.at(-1)!) as Figures, markdown: readFileSync(out, "utf8") };
}

const splitFile = (model: string, split: string) => join(DATA_DIR, model, `${split}.jsonl`);

describe("npm run eval", () => {
  it("extraction, local provider: train, validation and test side by side, each figure measured", async () => {
    const { stdout, figures, markdown } = await evaluate(["--model", "extraction"]);
    expect(Object.keys(figures)).toEqual(["local · train", "local · validation", "local · test"]);
    for (const split of ["train", "validation", "test"]) {
      const count = readJsonlLines(splitFile("extraction", split)).length;
      expect(stdout).toMatch(new RegExp(`^examples\\s+.*\\b${count}\\b`, "m"));
      for (const [name, value] of Object.entries(figures[`local · ${split}`]!)) {
        if (!/tokens|_ms_/.test(name)) expect(value, name).toBeGreaterThanOrEqual(0), expect(value, name).toBeLessThanOrEqual(1);
      }
    }
    // Recomputed here from the engine itself: the CLI's figure is the measured one, whatever it is.
    const test = readExamples("extraction", splitFile("extraction", "test"));
    const hits = test.filter((e) => extractSpeech(e.input).promises.length === e.output.promises.length).length;
    expect(figures["local · test"]!.promise_count_accuracy).toBeCloseTo(hits / test.length, 10);
    // The original's four figures stay high where the engine was tuned (validation is not held out; test is). A guard
    // against regressions, below today's figures (count and kind-set 93.9 % since the harder styles joined the split).
    for (const name of ["promise_count_accuracy", "contradiction_detection", "promise_type_precision", "json_schema_compliance"]) {
      expect(figures["local · validation"]![name], name).toBeGreaterThanOrEqual(0.9);
    }
    expect(markdown).toContain("| metric | local · train | local · validation | local · test |");
  });

  it("citizens, local provider: schema compliance and deltas in range are 1 on every split", async () => {
    const { figures } = await evaluate(["--model", "citizens"]);
    for (const column of Object.values(figures)) {
      expect(column.json_schema_compliance).toBe(1);
      expect(column.deltas_in_range).toBe(1);
      expect(Object.keys(column)).toEqual(expect.arrayContaining(["one_reaction_per_citizen", "references_real_promise", "tone_agreement", "spawn_f1"]));
    }
  });

  it("--compare local and a Mistral model on the stand-in: both columns, the model's measured over HTTP with tokens and latency", async () => {
    mock.reset();
    const { stdout, figures, markdown } = await evaluate(["--model", "extraction", "--splits", "validation", "--compare", "local,mistral:stand-in-ft"], {
      MISTRAL_API_KEY: "stand-in-key",
      MISTRAL_SERVER_URL: mock.url,
    });
    const examples = readJsonlLines(splitFile("extraction", "validation")).length;
    expect(stdout).toMatch(/local · validation\s+mistral:stand-in-ft · validation/);
    expect(markdown).toContain("| metric | local · validation | mistral:stand-in-ft · validation |");
    expect(mock.calls).toHaveLength(examples);
    expect(new Set(mock.calls.map((c) => c.model))).toEqual(new Set(["stand-in-ft"]));
    const local = figures["local · validation"]!;
    const remote = figures["mistral:stand-in-ft · validation"]!;
    // The stand-in answers with the local engine's output, so every quality figure must agree; only cost differs.
    for (const name of Object.keys(local).filter((n) => !/tokens|_ms_/.test(n))) expect(remote[name], name).toBeCloseTo(local[name]!, 10);
    const prompt = mock.calls.reduce((n, c) => n + c.usage.prompt_tokens, 0);
    expect(remote.prompt_tokens_per_example).toBeCloseTo(prompt / examples, 6);
    expect(remote.latency_ms_mean).toBeGreaterThan(0);
  });

  it("--compare without a key runs the local column and says which column was skipped and why", async () => {
    const { stdout, figures } = await evaluate(["--model", "citizens", "--splits", "validation", "--compare", "local,mistral"]);
    expect(Object.keys(figures["local · validation"]!)).toContain("json_schema_compliance");
    expect(figures["mistral · validation"]).toEqual({ skipped: expect.stringMatching(/MISTRAL_API_KEY is not set/) });
    expect(stdout).toMatch(/^skipped mistral · validation: MISTRAL_API_KEY is not set/m);
  });

  it("an unknown model is a usage error", async () => {
    await expect(promisify(execFile)(process.execPath, ["--import", "tsx", "training/eval/cli.ts", "--model", "poetry"])).rejects.toThrow(/Usage/);
  });
});
