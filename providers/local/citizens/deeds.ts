import type { ActionFact } from "../../../common/schemas/contracts/extraction.ts";
import type { TileType } from "../../../common/schemas/game.ts";
import { ruleFor } from "../../../common/rules/actions.ts";
import { TILE_LABELS } from "../../../common/rules/labels.ts";
import { CONCERNS, type ConcernVector, type Values, actionTaste, serves } from "./values.ts";

/** What a tile is worth on each concern while it stands; an action's effect is the new tile minus the old. */
const TILE_WORTH: Record<TileType, ConcernVector> = {
  HEALTHY_FOREST: { forest: 1, climate: 0.3, water: 0.3, farmland: 0.2, health: 0.1 },
  SICK_FOREST: { forest: 0.4, climate: 0.1 },
  CLEAN_RIVER: { water: 1, climate: 0.2 },
  POLLUTED_RIVER: { water: 0.2, health: -0.2 },
  FARMLAND: { farmland: 1, jobs: 0.1 },
  DEAD_FARMLAND: { farmland: 0.3 },
  WASTELAND: {},
  FACTORY: { jobs: 0.9, business: 0.7, climate: -0.7, health: -0.4, water: -0.3, forest: -0.2 },
  CLEAN_FACTORY: { jobs: 1, business: 0.7, climate: -0.1, health: -0.1 },
  OIL_REFINERY: { jobs: 1, business: 0.8, climate: -1, health: -0.8, water: -0.4, forest: -0.3 },
  COAL_PLANT: { jobs: 1, business: 0.7, climate: -1, health: -0.8, water: -0.4, forest: -0.3 },
  CITY_INNER: { social: 1, business: 0.4 },
  CITY_OUTER: { social: 0.8, business: 0.2 },
  RESEARCH_CENTER: { research: 1, business: -0.3 },
  SOLAR_FIELD: { climate: 0.9, jobs: 0.3, business: 0.3, research: 0.2 },
  FUSION_REACTOR: { climate: 0.8, research: 1, jobs: 0.8, business: 0.8 },
};

const POLLUTERS: readonly TileType[] = ["FACTORY", "OIL_REFINERY", "COAL_PLANT", "CLEAN_FACTORY"];

function tileChangeEffect(from: TileType, to: TileType): ConcernVector {
  const out: ConcernVector = {};
  for (const c of CONCERNS) out[c] = (TILE_WORTH[to][c] ?? 0) - (TILE_WORTH[from][c] ?? 0);
  // Jobs lost hurt more than jobs gained please: a closure is felt at once, new work is a maybe.
  if ((out.jobs ?? 0) < 0) out.jobs = (out.jobs ?? 0) * 1.5;
  return out;
}

const TILES = Object.keys(TILE_WORTH) as TileType[];

/** The effect of every tile change, worked out once: from → to → effect. */
const CHANGE_EFFECTS = Object.fromEntries(
  TILES.map((from) => [from, Object.fromEntries(TILES.map((to) => [to, Object.freeze(tileChangeEffect(from, to))]))]),
) as Record<TileType, Record<TileType, Readonly<ConcernVector>>>;

function actionEffect(fact: Pick<ActionFact, "from" | "to">): Readonly<ConcernVector> {
  return CHANGE_EFFECTS[fact.from][fact.to];
}

/** How much one action serves a citizen, about −2..2, counting the actions their personality names. */
export function actionAppeal(values: Values, fact: ActionFact): number {
  return serves(values, actionEffect(fact)) + actionTaste(values, [fact.action]);
}

/** The lasting bar change of an action, from the shared action table. */
export function barDelta(fact: Pick<ActionFact, "action" | "from">): { ecology: number; economy: number; research: number } {
  return ruleFor(fact.action, fact.from)?.delta ?? { ecology: 0, economy: 0, research: 0 };
}

const ECOLOGY_ACTIONS = new Set(["PLANT_FOREST", "BUILD_SOLAR", "REPLACE_WITH_SOLAR", "UPGRADE_CARBON_CAPTURE", "BUILD_FUSION"]);

export function isEcologyAction(fact: Pick<ActionFact, "action" | "from">): boolean {
  return ECOLOGY_ACTIONS.has(fact.action) || (fact.action === "DEMOLISH" && POLLUTERS.includes(fact.from));
}

/** "the oil refinery" */
function tileNoun(tile: TileType): string {
  return `the ${TILE_LABELS[tile]}`;
}

/** Where on the 10×10 map, in words a townsperson would use. */
export function placeWords(x: number, y: number): string {
  const ns = y <= 2 ? "north" : y >= 7 ? "south" : "";
  const ew = x <= 2 ? "west" : x >= 7 ? "east" : "";
  if (ns && ew) return `in the ${ns}-${ew}`;
  if (ns || ew) return `in the ${ns || ew}`;
  return "in the middle of town";
}

/** "tore down the oil refinery", "planted a forest on the wasteland" */
export function deedWords(fact: Pick<ActionFact, "action" | "from">): string {
  const from = tileNoun(fact.from);
  switch (fact.action) {
    case "DEMOLISH":
      return fact.from === "HEALTHY_FOREST" || fact.from === "SICK_FOREST" ? `cut down ${from}` : `tore down ${from}`;
    case "CLEAR_FARMLAND":
      return `cleared ${from}`;
    case "BUILD_RESEARCH_CENTER":
      return fact.from === "WASTELAND" ? "built a research centre" : `put a research centre where ${from} stood`;
    case "UPGRADE_CARBON_CAPTURE":
      return `fitted carbon capture to ${from}`;
    case "REPLACE_WITH_SOLAR":
      return `replaced ${from} with solar panels`;
    case "PLANT_FOREST":
      return `planted a forest on ${from}`;
    case "BUILD_FACTORY":
      return `built a factory on ${from}`;
    case "BUILD_SOLAR":
      return `built a solar field on ${from}`;
    case "BUILD_FUSION":
      return `built a fusion reactor on ${from}`;
  }
}
