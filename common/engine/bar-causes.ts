import type { BarCause, Campaign } from "../schemas/campaign.ts";
import { BarName, MAP_SIZE, type Bars, type Tile, type TileType } from "../schemas/game.ts";
import { ruleFor } from "../rules/actions.ts";
import { EMISSIONS, FOREST_TILES_PER_REGROWTH_POINT, RESEARCH_PER_CENTER_PER_ROUND, START_BARS } from "../rules/constants.ts";
import { actionPhrase, capitalised } from "../rules/labels.ts";
import { placeName, whereIs } from "../rules/place-names.ts";
import { nearestPolluter, weightChange } from "../rules/pollution.ts";
import { currentRecord } from "./approval.ts";
import { clampBar } from "./clamp.ts";
import { tileOwners } from "./tile-owners.ts";

/** The bars as the current round's policy phase opened: the last resolved round's end, or the start of the campaign. */
export function barsAtRoundStart(campaign: Campaign): Bars {
  const last = campaign.rounds.filter((r) => r.round < campaign.round).at(-1);
  return { ...(last?.barsAfter ?? START_BARS) };
}

type Cause = Omit<BarCause, "bar" | "delta">;

/** What pollution does to each tile it reaches, around the tile's name. */
const HARM: Partial<Record<TileType, (name: string) => string>> = {
  CLEAN_RIVER: (name) => `fouled ${name}`,
  HEALTHY_FOREST: (name) => `made ${name} sick`,
  FARMLAND: (name) => `spoiled ${name}`,
};

/**
 * The causes of the current round's bar changes, computed once its passive tick has run: each action of the round,
 * each passive tile change (pollution with the polluter answerable, a forest dying, a river healing), each polluter's
 * emissions, forest regrowth, each research centre's growth, and what clamping to 0–100 took or gave back. The
 * passive part is recomputed here from the rules rather than copied from the tick, so a test comparing the sum with
 * the bars checks both.
 */
export function explainBars(campaign: Campaign): BarCause[] {
  const record = currentRecord(campaign);
  const map = campaign.map;
  const owners = tileOwners(campaign);
  const names = new Map(campaign.settings.mayors.map((m) => [m.id, m.name]));
  const ownerOf = (t: { x: number; y: number }) => owners[t.y * MAP_SIZE + t.x]?.mayor ?? null;
  const named = (t: { x: number; y: number }, type: TileType) => placeName(map, t.x, t.y, type, names.get(ownerOf(t) ?? "") ?? null);
  const causes: BarCause[] = [];
  const add = (delta: Partial<Bars>, cause: Cause) => {
    for (const bar of BarName.options) {
      const d = delta[bar] ?? 0;
      if (d !== 0) causes.push({ bar, delta: d, ...cause });
    }
  };

  const actionTotals: Bars[] = [];
  for (const a of campaign.actions.filter((a) => a.round === campaign.round)) {
    const delta = ruleFor(a.action, a.from)!.delta;
    actionTotals.push(delta);
    const text = `${names.get(a.mayor)} ${actionPhrase(a)} ${whereIs(map, a.x, a.y)}`;
    add(delta, { kind: "action", tile: { x: a.x, y: a.y }, source: null, mayor: a.mayor, text });
  }

  const passiveStart = causes.length;
  for (const c of record.passiveChanges) {
    const tile = { x: c.x, y: c.y };
    const delta = weightChange(c.from, c.to);
    if (c.from === "SICK_FOREST") {
      add(delta, { kind: "forest_died", tile, source: null, mayor: null, text: `${capitalised(named(tile, c.from))} died` });
    } else if (c.from === "POLLUTED_RIVER") {
      add(delta, { kind: "river_healed", tile, source: null, mayor: null, text: `${capitalised(named(tile, c.from))} ran clean again` });
    } else {
      const polluter = nearestPolluter(map, map.tiles[c.y * MAP_SIZE + c.x]!)!;
      const harm = HARM[c.from]!(named(tile, c.from));
      const text = `Pollution from ${named(polluter, polluter.type)} ${harm}`;
      add(delta, { kind: "pollution", tile, source: { x: polluter.x, y: polluter.y }, mayor: ownerOf(polluter), text });
    }
  }
  const centres: Tile[] = [];
  let healthyForests = 0;
  for (const t of map.tiles) {
    const emitted = EMISSIONS[t.type];
    if (emitted !== undefined) {
      add({ ecology: -emitted }, { kind: "emissions", tile: { x: t.x, y: t.y }, source: null, mayor: ownerOf(t), text: `Smoke from ${named(t, t.type)}` });
    }
    if (t.type === "HEALTHY_FOREST") healthyForests++;
    if (t.type === "RESEARCH_CENTER") centres.push(t);
  }
  const regrowth = Math.floor(healthyForests / FOREST_TILES_PER_REGROWTH_POINT);
  add({ ecology: regrowth }, { kind: "forest_regrowth", tile: null, source: null, mayor: null, text: `The town's ${healthyForests} healthy forest tiles cleaned the air` });
  for (const t of centres) {
    add({ research: RESEARCH_PER_CENTER_PER_ROUND }, { kind: "research_growth", tile: { x: t.x, y: t.y }, source: null, mayor: ownerOf(t), text: `Work at ${named(t, t.type)}` });
  }

  for (const bar of BarName.options) {
    const limited = clampingLoss(record.barsAtStart[bar], actionTotals.map((d) => d[bar]), causes.slice(passiveStart).filter((c) => c.bar === bar));
    if (limited !== 0) {
      const text = limited > 0 ? `${capitalised(bar)} cannot fall below 0` : `${capitalised(bar)} cannot rise above 100`;
      causes.push({ bar, delta: limited, kind: "bar_limit", tile: null, source: null, mayor: null, text });
    }
  }
  return causes;
}

/**
 * What clamping added to a bar over the round: each action is clamped as it is taken, the passive tick once as a
 * whole (as the engine applies them).
 */
function clampingLoss(start: number, actionDeltas: readonly number[], passive: readonly BarCause[]): number {
  let value = start;
  let loss = 0;
  for (const delta of [...actionDeltas, passive.reduce((sum, c) => sum + c.delta, 0)]) {
    const clamped = clampBar(value + delta);
    loss += clamped - (value + delta);
    value = clamped;
  }
  return loss;
}
