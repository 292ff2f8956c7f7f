import { describe, expect, it } from "vitest";
import type { CitizensInput, CitizensOutput } from "../../common/schemas/contracts/citizens.ts";
import type { ExtractedPromise, ExtractionOutput } from "../../common/schemas/contracts/extraction.ts";
import { citizensMetrics } from "./citizens-metrics.ts";
import { extractionMetrics } from "./extraction-metrics.ts";

const p = (text: string, over: Partial<ExtractedPromise> = {}): ExtractedPromise => ({
  text,
  kind: "explicit",
  domain: "ecology",
  targetCitizen: null,
  deadlineRound: null,
  confidence: 0.9,
  ...over,
});
const out = (promises: ExtractedPromise[], contradictions: ExtractionOutput["contradictions"] = []): ExtractionOutput => ({ promises, contradictions });
const contra = (quote: string, x: number): ExtractionOutput["contradictions"][number] => ({
  description: "d",
  speechQuote: quote,
  contradicts: { type: "action", round: 1, action: "DEMOLISH", x, y: 0 },
  severity: "high",
});

describe("extraction metrics", () => {
  it("the original's four figures: exact counts, contradiction presence, kind sets, and the zod contract", () => {
    const m = extractionMetrics([
      { expected: out([p("plant a forest")]), predicted: out([p("plant a forest")]) },
      { expected: out([p("a"), p("b", { kind: "implicit" })]), predicted: out([p("a")], [contra("q", 1)]) },
      { expected: out([]), predicted: null },
      { expected: out([], [contra("q", 1)]), predicted: out([]) },
    ]);
    expect(m.promise_count_accuracy).toBe(0.75);
    expect(m.contradiction_detection).toBe(0.5);
    expect(m.promise_type_precision).toBe(0.75);
    expect(m.json_schema_compliance).toBe(0.75);
  });

  it("promise matching by text overlap, and field accuracies on matched promises only", () => {
    const m = extractionMetrics([
      {
        expected: out([p("I will plant a forest by round 3", { deadlineRound: 3, targetCitizen: "Mia" }), p("close the refinery", { domain: "economy" })]),
        predicted: out([p("plant a forest by round 3", { deadlineRound: 2, targetCitizen: "mia" }), p("build a factory")]),
      },
    ]);
    expect(m.promise_match_f1).toBeCloseTo(0.5);
    expect(m.target_accuracy).toBe(1);
    expect(m.deadline_accuracy).toBe(0);
    expect(m.domain_accuracy).toBe(1);
  });

  it("a contradiction matches only with the same contradicted fact and an overlapping quote", () => {
    const m = extractionMetrics([
      { expected: out([], [contra("the forest stays", 1)]), predicted: out([], [contra("the forest stays", 2)]) },
      { expected: out([], [contra("the forest stays", 1)]), predicted: out([], [contra("the forest stays", 1)]) },
    ]);
    expect(m.contradiction_match_f1).toBeCloseTo(0.5);
  });
});

describe("citizens metrics", () => {
  const input = {
    round: 1,
    finalRound: 5,
    bars: { ecology: 45, economy: 65, research: 5 },
    citizens: [
      { name: "Karl", role: "Factory worker", personality: "p", kind: "core", bloc: 14, approval: { m1: 60, m2: 60 }, linkedMayor: null },
      { name: "Mia", role: "Climate activist", personality: "p", kind: "core", bloc: 10, approval: { m1: 35, m2: 35 }, linkedMayor: null },
    ],
    mayors: [
      { id: "m1", name: "A", promises: [{ id: "p1", text: "t", kind: "explicit", domain: "ecology", targetCitizen: null, deadlineRound: null }], contradictions: [], actions: [], outcomes: [] },
      { id: "m2", name: "B", promises: [], contradictions: [], actions: [], outcomes: [] },
    ],
  } satisfies CitizensInput;
  const r = (citizen: string, mayor: string, tone: CitizensOutput["reactions"][number]["tone"], approvalDelta: number, referencesPromise: string | null = null) => ({
    citizen,
    mayor,
    dialogue: "…",
    tone,
    approvalDelta,
    referencesPromise,
  });
  const newcomer = (linkedMayor: string | null) => ({ name: "N", role: "r", personality: "p", initialApproval: 50, openingLine: "o", tone: "hopeful" as const, linkedMayor });

  it("coverage, real references, tone and sign agreement, and spawns matched by linked mayor", () => {
    const expected: CitizensOutput = { reactions: [r("Karl", "m1", "angry", -5), r("Mia", "m1", "hopeful", 3)], newCitizens: [newcomer("m1")], summary: "s" };
    const predicted: CitizensOutput = {
      reactions: [r("Karl", "m1", "angry", -2, "p1"), r("Mia", "m1", "grateful", -1, "p9")],
      newCitizens: [newcomer("m1"), newcomer("m2")],
      summary: "s",
    };
    const m = citizensMetrics([
      { input, expected, predicted },
      { input, expected, predicted: { ...predicted, reactions: [r("Karl", "m1", "angry", -2)] } },
      { input, expected, predicted: null },
    ]);
    expect(m.json_schema_compliance).toBeCloseTo(2 / 3);
    expect(m.deltas_in_range).toBeCloseTo(2 / 3);
    expect(m.one_reaction_per_citizen).toBeCloseTo(1 / 3);
    expect(m.references_real_promise).toBe(0.5);
    expect(m.tone_agreement).toBeCloseTo(2 / 3);
    expect(m.delta_sign_agreement).toBeCloseTo(2 / 3);
    expect(m.spawn_precision).toBe(0.5);
    expect(m.spawn_recall).toBeCloseTo(2 / 3);
  });
});
