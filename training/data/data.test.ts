import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ModelName, readExamples, readJsonlLines, type Example } from "./format.ts";
import { DATA_DIR, batchFiles, splitModel, splitPath } from "./split.ts";

/** The frozen test split: written fresh, never used to tune, never touched by the split script. */
const testSplit = (model: ModelName) => join(DATA_DIR, model, "test.jsonl");
const TEST_MINIMUM: Record<ModelName, number> = { extraction: 150, citizens: 60 };

/** What makes two examples the same for leakage: the speech for extraction, the whole input for citizens. */
function fingerprint(model: ModelName, example: Example<ModelName>): string {
  const text = model === "extraction" ? (example as Example<"extraction">).input.speech : JSON.stringify(example.input);
  return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

describe.each(ModelName.options)("%s training data", (model) => {
  it("has four batches and at least 200 examples, every one valid against the contracts", () => {
    const files = batchFiles(model);
    expect(files).toHaveLength(4);
    const examples = files.flatMap((f) => readExamples(model, f));
    expect(examples.length).toBeGreaterThanOrEqual(200);
  });

  it("has no duplicate examples", () => {
    const lines = batchFiles(model).flatMap((f) => readFileSync(f, "utf8").split("\n").filter(Boolean));
    expect(new Set(lines).size).toBe(lines.length);
  });

  it("the committed 80/20 split is exactly what the split script produces", () => {
    const { train, validation } = splitModel(model);
    expect(existsSync(splitPath(model, "train"))).toBe(true);
    expect(readFileSync(splitPath(model, "train"), "utf8")).toBe(train.map((l) => `${l}\n`).join(""));
    expect(readFileSync(splitPath(model, "validation"), "utf8")).toBe(validation.map((l) => `${l}\n`).join(""));
    const share = validation.length / (train.length + validation.length);
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
  });
});

describe.each(ModelName.options)("%s frozen test split", (model) => {
  it(`is valid against the contracts line by line and holds at least ${TEST_MINIMUM[model]} examples`, () => {
    expect(existsSync(testSplit(model)), `${testSplit(model)} is missing`).toBe(true);
    expect(readExamples(model, testSplit(model)).length).toBeGreaterThanOrEqual(TEST_MINIMUM[model]);
  });

  it("repeats no example and shares no speech or input with the batches", () => {
    const test = readExamples(model, testSplit(model)).map((e) => fingerprint(model, e));
    expect(new Set(test).size).toBe(test.length);
    const batches = new Set(batchFiles(model).flatMap((f) => readExamples(model, f)).map((e) => fingerprint(model, e)));
    expect(test.filter((f) => batches.has(f))).toEqual([]);
  });

  it("is never read by the split: the split reads only the batches, and the committed train and validation splits hold none of it", () => {
    expect(batchFiles(model)).not.toContain(testSplit(model));
    const { train, validation } = splitModel(model);
    expect(train.length + validation.length).toBe(batchFiles(model).reduce((n, f) => n + readJsonlLines(f).length, 0));
    const test = new Set(readExamples(model, testSplit(model)).map((e) => fingerprint(model, e)));
    const leaked = [splitPath(model, "train"), splitPath(model, "validation")]
      .flatMap((f) => readExamples(model, f))
      .filter((e) => test.has(fingerprint(model, e)));
    expect(leaked).toEqual([]);
  });
});

describe("extraction labels follow the annotation guide", () => {
  it.each(["batches", "test split"])("in the %s: quotes are exact, deadlines leave a policy phase, targets are present, confidence fits the kind, contradictions point at real facts", (part) => {
    const files = part === "batches" ? batchFiles("extraction") : [testSplit("extraction")];
    for (const { input, output } of files.flatMap((f) => readExamples("extraction", f))) {
      const names = new Set(input.citizens.map((c) => c.name));
      expect(input.actionsThisRound.every((a) => a.round === input.round)).toBe(true);
      expect(input.actionsBefore.every((a) => a.round < input.round)).toBe(true);
      for (const p of output.promises) {
        expect(input.speech).toContain(p.text);
        if (p.kind === "explicit") expect(p.confidence).toBeGreaterThanOrEqual(0.85);
        else expect(p.confidence).toBeLessThanOrEqual(0.85);
        if (p.deadlineRound !== null) {
          expect(p.deadlineRound).toBeGreaterThan(input.round);
          expect(p.deadlineRound).toBeLessThanOrEqual(input.finalRound);
        }
        if (p.targetCitizen !== null) expect(names.has(p.targetCitizen)).toBe(true);
      }
      const actions = [...input.actionsThisRound, ...input.actionsBefore];
      for (const c of output.contradictions) {
        expect(input.speech).toContain(c.speechQuote);
        const target = c.contradicts;
        if (target.type === "promise") expect(input.earlierPromises.some((p) => p.id === target.promiseId)).toBe(true);
        else expect(actions.some((a) => a.round === target.round && a.x === target.x && a.y === target.y && a.action === target.action)).toBe(true);
      }
    }
  });
});

describe("citizens labels follow the annotation guide", () => {
  it.each(["batches", "test split"])("in the %s: every citizen reacts, once per mayor at most, to real mayors and real promises", (part) => {
    const files = part === "batches" ? batchFiles("citizens") : [testSplit("citizens")];
    for (const { input, output } of files.flatMap((f) => readExamples("citizens", f))) {
      const mayors = new Set(input.mayors.map((m) => m.id));
      const promiseIds = new Set(input.mayors.flatMap((m) => [...m.promises.map((p) => p.id), ...m.outcomes.map((o) => o.promiseId)]));
      const pairs = output.reactions.map((r) => `${r.citizen}|${r.mayor}`);
      expect(new Set(pairs).size).toBe(pairs.length);
      for (const c of input.citizens) expect(output.reactions.some((r) => r.citizen === c.name)).toBe(true);
      for (const r of output.reactions) {
        expect(mayors.has(r.mayor)).toBe(true);
        if (r.referencesPromise !== null) expect(promiseIds.has(r.referencesPromise)).toBe(true);
      }
      const present = new Set(input.citizens.map((c) => c.name));
      for (const n of output.newCitizens) expect(present.has(n.name)).toBe(false);
      expect(input.citizens.length + output.newCitizens.length).toBeLessThanOrEqual(12);
    }
  });
});
