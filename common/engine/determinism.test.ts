import { describe, expect, it } from "vitest";
import { playRandomCampaign } from "../../tests/fixtures/random-play.ts";
import type { Campaign } from "../schemas/campaign.ts";
import { createCampaign } from "./create-campaign.ts";
import { replay, stateAtRoundEnd, stateAtRoundStart } from "./replay.ts";
import { step } from "./step.ts";

/** Freezes plain data all the way down: in a module (strict mode) any write to it then throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Steps through `events` with every campaign handed to `step` frozen; a write to one throws. */
function stepFrozen(campaign: Campaign, events: readonly unknown[]): Campaign {
  for (const event of events) {
    const result = step(deepFreeze(campaign), event);
    if (!result.ok) throw new Error(`refused: ${result.message}`);
    campaign = result.campaign;
  }
  return campaign;
}

describe("determinism and replay", () => {
  it("the same seed and inputs give byte-identical states and histories", () => {
    for (const seed of [1, 2, 99, 12345]) {
      const a = playRandomCampaign(seed, 4, 5);
      const b = playRandomCampaign(seed, 4, 5);
      expect(JSON.stringify(a.campaign)).toBe(JSON.stringify(b.campaign));
      expect(a.attempts.length).toBe(b.attempts.length);
    }
  });

  it("different seeds give different campaigns", () => {
    const a = playRandomCampaign(3, 4, 5);
    const b = playRandomCampaign(4, 4, 5);
    expect(JSON.stringify(a.campaign.history)).not.toBe(JSON.stringify(b.campaign.history));
  });

  it("replaying the history rebuilds the final state exactly", () => {
    for (const seed of [5, 6, 7, 8, 9, 10]) {
      const { campaign } = playRandomCampaign(seed, 3, 4);
      const rebuilt = replay(campaign.settings, campaign.history);
      expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(campaign));
    }
  });

  it("replay rebuilds every round's start and end exactly as they were", () => {
    const { campaign, attempts } = playRandomCampaign(21, 3, 5);
    const seen = attempts.filter((a) => a.result.ok).map((a) => (a.result.ok ? a.result.campaign : a.before));
    for (let round = 1; round <= campaign.round; round++) {
      const start = stateAtRoundStart(campaign.settings, campaign.history, round);
      const end = stateAtRoundEnd(campaign.settings, campaign.history, round);
      const liveStart = round === 1 ? attempts[0]!.before : seen.find((c) => c.round === round && c.phase === "policy");
      const liveEnd = seen.find((c) => c.round === round && c.phase === "reactions");
      expect(JSON.stringify(start)).toBe(JSON.stringify(liveStart));
      expect(JSON.stringify(end)).toBe(JSON.stringify(liveEnd));
    }
  });

  it("step never writes to the campaign it is given: every event of random campaigns, each input frozen", () => {
    for (const seed of [41, 42, 43]) {
      const { campaign } = playRandomCampaign(seed, 4, 4);
      expect(JSON.stringify(stepFrozen(createCampaign(campaign.settings), campaign.history))).toBe(JSON.stringify(campaign));
    }
  });

  it("a player's move that ends the phase (the last action, speech or \"done\") leaves the frozen input as it was", () => {
    const { settings } = playRandomCampaign(44, 2, 3).campaign;
    const start = deepFreeze(createCampaign(settings));
    const json = JSON.stringify(start);
    const policyOver = stepFrozen(start, [
      { type: "act", mayor: "m1", x: 0, y: 9, action: "PLANT_FOREST" },
      { type: "done", mayor: "m1" },
      { type: "done", mayor: "m2" },
    ]);
    expect(policyOver.phase).toBe("speech");
    const speechOver = stepFrozen(policyOver, [
      { type: "speak", mayor: "m1", text: "I will plant forests." },
      { type: "speak", mayor: "m2", text: "No more factories." },
    ]);
    expect(speechOver.phase).toBe("resolving");
    expect(JSON.stringify(start)).toBe(json);
  });

  it("a tampered history is refused on replay", () => {
    const { campaign } = playRandomCampaign(30, 2, 3);
    const tampered = [{ type: "speak" as const, mayor: "m1", text: "hello" }, ...campaign.history];
    expect(() => replay(campaign.settings, tampered)).toThrow(/refused on replay/);
  });
});
