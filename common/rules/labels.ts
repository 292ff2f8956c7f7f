import type { ActionType, TileType } from "../schemas/game.ts";

/** Words for players: the client, verdicts and bot speeches all name things the same way. */
export const TILE_LABELS: Record<TileType, string> = {
  HEALTHY_FOREST: "forest",
  SICK_FOREST: "sick forest",
  CLEAN_RIVER: "river",
  POLLUTED_RIVER: "polluted river",
  FARMLAND: "farmland",
  DEAD_FARMLAND: "dead farmland",
  WASTELAND: "wasteland",
  FACTORY: "factory",
  CLEAN_FACTORY: "clean factory",
  OIL_REFINERY: "oil refinery",
  COAL_PLANT: "coal plant",
  CITY_INNER: "city centre",
  CITY_OUTER: "suburb",
  RESEARCH_CENTER: "research centre",
  SOLAR_FIELD: "solar field",
  FUSION_REACTOR: "fusion reactor",
};

export const ACTION_LABELS: Record<ActionType, string> = {
  DEMOLISH: "demolish",
  BUILD_RESEARCH_CENTER: "build a research centre",
  UPGRADE_CARBON_CAPTURE: "fit carbon capture",
  REPLACE_WITH_SOLAR: "replace with solar",
  PLANT_FOREST: "plant a forest",
  BUILD_FACTORY: "build a factory",
  BUILD_SOLAR: "build a solar field",
  BUILD_FUSION: "build a fusion reactor",
  CLEAR_FARMLAND: "clear farmland",
};

/** "closed the oil refinery": what a mayor did, with no place or round. */
export function actionPhrase(fact: { action: ActionType; from: TileType }): string {
  const land = fact.action === "CLEAR_FARMLAND" || fact.from === "HEALTHY_FOREST" || fact.from === "SICK_FOREST";
  if (fact.action === "DEMOLISH" || fact.action === "CLEAR_FARMLAND") return `${land ? "cleared" : "closed"} the ${TILE_LABELS[fact.from]}`;
  if (fact.action === "REPLACE_WITH_SOLAR") return `replaced the ${TILE_LABELS[fact.from]} with solar`;
  if (fact.action === "UPGRADE_CARBON_CAPTURE") return `fitted carbon capture to the ${TILE_LABELS[fact.from]}`;
  return ACTION_LABELS[fact.action].replace(/^build/, "built").replace(/^plant/, "planted");
}

/** "closed the oil refinery at (9,0) in round 2": the fact-check's exact reference. */
export function describeAction(fact: { action: ActionType; from: TileType; x: number; y: number; round: number }): string {
  return `${actionPhrase(fact)} at (${fact.x},${fact.y}) in round ${fact.round}`;
}

/** The text with its first letter capitalised, to start a sentence with a name such as "the river". */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
