import type { ActionType, Bars, TileType } from "../schemas/game.ts";
import { RESEARCH_GATES } from "./constants.ts";

export interface ActionRule {
  action: ActionType;
  on: readonly TileType[];
  to: TileType;
  /** The lasting change to the bars. */
  delta: Omit<Bars, "research"> & { research: number };
  /** Research needed before the action is offered; 0 when ungated. */
  gate: number;
  label: string;
}

/** The original's action table with its instant deltas, which here are the lasting effect (no grid recompute). */
export const ACTION_RULES: readonly ActionRule[] = [
  { action: "DEMOLISH", on: ["HEALTHY_FOREST"], to: "WASTELAND", delta: { ecology: -3, economy: 1, research: 0 }, gate: 0, label: "Clear the forest" },
  { action: "DEMOLISH", on: ["SICK_FOREST"], to: "WASTELAND", delta: { ecology: -1, economy: 1, research: 0 }, gate: 0, label: "Clear the sick forest" },
  { action: "BUILD_RESEARCH_CENTER", on: ["HEALTHY_FOREST", "SICK_FOREST"], to: "RESEARCH_CENTER", delta: { ecology: -2, economy: -2, research: 5 }, gate: 0, label: "Build a research centre" },
  { action: "BUILD_RESEARCH_CENTER", on: ["WASTELAND"], to: "RESEARCH_CENTER", delta: { ecology: 0, economy: -2, research: 5 }, gate: 0, label: "Build a research centre" },
  { action: "DEMOLISH", on: ["FACTORY"], to: "WASTELAND", delta: { ecology: 2, economy: -4, research: 0 }, gate: 0, label: "Close the factory" },
  { action: "UPGRADE_CARBON_CAPTURE", on: ["FACTORY"], to: "CLEAN_FACTORY", delta: { ecology: 3, economy: -1, research: 0 }, gate: RESEARCH_GATES.carbonCapture, label: "Fit carbon capture" },
  { action: "REPLACE_WITH_SOLAR", on: ["FACTORY"], to: "SOLAR_FIELD", delta: { ecology: 4, economy: -1, research: 0 }, gate: RESEARCH_GATES.solar, label: "Replace with solar" },
  { action: "DEMOLISH", on: ["OIL_REFINERY"], to: "WASTELAND", delta: { ecology: 4, economy: -5, research: 0 }, gate: 0, label: "Close the refinery" },
  { action: "REPLACE_WITH_SOLAR", on: ["OIL_REFINERY"], to: "SOLAR_FIELD", delta: { ecology: 5, economy: -2, research: 0 }, gate: RESEARCH_GATES.solar, label: "Replace with solar" },
  { action: "DEMOLISH", on: ["COAL_PLANT"], to: "WASTELAND", delta: { ecology: 3, economy: -4, research: 0 }, gate: 0, label: "Close the coal plant" },
  { action: "REPLACE_WITH_SOLAR", on: ["COAL_PLANT"], to: "SOLAR_FIELD", delta: { ecology: 4, economy: -1, research: 0 }, gate: RESEARCH_GATES.solar, label: "Replace with solar" },
  { action: "PLANT_FOREST", on: ["WASTELAND"], to: "HEALTHY_FOREST", delta: { ecology: 2, economy: 0, research: 0 }, gate: 0, label: "Plant a forest" },
  { action: "BUILD_FACTORY", on: ["WASTELAND"], to: "FACTORY", delta: { ecology: -3, economy: 4, research: 0 }, gate: 0, label: "Build a factory" },
  { action: "BUILD_SOLAR", on: ["WASTELAND"], to: "SOLAR_FIELD", delta: { ecology: 2, economy: 3, research: 0 }, gate: RESEARCH_GATES.solar, label: "Build a solar field" },
  { action: "BUILD_FUSION", on: ["WASTELAND"], to: "FUSION_REACTOR", delta: { ecology: 3, economy: 8, research: 0 }, gate: RESEARCH_GATES.fusion, label: "Build a fusion reactor" },
  { action: "CLEAR_FARMLAND", on: ["FARMLAND"], to: "WASTELAND", delta: { ecology: 0, economy: -1, research: 0 }, gate: 0, label: "Clear the farmland" },
];

/** The rule for an action on a tile type, or undefined when that action is never possible there. */
export function ruleFor(action: ActionType, tile: TileType): ActionRule | undefined {
  return ACTION_RULES.find((rule) => rule.action === action && rule.on.includes(tile));
}

/** Every rule for a tile type, with whether the current research already allows it. */
export function actionsFor(tile: TileType, research: number): { rule: ActionRule; unlocked: boolean }[] {
  return ACTION_RULES.filter((rule) => rule.on.includes(tile)).map((rule) => ({ rule, unlocked: research >= rule.gate }));
}
