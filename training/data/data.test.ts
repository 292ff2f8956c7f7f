import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ModelName, readExamples } from "./format.ts";
import { batchFiles, splitModel, splitPath } from "./split.ts";

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

describe("extraction labels follow the annotation guide", () => {
  const examples = batchFiles("extraction").flatMap((f) => readExamples("extraction", f));
  it("quotes are exact, deadlines leave a policy phase, targets are present, contradictions point at real facts", () => {
    for (const { input, output } of examples) {
      const names = new Set(input.citizens.map((c) => c.name));
      for (const p of output.promises) {
        expect(input.speech).toContain(p.text);
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
  const examples = batchFiles("citizens").flatMap((f) => readExamples("citizens", f));
  it("every citizen reacts, once per mayor at most, to real mayors and real promises", () => {
    for (const { input, output } of examples) {
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
