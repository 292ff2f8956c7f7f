import { describe, expect, it } from "vitest";
import type { ActionRecord, ActionType, Bars, Commitment, Contradiction, PromiseRecord, TileType } from "../schemas/game.ts";
import { judgePromise, type PromiseFacts } from "./promises.ts";

function promise(commitment: Commitment | undefined, overrides: Partial<PromiseRecord> = {}): PromiseRecord {
  return {
    id: "p1",
    owner: "m1",
    round: 1,
    text: "A promise.",
    kind: "explicit",
    domain: "ecology",
    confidence: 0.9,
    targetCitizen: null,
    deadlineRound: 3,
    ...(commitment ? { commitment } : {}),
    status: "pending",
    resolvedRound: null,
    verdict: null,
    ...overrides,
  };
}

const TO: Partial<Record<ActionType, TileType>> = { PLANT_FOREST: "HEALTHY_FOREST", CLEAR_FARMLAND: "WASTELAND", DEMOLISH: "WASTELAND", BUILD_FACTORY: "FACTORY" };

function action(round: number, kind: ActionType, from: TileType, mayor = "m1", x = 0, y = 9): ActionRecord {
  return { round, mayor, x, y, action: kind, from, to: TO[kind] ?? "WASTELAND" };
}

const BARS: Bars = { ecology: 50, economy: 60, research: 10 };

/** The bars when each round's speeches were read: the same as at the end unless a test says otherwise. */
const SPOKEN = new Map([1, 2, 3, 4, 5].map((r) => [r, BARS]));

function facts(round: number, actions: ActionRecord[] = [], more: Partial<PromiseFacts> = {}): PromiseFacts {
  return { round, campaignOver: false, actions, bars: BARS, barsAtSpeech: SPOKEN, contradictions: [], ...more };
}

const plant = (count = 1): Commitment => ({ type: "do", actions: ["PLANT_FOREST"], count });
const noFarmClearing: Commitment = { type: "avoid", actions: ["CLEAR_FARMLAND"] };

describe("do", () => {
  it("is kept once enough matching actions follow the promise round", () => {
    const p = promise(plant(2));
    const acts = [action(2, "PLANT_FOREST", "WASTELAND", "m1", 0, 9), action(2, "PLANT_FOREST", "WASTELAND", "m1", 1, 9)];
    expect(judgePromise(p, facts(2, acts))).toEqual({
      status: "kept",
      verdict: "Delivered: planted a forest at (0,9) in round 2; planted a forest at (1,9) in round 2.",
      earns: true,
    });
  });

  it("stays open before the deadline while not enough is done", () => {
    expect(judgePromise(promise(plant(2)), facts(2, [action(2, "PLANT_FOREST", "WASTELAND")]))).toBeNull();
  });

  it("is broken at the deadline when not enough was done", () => {
    const acts = [action(2, "PLANT_FOREST", "WASTELAND")];
    expect(judgePromise(promise(plant(2)), facts(3, acts))).toEqual({ status: "broken", verdict: "Not delivered by round 3: 1 of 2 done.", earns: true });
  });

  it("counts any of its actions, only on the tile types in `on`", () => {
    const closeFactory: Commitment = { type: "do", actions: ["DEMOLISH", "REPLACE_WITH_SOLAR"], on: ["FACTORY"], count: 1 };
    expect(judgePromise(promise(closeFactory), facts(2, [action(2, "DEMOLISH", "HEALTHY_FOREST")]))).toBeNull();
    expect(judgePromise(promise(closeFactory), facts(2, [action(2, "DEMOLISH", "FACTORY")]))?.status).toBe("kept");
    expect(judgePromise(promise(closeFactory), facts(2, [action(2, "REPLACE_WITH_SOLAR", "FACTORY")]))?.status).toBe("kept");
    const anyDemolish: Commitment = { type: "do", actions: ["DEMOLISH"], on: [], count: 1 };
    expect(judgePromise(promise(anyDemolish), facts(2, [action(2, "DEMOLISH", "HEALTHY_FOREST")]))?.status).toBe("kept");
  });

  it("does not count actions of the promise's own round", () => {
    const p = promise(plant(1), { round: 2 });
    const acts = [action(2, "PLANT_FOREST", "WASTELAND")];
    expect(judgePromise(p, facts(2, acts))).toBeNull();
    expect(judgePromise(p, facts(3, acts))).toEqual({ status: "broken", verdict: "Not delivered by round 3: 0 of 1 done.", earns: true });
  });

  it("does not count other mayors' actions", () => {
    expect(judgePromise(promise(plant(1)), facts(3, [action(2, "PLANT_FOREST", "WASTELAND", "m2")]))?.status).toBe("broken");
  });

  it("without a deadline is judged when the campaign ends", () => {
    const p = promise(plant(1), { deadlineRound: null });
    expect(judgePromise(p, facts(4))).toBeNull();
    expect(judgePromise(p, facts(5, [], { campaignOver: true }))).toEqual({
      status: "broken",
      verdict: "Not delivered by the end of the campaign: 0 of 1 done.",
      earns: true,
    });
    expect(judgePromise(p, facts(3, [action(3, "PLANT_FOREST", "WASTELAND")]))?.status).toBe("kept");
  });
});

describe("avoid", () => {
  it("is broken by a matching later action, and the verdict names it", () => {
    const acts = [action(2, "CLEAR_FARMLAND", "FARMLAND", "m1", 1, 6)];
    expect(judgePromise(promise(noFarmClearing), facts(2, acts))).toEqual({
      status: "broken",
      verdict: "Promised not to, then cleared the farmland at (1,6) in round 2.",
      earns: true,
    });
  });

  it("later on, ignores other actions, other tile types, other mayors and the promise's own round", () => {
    const noForestClearing: Commitment = { type: "avoid", actions: ["DEMOLISH"], on: ["HEALTHY_FOREST", "SICK_FOREST"] };
    const acts = [
      action(1, "DEMOLISH", "HEALTHY_FOREST"),
      action(2, "DEMOLISH", "FACTORY"),
      action(2, "BUILD_FACTORY", "WASTELAND"),
      action(2, "DEMOLISH", "HEALTHY_FOREST", "m2"),
    ];
    expect(judgePromise(promise(noForestClearing), facts(2, acts))).toBeNull();
    expect(judgePromise(promise(noForestClearing), facts(3, acts))).toEqual({
      status: "kept",
      verdict: "Kept: did not demolish a forest or a sick forest after round 1, through round 3.",
      earns: true,
    });
  });

  it("is kept at the deadline, or at the end without one", () => {
    expect(judgePromise(promise(noFarmClearing), facts(3))).toEqual({ status: "kept", verdict: "Kept: did not clear farmland after round 1, through round 3.", earns: true });
    const open = promise(noFarmClearing, { deadlineRound: null });
    expect(judgePromise(open, facts(4))).toBeNull();
    expect(judgePromise(open, facts(5, [], { campaignOver: true }))).toEqual({
      status: "kept",
      verdict: "Kept: did not clear farmland after round 1, to the end of the campaign.",
      earns: true,
    });
  });
});

describe("reach: a bar the whole town moves, judged on the owner's own part", () => {
  const ecologyAtLeast50 = promise({ type: "reach", bar: "ecology", comparison: "atLeast", value: 50 });
  /** Ecology 46 when the promise was made (a gap of 4), and `end` at the deadline. */
  const spokenAt46 = (end: number, actions: ActionRecord[] = []) =>
    facts(3, actions, { barsAtSpeech: new Map([[1, { ...BARS, ecology: 46 }]]), bars: { ...BARS, ecology: end } });
  const planted = (n: number, round = 2) => Array.from({ length: n }, (_, i) => action(round, "PLANT_FOREST", "WASTELAND", "m1", i, 9));

  it("waits for the deadline", () => {
    expect(judgePromise(ecologyAtLeast50, facts(2))).toBeNull();
  });

  it("is kept, and earns, when the bar meets a target the owner's own actions worked toward", () => {
    expect(judgePromise(ecologyAtLeast50, spokenAt46(50, planted(2)))).toEqual({
      status: "kept",
      verdict: "Ecology was 50 at the end of round 3 (promised at least 50).",
      earns: true,
    });
  });

  it("is kept but earns nothing when the target already held, or the rest of the town got it there", () => {
    expect(judgePromise(ecologyAtLeast50, facts(3))).toEqual({
      status: "kept",
      verdict: "Ecology was 50 at the end of round 3 (promised at least 50); it already held when promised, so keeping it earns nothing.",
      earns: false,
    });
    const othersPlanted = [action(2, "PLANT_FOREST", "WASTELAND", "m2"), action(2, "PLANT_FOREST", "WASTELAND", "m2", 1, 9)];
    expect(judgePromise(ecologyAtLeast50, spokenAt46(50, othersPlanted))).toEqual({
      status: "kept",
      verdict:
        "Ecology was 50 at the end of round 3 (promised at least 50), but the mayor's own actions did not move it: the rest of the town got it there, so keeping it earns nothing.",
      earns: false,
    });
  });

  it("is kept when the bar misses but the owner's own actions covered the gap and the rest of the town pulled it back", () => {
    const rivalFactory = action(2, "BUILD_FACTORY", "WASTELAND", "m2", 5, 5);
    expect(judgePromise(ecologyAtLeast50, spokenAt46(45, [...planted(2), rivalFactory]))).toEqual({
      status: "kept",
      verdict:
        "Ecology was 45 at the end of round 3 (promised at least 50). Still, the mayor's own actions raised it by 4 (the 4 it needed when promised); the rest of the town pulled it back, so the promise counts as kept.",
      earns: true,
    });
    const heldAlready = promise({ type: "reach", bar: "ecology", comparison: "atLeast", value: 45 });
    expect(judgePromise(heldAlready, facts(3, [rivalFactory], { bars: { ...BARS, ecology: 40 } }))).toEqual({
      status: "kept",
      verdict:
        "Ecology was 40 at the end of round 3 (promised at least 45). Still, the mayor's own actions did not move it (it held when promised); the rest of the town pulled it back, so it counts as kept but earns nothing.",
      earns: false,
    });
  });

  it("is broken when the bar misses and the owner's own actions fell short of the gap, or pulled it away", () => {
    expect(judgePromise(ecologyAtLeast50, spokenAt46(47, planted(1)))).toEqual({
      status: "broken",
      verdict: "Ecology was 47 at the end of round 3 (promised at least 50); the mayor's own actions raised it by 2, short of the 4 it needed when promised.",
      earns: true,
    });
    const heldAlready = promise({ type: "reach", bar: "ecology", comparison: "atLeast", value: 45 });
    expect(judgePromise(heldAlready, facts(3, [action(2, "BUILD_FACTORY", "WASTELAND")], { bars: { ...BARS, ecology: 44 } }))).toEqual({
      status: "broken",
      verdict: "Ecology was 44 at the end of round 3 (promised at least 45); the mayor's own actions lowered it by 3.",
      earns: true,
    });
  });

  it("counts only the owner's actions after the promise's round: that round's came before the speech", () => {
    expect(judgePromise(ecologyAtLeast50, spokenAt46(45, planted(2, 1)))?.status).toBe("broken");
  });

  it("reads an at-most target the right way round", () => {
    const p = promise({ type: "reach", bar: "economy", comparison: "atMost", value: 60 });
    const spoken = new Map([[1, { ...BARS, economy: 64 }]]);
    expect(judgePromise(p, facts(3, [action(2, "DEMOLISH", "FACTORY")], { barsAtSpeech: spoken, bars: { ...BARS, economy: 61 } }))).toEqual({
      status: "kept",
      verdict:
        "Economy was 61 at the end of round 3 (promised at most 60). Still, the mayor's own actions lowered it by 4 (the 4 it needed when promised); the rest of the town pulled it back, so the promise counts as kept.",
      earns: true,
    });
    expect(judgePromise(p, facts(3, [], { barsAtSpeech: spoken, bars: { ...BARS, economy: 61 } }))).toMatchObject({ status: "broken" });
  });

  it("without a deadline is judged at the end", () => {
    const p = promise({ type: "reach", bar: "research", comparison: "atLeast", value: 20 }, { deadlineRound: null });
    expect(judgePromise(p, facts(4))).toBeNull();
    expect(judgePromise(p, facts(5, [], { campaignOver: true }))?.status).toBe("broken");
  });
});

describe("a promise its owner's own deed contradicts", () => {
  const noFactories: Commitment = { type: "avoid", actions: ["BUILD_FACTORY"] };
  const built = [action(2, "BUILD_FACTORY", "WASTELAND", "m1", 3, 4), action(2, "BUILD_FACTORY", "WASTELAND", "m1", 4, 4)];
  const claim: Contradiction = {
    id: "k7",
    owner: "m1",
    round: 2,
    description: "Says no more factories after building two.",
    speechQuote: "no more factories",
    contradicts: { type: "action", round: 2, action: "BUILD_FACTORY", x: 4, y: 4 },
    severity: "high",
  };

  it("is broken at once, never kept: 'no more factories' said the round they built two", () => {
    const p = promise(noFactories, { round: 2, deadlineRound: null });
    expect(judgePromise(p, facts(2, built))).toEqual({
      status: "broken",
      verdict: "Contradicted by the mayor's own deed: built a factory at (3,4) in round 2, then promised not to.",
      earns: true,
    });
    expect(judgePromise(p, facts(2, built, { campaignOver: true }))?.status).toBe("broken");
  });

  it("links the contradiction recorded against one of those deeds", () => {
    const p = promise(noFactories, { round: 2 });
    expect(judgePromise(p, facts(2, built, { contradictions: [{ ...claim, id: "k6", owner: "m2" }, claim] }))).toEqual({
      status: "broken",
      verdict: "Contradicted by the mayor's own deed: built a factory at (4,4) in round 2, then promised not to.",
      earns: true,
      contradictionId: "k7",
    });
  });

  it("is not contradicted by another mayor's deed, or by a deed it does not forbid", () => {
    const p = promise(noFactories, { round: 2 });
    expect(judgePromise(p, facts(2, [action(2, "BUILD_FACTORY", "WASTELAND", "m2"), action(2, "PLANT_FOREST", "WASTELAND")]))).toBeNull();
  });
});

describe("promises the engine cannot or need not judge", () => {
  it("never judges a promise without a commitment", () => {
    const p = promise(undefined);
    expect(judgePromise(p, facts(3))).toBeNull();
    expect(judgePromise({ ...p, deadlineRound: null }, facts(7, [], { campaignOver: true }))).toBeNull();
  });

  it("leaves a promise made in the last round pending", () => {
    for (const commitment of [plant(1), noFarmClearing, { type: "reach", bar: "ecology", comparison: "atLeast", value: 0 } as const]) {
      const p = promise(commitment, { round: 5, deadlineRound: null });
      expect(judgePromise(p, facts(5, [], { campaignOver: true }))).toBeNull();
    }
  });

  it("does not judge a promise again once it was settled", () => {
    const settled = promise(plant(1), { status: "broken", resolvedRound: 3, verdict: "Not delivered." });
    expect(judgePromise(settled, facts(4, [action(4, "PLANT_FOREST", "WASTELAND")]))).toBeNull();
  });
});
