import { describe, expect, it } from "vitest";
import type { Campaign } from "../schemas/campaign.ts";
import type { ActionType, TileType } from "../schemas/game.ts";
import { ACTION_RULES } from "../rules/actions.ts";
import { accept, act, finishRound, newCampaign, setTile, tileAt } from "../../tests/fixtures/campaign.ts";
import { tileOptions } from "./policy.ts";
import type { StepResult } from "./refusal.ts";
import { step } from "./step.ts";

/** The first tile of a type on the map, or (5,9) turned into that type. */
function prepare(campaign: Campaign, type: TileType): { x: number; y: number } {
  const found = campaign.map.tiles.find((t) => t.type === type);
  if (found) return { x: found.x, y: found.y };
  setTile(campaign, 5, 9, type);
  return { x: 5, y: 9 };
}

function attempt(campaign: Campaign, mayor: string, x: number, y: number, action: ActionType): StepResult {
  return step(campaign, { type: "act", mayor, x, y, action });
}

function refusal(result: StepResult): { code: string; message: string } {
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

const CASES = ACTION_RULES.flatMap((rule) => rule.on.map((on) => ({ rule, on, name: `${rule.action} on ${on} → ${rule.to}` })));

describe("tile actions through step", () => {
  it.each(CASES)("$name changes the tile and moves the bars by exactly the delta", ({ rule, on }) => {
    const campaign = newCampaign();
    const { x, y } = prepare(campaign, on);
    campaign.bars = { ecology: 50, economy: 50, research: Math.max(rule.gate, 5) };
    const before = campaign.bars;
    const after = act(campaign, "m1", x, y, rule.action);
    expect(tileAt(after, x, y)).toEqual({ x, y, type: rule.to, roundsInState: 0 });
    expect(after.bars).toEqual({
      ecology: before.ecology + rule.delta.ecology,
      economy: before.economy + rule.delta.economy,
      research: before.research + rule.delta.research,
    });
    expect(after.actions).toEqual([{ round: 1, mayor: "m1", x, y, action: rule.action, from: on, to: rule.to }]);
    expect(after.history.at(-1)).toEqual({ type: "act", mayor: "m1", x, y, action: rule.action });
  });

  it("clamps the bars to 0–100", () => {
    const campaign = newCampaign();
    campaign.bars = { ecology: 99, economy: 3, research: 98 };
    let c = act(campaign, "m1", 9, 0, "DEMOLISH");
    expect(c.bars).toEqual({ ecology: 100, economy: 0, research: 98 });
    c = act(c, "m1", 0, 9, "BUILD_RESEARCH_CENTER");
    expect(c.bars).toEqual({ ecology: 100, economy: 0, research: 100 });
  });

  it.each(ACTION_RULES.filter((r) => r.gate > 0).map((rule) => ({ rule, name: `${rule.action} on ${rule.on[0]} (gate ${rule.gate})` })))(
    "$name is refused below its research gate and allowed at it",
    ({ rule }) => {
      const campaign = newCampaign();
      const { x, y } = prepare(campaign, rule.on[0]!);
      campaign.bars.research = rule.gate - 1;
      const refused = refusal(attempt(campaign, "m1", x, y, rule.action));
      expect(refused.code).toBe("research_too_low");
      expect(refused.message).toContain(`research ${rule.gate}`);
      expect(refused.message).toContain(`it has ${rule.gate - 1}`);
      campaign.bars.research = rule.gate;
      expect(tileAt(act(campaign, "m1", x, y, rule.action), x, y).type).toBe(rule.to);
    },
  );

  it("refuses an action the tile type does not have", () => {
    const campaign = newCampaign();
    campaign.bars.research = 100;
    expect(refusal(attempt(campaign, "m1", 5, 4, "DEMOLISH")).code).toBe("action_not_allowed");
    expect(refusal(attempt(campaign, "m1", 0, 0, "PLANT_FOREST")).code).toBe("action_not_allowed");
    expect(refusal(attempt(campaign, "m1", 5, 0, "BUILD_SOLAR")).code).toBe("action_not_allowed");
    expect(refusal(attempt(campaign, "m1", 9, 0, "UPGRADE_CARBON_CAPTURE")).code).toBe("action_not_allowed");
  });

  it("gives a tile to the first valid action of the round", () => {
    let c = newCampaign();
    expect(refusal(attempt(c, "m1", 0, 9, "DEMOLISH")).code).toBe("action_not_allowed");
    c = act(c, "m2", 0, 9, "PLANT_FOREST");
    const taken = refusal(attempt(c, "m1", 0, 9, "BUILD_RESEARCH_CENTER"));
    expect(taken.code).toBe("tile_taken");
    expect(taken.message).toContain("Mayor 2");
    expect(refusal(attempt(c, "m2", 0, 9, "DEMOLISH")).code).toBe("tile_taken");
    expect(c.actions.map((a) => a.mayor)).toEqual(["m2"]);
  });

  it("frees the tile again in the next round", () => {
    const c = finishRound(act(newCampaign(), "m1", 0, 9, "PLANT_FOREST"));
    expect(c.round).toBe(2);
    expect(tileAt(act(c, "m2", 0, 9, "DEMOLISH"), 0, 9).type).toBe("WASTELAND");
  });

  it("refuses a third action", () => {
    let c = act(newCampaign(), "m1", 0, 9, "PLANT_FOREST");
    c = act(c, "m1", 1, 9, "PLANT_FOREST");
    const refused = refusal(attempt(c, "m1", 2, 9, "PLANT_FOREST"));
    expect(refused.code).toBe("no_actions_left");
  });

  it("refuses actions outside the policy phase", () => {
    const speech = accept(newCampaign(), { type: "advance" });
    expect(speech.phase).toBe("speech");
    expect(refusal(attempt(speech, "m1", 0, 9, "PLANT_FOREST")).code).toBe("wrong_phase");
    const resolving = accept(speech, { type: "advance" });
    expect(refusal(attempt(resolving, "m1", 0, 9, "PLANT_FOREST")).code).toBe("wrong_phase");
  });

  it("refuses a mayor who is not in the campaign", () => {
    const refused = refusal(attempt(newCampaign(), "ghost", 0, 9, "PLANT_FOREST"));
    expect(refused.code).toBe("unknown_mayor");
    expect(refused.message).toContain("ghost");
  });

  it("refuses with readable sentences and leaves the campaign untouched", () => {
    let c = newCampaign();
    c = act(c, "m1", 0, 9, "PLANT_FOREST");
    c = act(c, "m1", 1, 9, "PLANT_FOREST");
    const json = JSON.stringify(c);
    const refusals = [
      attempt(c, "m1", 2, 9, "PLANT_FOREST"),
      attempt(c, "m2", 0, 9, "BUILD_FACTORY"),
      attempt(c, "m2", 5, 4, "DEMOLISH"),
      attempt(c, "m2", 7, 0, "REPLACE_WITH_SOLAR"),
      attempt(c, "ghost", 2, 9, "PLANT_FOREST"),
      attempt(accept(c, { type: "advance" }), "m2", 2, 9, "PLANT_FOREST"),
    ].map(refusal);
    expect(refusals.map((r) => r.code)).toEqual([
      "no_actions_left",
      "tile_taken",
      "action_not_allowed",
      "research_too_low",
      "unknown_mayor",
      "wrong_phase",
    ]);
    for (const { message } of refusals) {
      expect(message).toMatch(/^[A-Z][^\n]{15,}[.]$/);
      expect(message).not.toMatch(/undefined|null|NaN|\[object/);
    }
    expect(refusals[1]!.message).toBe("The forest at (0,9) was already acted on this round by Mayor 1.");
    expect(refusals[2]!.message).toBe('The city centre at (5,4) does not allow "demolish".');
    expect(refusals[3]!.message).toBe("To replace with solar the city needs research 40; it has 5.");
    expect(JSON.stringify(c)).toBe(json);
  });

  it("marks a mayor done after two actions and moves to the speeches when every mayor is done", () => {
    let c = newCampaign({ mayorCount: 3 });
    c = act(c, "m1", 0, 9, "PLANT_FOREST");
    expect(c.done).toEqual([]);
    c = act(c, "m1", 1, 9, "PLANT_FOREST");
    expect(c.done).toEqual(["m1"]);
    c = act(c, "m2", 2, 9, "PLANT_FOREST");
    c = act(c, "m2", 3, 9, "PLANT_FOREST");
    expect(c.phase).toBe("policy");
    expect(c.done).toEqual(["m1", "m2"]);
    c = accept(c, { type: "done", mayor: "m3" });
    expect(c.phase).toBe("speech");
    expect(c.done).toEqual([]);
    expect(c.round).toBe(1);
  });

  it("moves to the speeches when the last mayor takes their second action", () => {
    let c = newCampaign();
    c = accept(c, { type: "done", mayor: "m1" });
    c = act(c, "m2", 0, 9, "PLANT_FOREST");
    expect(c.phase).toBe("policy");
    c = act(c, "m2", 1, 9, "PLANT_FOREST");
    expect(c.phase).toBe("speech");
  });

  it("lists a tile's options, locked by research or by another mayor's action", () => {
    let c = newCampaign();
    const options = (x: number, y: number) => Object.fromEntries(tileOptions(c, x, y).map((o) => [o.action, o.allowed]));
    expect(options(7, 0)).toEqual({ DEMOLISH: true, UPGRADE_CARBON_CAPTURE: false, REPLACE_WITH_SOLAR: false });
    expect(options(5, 4)).toEqual({});
    c = act(c, "m1", 7, 0, "DEMOLISH");
    expect(options(7, 0)).toEqual({ PLANT_FOREST: false, BUILD_FACTORY: false, BUILD_SOLAR: false, BUILD_RESEARCH_CENTER: false, BUILD_FUSION: false });
  });
});
