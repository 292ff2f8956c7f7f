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

/** "demolished the oil refinery at (9,0) in round 2" */
export function describeAction(fact: { action: ActionType; from: TileType; x: number; y: number; round: number }): string {
  const what =
    fact.action === "DEMOLISH" || fact.action === "CLEAR_FARMLAND"
      ? `cleared the ${TILE_LABELS[fact.from]}`
      : fact.action === "REPLACE_WITH_SOLAR"
        ? `replaced the ${TILE_LABELS[fact.from]} with solar`
        : fact.action === "UPGRADE_CARBON_CAPTURE"
          ? `fitted carbon capture to the ${TILE_LABELS[fact.from]}`
          : ACTION_LABELS[fact.action].replace(/^build/, "built").replace(/^plant/, "planted");
  return `${what} at (${fact.x},${fact.y}) in round ${fact.round}`;
}
