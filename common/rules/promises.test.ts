import { describe, expect, it } from "vitest";
import type { ActionRecord, ActionType, Bars, Commitment, PromiseRecord, TileType } from "../schemas/game.ts";
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

function facts(round: number, actions: ActionRecord[] = [], more: Partial<PromiseFacts> = {}): PromiseFacts {
  return { round, campaignOver: false, actions, bars: BARS, ...more };
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
    });
  });

  it("stays open before the deadline while not enough is done", () => {
    expect(judgePromise(promise(plant(2)), facts(2, [action(2, "PLANT_FOREST", "WASTELAND")]))).toBeNull();
  });

  it("is broken at the deadline when not enough was done", () => {
    const acts = [action(2, "PLANT_FOREST", "WASTELAND")];
    expect(judgePromise(promise(plant(2)), facts(3, acts))).toEqual({ status: "broken", verdict: "Not delivered by round 3: 1 of 2 done." });
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
    expect(judgePromise(p, facts(3, acts))).toEqual({ status: "broken", verdict: "Not delivered by round 3: 0 of 1 done." });
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
    });
  });

  it("ignores other actions, other tile types, other mayors and the promise's own round", () => {
    const noForestClearing: Commitment = { type: "avoid", actions: ["DEMOLISH"], on: ["HEALTHY_FOREST", "SICK_FOREST"] };
    const acts = [
      action(1, "DEMOLISH", "HEALTHY_FOREST"),
      action(2, "DEMOLISH", "FACTORY"),
      action(2, "BUILD_FACTORY", "WASTELAND"),
      action(2, "DEMOLISH", "HEALTHY_FOREST", "m2"),
    ];
    expect(judgePromise(promise(noForestClearing), facts(2, acts))).toBeNull();
    expect(judgePromise(promise(noForestClearing), facts(3, acts))).toEqual({ status: "kept", verdict: "Did not do it by round 3." });
  });

  it("is kept at the deadline, or at the end without one", () => {
    expect(judgePromise(promise(noFarmClearing), facts(3))).toEqual({ status: "kept", verdict: "Did not do it by round 3." });
    const open = promise(noFarmClearing, { deadlineRound: null });
    expect(judgePromise(open, facts(4))).toBeNull();
    expect(judgePromise(open, facts(5, [], { campaignOver: true }))).toEqual({
      status: "kept",
      verdict: "Did not do it by the end of the campaign.",
    });
  });
});

describe("reach", () => {
  it("compares the bar at the deadline: at least", () => {
    const p = promise({ type: "reach", bar: "ecology", comparison: "atLeast", value: 50 });
    expect(judgePromise(p, facts(2))).toBeNull();
    expect(judgePromise(p, facts(3))).toEqual({ status: "kept", verdict: "ecology was 50 at the end of round 3 (promised at least 50)." });
    expect(judgePromise(p, facts(3, [], { bars: { ...BARS, ecology: 49 } }))).toEqual({
      status: "broken",
      verdict: "ecology was 49 at the end of round 3 (promised at least 50).",
    });
  });

  it("compares the bar at the deadline: at most", () => {
    const p = promise({ type: "reach", bar: "economy", comparison: "atMost", value: 60 });
    expect(judgePromise(p, facts(3))?.status).toBe("kept");
    expect(judgePromise(p, facts(3, [], { bars: { ...BARS, economy: 61 } }))).toEqual({
      status: "broken",
      verdict: "economy was 61 at the end of round 3 (promised at most 60).",
    });
  });

  it("without a deadline is judged at the end", () => {
    const p = promise({ type: "reach", bar: "research", comparison: "atLeast", value: 20 }, { deadlineRound: null });
    expect(judgePromise(p, facts(4))).toBeNull();
    expect(judgePromise(p, facts(5, [], { campaignOver: true }))?.status).toBe("broken");
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
