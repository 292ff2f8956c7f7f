import { describe, expect, it } from "vitest";
import { MAP_SIZE, type CityMap, type TileType } from "../schemas/game.ts";
import {
  EMISSIONS,
  FOREST_TILES_PER_REGROWTH_POINT,
  RESEARCH_PER_CENTER_PER_ROUND,
  TILE_WEIGHTS,
} from "./constants.ts";
import { passiveTick } from "./pollution.ts";
import { startMap } from "./start-map.ts";

/** A map of wasteland, which neither pollutes nor can be polluted, with the given tiles placed on it. */
function mapWith(...placed: [number, number, TileType, number?][]): CityMap {
  const tiles = Array.from({ length: MAP_SIZE * MAP_SIZE }, (_, i) => ({
    x: i % MAP_SIZE,
    y: Math.floor(i / MAP_SIZE),
    type: "WASTELAND" as TileType,
    roundsInState: 0,
  }));
  for (const [x, y, type, roundsInState = 0] of placed) tiles[y * MAP_SIZE + x] = { x, y, type, roundsInState };
  return { width: MAP_SIZE, height: MAP_SIZE, tiles };
}

function at(map: CityMap, x: number, y: number) {
  return map.tiles[y * MAP_SIZE + x]!;
}

/** Runs n ticks and returns every intermediate map. */
function ticks(map: CityMap, n: number): CityMap[] {
  const maps: CityMap[] = [];
  let current = map;
  for (let i = 0; i < n; i++) {
    current = passiveTick(current).map;
    maps.push(current);
  }
  return maps;
}

function weight(type: TileType) {
  return TILE_WEIGHTS[type] ?? { ecology: 0, economy: 0 };
}

describe("pollution spread", () => {
  it("reaches Manhattan distance 1 around a factory", () => {
    const { map } = passiveTick(mapWith([5, 5, "FACTORY"], [5, 4, "CLEAN_RIVER"], [6, 5, "CLEAN_RIVER"], [5, 3, "CLEAN_RIVER"], [6, 6, "CLEAN_RIVER"]));
    expect(at(map, 5, 4).type).toBe("POLLUTED_RIVER");
    expect(at(map, 6, 5).type).toBe("POLLUTED_RIVER");
    expect(at(map, 5, 3).type).toBe("CLEAN_RIVER");
    expect(at(map, 6, 6).type).toBe("CLEAN_RIVER");
  });

  it.each(["OIL_REFINERY", "COAL_PLANT"] as const)("reaches Manhattan distance 2 around a %s", (source) => {
    const { map } = passiveTick(
      mapWith([5, 5, source], [5, 3, "CLEAN_RIVER"], [6, 6, "CLEAN_RIVER"], [4, 4, "CLEAN_RIVER"], [5, 2, "CLEAN_RIVER"], [7, 6, "CLEAN_RIVER"], [7, 7, "CLEAN_RIVER"]),
    );
    for (const [x, y] of [[5, 3], [6, 6], [4, 4]] as const) expect(at(map, x, y).type, `(${x},${y})`).toBe("POLLUTED_RIVER");
    for (const [x, y] of [[5, 2], [7, 6], [7, 7]] as const) expect(at(map, x, y).type, `(${x},${y})`).toBe("CLEAN_RIVER");
  });

  it("turns rivers, forests and farmland sick, resets their counters and leaves other types alone", () => {
    const { map, changes } = passiveTick(
      mapWith([5, 5, "OIL_REFINERY"], [5, 4, "CLEAN_RIVER", 3], [5, 6, "HEALTHY_FOREST", 4], [4, 5, "FARMLAND", 5], [6, 5, "CITY_INNER"], [5, 7, "SOLAR_FIELD"], [6, 6, "FACTORY"]),
    );
    expect(at(map, 5, 4)).toMatchObject({ type: "POLLUTED_RIVER", roundsInState: 0 });
    expect(at(map, 5, 6)).toMatchObject({ type: "SICK_FOREST", roundsInState: 0 });
    expect(at(map, 4, 5)).toMatchObject({ type: "DEAD_FARMLAND", roundsInState: 0 });
    expect(at(map, 6, 5).type).toBe("CITY_INNER");
    expect(at(map, 5, 7).type).toBe("SOLAR_FIELD");
    expect(at(map, 6, 6).type).toBe("FACTORY");
    expect(at(map, 5, 5).type).toBe("OIL_REFINERY");
    expect(changes).toEqual([
      { x: 5, y: 4, from: "CLEAN_RIVER", to: "POLLUTED_RIVER", cause: "pollution" },
      { x: 4, y: 5, from: "FARMLAND", to: "DEAD_FARMLAND", cause: "pollution" },
      { x: 5, y: 6, from: "HEALTHY_FOREST", to: "SICK_FOREST", cause: "pollution" },
    ]);
  });

  it("does not chain: polluted tiles never pollute their neighbours", () => {
    const [first, second, third] = ticks(mapWith([0, 0, "FACTORY"], [1, 0, "CLEAN_RIVER"], [2, 0, "CLEAN_RIVER"], [3, 0, "HEALTHY_FOREST"]), 3);
    expect(at(first!, 1, 0).type).toBe("POLLUTED_RIVER");
    for (const map of [first!, second!, third!]) {
      expect(at(map, 2, 0).type).toBe("CLEAN_RIVER");
      expect(at(map, 3, 0).type).toBe("HEALTHY_FOREST");
    }
  });

  it("on the start map pollutes only the rivers at (6,0) and (6,1) in the first tick", () => {
    const { changes } = passiveTick(startMap());
    expect(changes).toEqual([
      { x: 6, y: 0, from: "CLEAN_RIVER", to: "POLLUTED_RIVER", cause: "pollution" },
      { x: 6, y: 1, from: "CLEAN_RIVER", to: "POLLUTED_RIVER", cause: "pollution" },
    ]);
  });

  it("does not change the map it was given", () => {
    const map = startMap();
    const json = JSON.stringify(map);
    passiveTick(map);
    expect(JSON.stringify(map)).toBe(json);
  });
});

describe("forest death", () => {
  it("kills a forest on the 3rd tick after it fell sick, polluter or not", () => {
    for (const polluter of [true, false]) {
      const start = mapWith([0, 0, "FACTORY"], [1, 0, "HEALTHY_FOREST"]);
      const sick = passiveTick(start).map;
      expect(at(sick, 1, 0)).toMatchObject({ type: "SICK_FOREST", roundsInState: 0 });
      if (!polluter) sick.tiles[0] = { x: 0, y: 0, type: "WASTELAND", roundsInState: 0 };
      const [t1, t2, t3] = ticks(sick, 3);
      expect(at(t1!, 1, 0)).toMatchObject({ type: "SICK_FOREST", roundsInState: 1 });
      expect(at(t2!, 1, 0)).toMatchObject({ type: "SICK_FOREST", roundsInState: 2 });
      expect(at(t3!, 1, 0)).toMatchObject({ type: "WASTELAND", roundsInState: 0 });
      expect(passiveTick(t2!).changes).toContainEqual({ x: 1, y: 0, from: "SICK_FOREST", to: "WASTELAND", cause: "forest died" });
    }
  });
});

describe("river healing", () => {
  it("heals a polluted river after 2 clean ticks once the polluter is gone", () => {
    const [t1, t2] = ticks(mapWith([1, 0, "POLLUTED_RIVER"]), 2);
    expect(at(t1!, 1, 0)).toMatchObject({ type: "POLLUTED_RIVER", roundsInState: 1 });
    expect(at(t2!, 1, 0)).toMatchObject({ type: "CLEAN_RIVER", roundsInState: 0 });
    expect(passiveTick(t1!).changes).toEqual([{ x: 1, y: 0, from: "POLLUTED_RIVER", to: "CLEAN_RIVER", cause: "river healed" }]);
  });

  it("keeps resetting a river that is still polluted", () => {
    const maps = ticks(mapWith([0, 0, "FACTORY"], [1, 0, "POLLUTED_RIVER", 1]), 4);
    for (const map of maps) expect(at(map, 1, 0)).toMatchObject({ type: "POLLUTED_RIVER", roundsInState: 0 });
    const freed = maps.at(-1)!;
    freed.tiles[0] = { x: 0, y: 0, type: "WASTELAND", roundsInState: 0 };
    const [t1, t2] = ticks(freed, 2);
    expect(at(t1!, 1, 0).type).toBe("POLLUTED_RIVER");
    expect(at(t2!, 1, 0).type).toBe("CLEAN_RIVER");
  });

  it("never revives dead farmland or heals a sick forest", () => {
    const maps = ticks(mapWith([1, 0, "DEAD_FARMLAND"], [3, 3, "SICK_FOREST"]), 5);
    for (const map of maps) expect(at(map, 1, 0).type).toBe("DEAD_FARMLAND");
    expect(maps.map((m) => at(m, 3, 3).type)).toEqual(["SICK_FOREST", "SICK_FOREST", "WASTELAND", "WASTELAND", "WASTELAND"]);
  });
});

describe("passive bar deltas", () => {
  it("prices each transition by the tile weights", () => {
    const diff = (from: TileType, to: TileType) => ({
      ecology: weight(to).ecology - weight(from).ecology,
      economy: weight(to).economy - weight(from).economy,
    });
    const emission = EMISSIONS.FACTORY!;
    const polluted = (type: TileType) => passiveTick(mapWith([0, 0, "FACTORY"], [1, 0, type])).delta;
    expect(polluted("CLEAN_RIVER")).toEqual({ ecology: -2 - emission, economy: 0, research: 0 });
    expect(diff("CLEAN_RIVER", "POLLUTED_RIVER")).toEqual({ ecology: -2, economy: 0 });
    expect(polluted("HEALTHY_FOREST")).toEqual({ ecology: -1 - emission, economy: 0, research: 0 });
    expect(diff("HEALTHY_FOREST", "SICK_FOREST")).toEqual({ ecology: -1, economy: 0 });
    expect(polluted("FARMLAND")).toEqual({ ecology: -1 - emission, economy: -1, research: 0 });
    expect(diff("FARMLAND", "DEAD_FARMLAND")).toEqual({ ecology: -1, economy: -1 });
    expect(passiveTick(mapWith([1, 0, "SICK_FOREST", 2])).delta).toEqual({ ecology: -1, economy: 0, research: 0 });
    expect(passiveTick(mapWith([1, 0, "POLLUTED_RIVER", 1])).delta).toEqual({ ecology: 2, economy: 0, research: 0 });
  });

  it("charges each polluter's emissions every tick", () => {
    const delta = (...types: TileType[]) => passiveTick(mapWith(...types.map((t, i): [number, number, TileType] => [i * 3, 9, t]))).delta;
    const { FACTORY = 0, OIL_REFINERY = 0, COAL_PLANT = 0 } = EMISSIONS;
    expect(Math.min(FACTORY, OIL_REFINERY, COAL_PLANT)).toBeGreaterThan(0);
    expect(delta("FACTORY").ecology).toBe(-FACTORY);
    expect(delta("OIL_REFINERY").ecology).toBe(-OIL_REFINERY);
    expect(delta("COAL_PLANT").ecology).toBe(-COAL_PLANT);
    expect(delta("FACTORY", "FACTORY", "OIL_REFINERY", "COAL_PLANT").ecology).toBe(-(2 * FACTORY + OIL_REFINERY + COAL_PLANT));
    expect(delta("CLEAN_FACTORY", "SOLAR_FIELD", "FUSION_REACTOR")).toEqual({ ecology: 0, economy: 0, research: 0 });
  });

  it("regrows one ecology point per 4 healthy forests still healthy after the spread", () => {
    expect(FOREST_TILES_PER_REGROWTH_POINT).toBe(4);
    const forests = (n: number) => Array.from({ length: n }, (_, i): [number, number, TileType] => [i, 9, "HEALTHY_FOREST"]);
    expect(passiveTick(mapWith(...forests(3))).delta.ecology).toBe(0);
    expect(passiveTick(mapWith(...forests(4))).delta.ecology).toBe(1);
    expect(passiveTick(mapWith(...forests(7))).delta.ecology).toBe(1);
    expect(passiveTick(mapWith(...forests(8))).delta.ecology).toBe(2);
    expect(passiveTick(mapWith(...forests(4), [0, 8, "FACTORY"])).delta.ecology).toBe(-1 - 1 + 0);
  });

  it("grows research by 2 per research centre", () => {
    expect(RESEARCH_PER_CENTER_PER_ROUND).toBe(2);
    const centers = mapWith([0, 0, "RESEARCH_CENTER"], [5, 5, "RESEARCH_CENTER"], [9, 9, "RESEARCH_CENTER"]);
    expect(passiveTick(centers).delta).toEqual({ ecology: 0, economy: 0, research: 6 });
  });

  it("costs the start map two polluted rivers and its emissions, less the forest's regrowth, in the first tick", () => {
    const emissions = 3 * EMISSIONS.FACTORY! + EMISSIONS.OIL_REFINERY! + EMISSIONS.COAL_PLANT!;
    expect(passiveTick(startMap()).delta).toEqual({ ecology: -4 - emissions + Math.floor(17 / FOREST_TILES_PER_REGROWTH_POINT), economy: 0, research: 0 });
  });
});
