import { describe, expect, it } from "vitest";
import { ActionType, TileType } from "../schemas/game.ts";
import { ACTION_RULES, actionsFor, ruleFor } from "./actions.ts";
import { RESEARCH_GATES } from "./constants.ts";

type Row = [ActionType, TileType, TileType, number, number, number, number];

/**
 * ORIGINAL.md §2 with the instant deltas (eco, econ, research) and gates. Clearing a sick forest costs the grid's −1
 * rather than the instant −3: a dying forest is worth less, and here the delta is the lasting effect.
 */
const TABLE: Row[] = [
  ["DEMOLISH", "HEALTHY_FOREST", "WASTELAND", -3, 1, 0, 0],
  ["DEMOLISH", "SICK_FOREST", "WASTELAND", -1, 1, 0, 0],
  ["BUILD_RESEARCH_CENTER", "HEALTHY_FOREST", "RESEARCH_CENTER", -2, -2, 5, 0],
  ["BUILD_RESEARCH_CENTER", "SICK_FOREST", "RESEARCH_CENTER", -2, -2, 5, 0],
  ["DEMOLISH", "FACTORY", "WASTELAND", 2, -4, 0, 0],
  ["UPGRADE_CARBON_CAPTURE", "FACTORY", "CLEAN_FACTORY", 3, -1, 0, 35],
  ["REPLACE_WITH_SOLAR", "FACTORY", "SOLAR_FIELD", 4, -1, 0, 40],
  ["DEMOLISH", "OIL_REFINERY", "WASTELAND", 4, -5, 0, 0],
  ["REPLACE_WITH_SOLAR", "OIL_REFINERY", "SOLAR_FIELD", 5, -2, 0, 40],
  ["DEMOLISH", "COAL_PLANT", "WASTELAND", 3, -4, 0, 0],
  ["REPLACE_WITH_SOLAR", "COAL_PLANT", "SOLAR_FIELD", 4, -1, 0, 40],
  ["PLANT_FOREST", "WASTELAND", "HEALTHY_FOREST", 2, 0, 0, 0],
  ["BUILD_FACTORY", "WASTELAND", "FACTORY", -3, 4, 0, 0],
  ["BUILD_SOLAR", "WASTELAND", "SOLAR_FIELD", 2, 3, 0, 40],
  ["BUILD_RESEARCH_CENTER", "WASTELAND", "RESEARCH_CENTER", 0, -2, 5, 0],
  ["BUILD_FUSION", "WASTELAND", "FUSION_REACTOR", 3, 8, 0, 80],
  ["CLEAR_FARMLAND", "FARMLAND", "WASTELAND", 0, -1, 0, 0],
];

const NO_ACTIONS: TileType[] = [
  "CITY_INNER",
  "CITY_OUTER",
  "CLEAN_RIVER",
  "POLLUTED_RIVER",
  "DEAD_FARMLAND",
  "CLEAN_FACTORY",
  "RESEARCH_CENTER",
  "SOLAR_FIELD",
  "FUSION_REACTOR",
];

describe("action table", () => {
  it.each(TABLE)("%s on %s gives %s with Δ %i/%i/%i, gate %i", (action, on, to, ecology, economy, research, gate) => {
    const rule = ruleFor(action, on);
    expect(rule).toBeDefined();
    expect(rule!.to).toBe(to);
    expect(rule!.delta).toEqual({ ecology, economy, research });
    expect(rule!.gate).toBe(gate);
    expect(rule!.label.length).toBeGreaterThan(3);
  });

  it("has no (action, tile) pair beyond the original's table", () => {
    const pairs = ACTION_RULES.flatMap((rule) => rule.on.map((on) => `${rule.action} ${on}`));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs.sort()).toEqual(TABLE.map(([action, on]) => `${action} ${on}`).sort());
    for (const action of ActionType.options) {
      for (const tile of TileType.options) {
        expect(ruleFor(action, tile) !== undefined, `${action} ${tile}`).toBe(TABLE.some(([a, t]) => a === action && t === tile));
      }
    }
  });

  it("offers nothing on city, rivers, dead farmland and the finished buildings", () => {
    for (const tile of NO_ACTIONS) expect(actionsFor(tile, 100), tile).toEqual([]);
  });

  it("gates carbon capture at 35, solar at 40 and fusion at 80", () => {
    expect(RESEARCH_GATES).toEqual({ carbonCapture: 35, solar: 40, fusion: 80 });
    const unlocked = (tile: TileType, research: number) =>
      actionsFor(tile, research).filter((o) => o.unlocked).map((o) => o.rule.action).sort();
    expect(unlocked("FACTORY", 34)).toEqual(["DEMOLISH"]);
    expect(unlocked("FACTORY", 35)).toEqual(["DEMOLISH", "UPGRADE_CARBON_CAPTURE"]);
    expect(unlocked("FACTORY", 40)).toEqual(["DEMOLISH", "REPLACE_WITH_SOLAR", "UPGRADE_CARBON_CAPTURE"]);
    expect(unlocked("WASTELAND", 39)).toEqual(["BUILD_FACTORY", "BUILD_RESEARCH_CENTER", "PLANT_FOREST"]);
    expect(unlocked("WASTELAND", 79)).toEqual(["BUILD_FACTORY", "BUILD_RESEARCH_CENTER", "BUILD_SOLAR", "PLANT_FOREST"]);
    expect(unlocked("WASTELAND", 80)).toHaveLength(5);
    expect(actionsFor("WASTELAND", 0)).toHaveLength(5);
  });
});
