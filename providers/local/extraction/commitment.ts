import type { ActionType, Commitment, TileType } from "../../../common/schemas/game.ts";
import { CREATE, DESTROY, PRESERVE, TILE_OF, isNegated, thingsIn, withoutThings, type MapThing, type ThingHit } from "./map-words.ts";
import { memoize } from "../memo.ts";
import { NUMBER, parseNumber } from "./numbers.ts";

const FORESTS: TileType[] = ["HEALTHY_FOREST", "SICK_FOREST"];
const CLOSE: ActionType[] = ["DEMOLISH", "REPLACE_WITH_SOLAR"];
const MAX_COUNT = 14;

const BAR = "(ecology|ecological|environment(?:al)?|nature|economy|economic|research|science)";
const COMPARISON =
  "(at least|above|over|beyond|more than|higher than|no lower than|no less than|not (?:fall |drop |go |sink )?(?:below|under)|" +
  "at most|below|under|less than|lower than|no higher than|no more than|not (?:rise |go |climb )?(?:above|over))";
const REACH = new RegExp(`\\b${BAR}\\b(?:[\\s,]+[a-z'’]+){0,5}?[\\s,]+${COMPARISON}\\s+(\\d{1,3})\\b`, "i");
const RAISE = new RegExp(`\\b(?:raise|push|bring|get|lift|boost|take)\\s+(?:the\\s+|our\\s+)?${BAR}(?:\\s+(?:score|bar|level))?\\s+(?:up\\s+)?to\\s+(\\d{1,3})\\b`, "i");
/** "research will reach 20", "ecology back to 50", "economy stands at 60": a bar brought to a level is that level at least. */
const REACH_LEVEL = new RegExp(
  `\\b${BAR}\\b(?:\\s+[a-z'’]+){0,3}?\\s+(?:reach(?:es)?|hits?|gets? (?:back )?to|climbs? to|rises? to|goes (?:back )?up to|(?:is|be|stands?|sits?) (?:back )?(?:at|to)|back (?:up )?(?:to|at))\\s+(\\d{1,3})\\b`,
  "i",
);
const CARBON_CAPTURE =
  /\bcarbon[- ]capture\b|\bscrubbers?\b|\bclean(?:s|ed|ing)? up\b[^,.;]{0,25}\bfactor(?:y|ies)\b|\b(?:clean|upgrade|modernis|moderniz|retrofit)\w*\s+(?:the\s+|our\s+|a\s+|every\s+|all\s+|each\s+|one\s+|\w+\s+)?(?:old\s+)?factor(?:y|ies)\b/i;
const SOLAR_SWAP = /\b(?:replac|convert|turn|transform|swap|chang|rebuild)\w*\b[^.;]*?\b(?:with|into|to|for|by)\b[^.;]*?\bsolar\b/i;
/** ", not in the forest" and ", not the wrecking ball" set a contrast; they do not negate the clause. */
const ASIDE = /,\s*(?:and\s+)?not\s+(?:in|on|at|for|the|a|an|by|with|from|to|as)\b[^,.;]*/gi;
const PLANTING = /\b(?:plant|replant|reforest|grow|grew)\w*/i;
const QUALIFIED = /\b(?:new|more|another|additional|extra|further|fresh)\s+(?:[a-z]+\s+)?$/i;

function barOf(word: string): "ecology" | "economy" | "research" {
  const w = word.toLowerCase();
  if (w.startsWith("econom")) return "economy";
  if (w === "research" || w === "science") return "research";
  return "ecology";
}

function reachOf(text: string): Commitment | undefined {
  const m = REACH.exec(text);
  if (m !== null) {
    const value = Math.min(100, Number.parseInt(m[3] ?? "0", 10));
    const atMost = /^(?:at most|below|under|less|lower|no higher|no more|not (?:rise |go |climb )?(?:above|over))/i.test(m[2] ?? "");
    return { type: "reach", bar: barOf(m[1] ?? ""), comparison: atMost ? "atMost" : "atLeast", value };
  }
  const r = RAISE.exec(text) ?? REACH_LEVEL.exec(text);
  if (r === null) return undefined;
  return { type: "reach", bar: barOf(r[1] ?? ""), comparison: "atLeast", value: Math.min(100, Number.parseInt(r[2] ?? "0", 10)) };
}

const COUNT_LEAD = new RegExp(`\\b${NUMBER}\\s+(?:[a-z-]+\\s+){0,2}$`, "i");

function countBefore(text: string, hit: ThingHit): number {
  const lead = text.slice(Math.max(0, hit.start - 40), hit.start);
  const m = COUNT_LEAD.exec(lead);
  const ordinal = /^(?:first|second|third|fourth|fifth|sixth|seventh)$/i.test(m?.[1] ?? "");
  const n = m?.[1] === undefined || ordinal ? null : parseNumber(m[1]);
  return n === null ? 1 : Math.max(1, Math.min(MAX_COUNT, n));
}

interface Reading {
  readonly hits: readonly ThingHit[];
  readonly create: boolean;
  readonly destroy: boolean;
  readonly preserve: boolean;
  readonly negated: boolean;
  readonly planting: boolean;
}

function polluterTiles(hits: readonly ThingHit[], first: MapThing): TileType[] {
  const tiles = new Set<TileType>();
  for (const h of hits) if (h.thing === "refinery" || h.thing === "coalPlant" || h.thing === "factory") tiles.add(TILE_OF[h.thing]);
  if (tiles.size === 0 && (first === "refinery" || first === "coalPlant" || first === "factory")) tiles.add(TILE_OF[first]);
  return [...tiles];
}

function readThing(text: string, hit: ThingHit, r: Reading): Commitment | undefined {
  const qualified = QUALIFIED.test(text.slice(Math.max(0, hit.start - 30), hit.start));
  const create = r.create || qualified;
  const count = countBefore(text, hit);
  const keep = r.negated ? r.destroy : r.preserve;
  switch (hit.thing) {
    case "forest":
      if (keep) return { type: "avoid", actions: ["DEMOLISH", "BUILD_RESEARCH_CENTER"], on: FORESTS };
      if (r.negated) return undefined;
      if (r.planting || (create && !r.destroy)) return { type: "do", actions: ["PLANT_FOREST"], count };
      return r.destroy ? { type: "do", actions: ["DEMOLISH", "BUILD_RESEARCH_CENTER"], on: FORESTS, count } : undefined;
    case "farmland":
      if (keep) return { type: "avoid", actions: ["CLEAR_FARMLAND"] };
      return r.destroy && !r.negated ? { type: "do", actions: ["CLEAR_FARMLAND"], count } : undefined;
    case "factory":
      if (r.negated && !r.destroy && !r.preserve) return { type: "avoid", actions: ["BUILD_FACTORY"] };
      if (create) return r.negated ? { type: "avoid", actions: ["BUILD_FACTORY"] } : { type: "do", actions: ["BUILD_FACTORY"], count };
      return closingOf(r, hit.thing, count);
    case "refinery":
    case "coalPlant":
      return closingOf(r, hit.thing, count);
    case "research":
      if (r.negated) return create ? { type: "avoid", actions: ["BUILD_RESEARCH_CENTER"] } : undefined;
      return create || !r.destroy ? { type: "do", actions: ["BUILD_RESEARCH_CENTER"], count } : undefined;
    case "solar":
      if (r.negated && !r.destroy) return { type: "avoid", actions: ["BUILD_SOLAR", "REPLACE_WITH_SOLAR"] };
      return !r.negated && !r.destroy ? { type: "do", actions: ["BUILD_SOLAR", "REPLACE_WITH_SOLAR"], count } : undefined;
    case "fusion":
      return !r.negated && !r.destroy ? { type: "do", actions: ["BUILD_FUSION"], count } : undefined;
  }
}

function closingOf(r: Reading, first: MapThing, count: number): Commitment | undefined {
  const on = polluterTiles(r.hits, first);
  if (r.negated ? r.destroy : r.preserve) return { type: "avoid", actions: CLOSE, on };
  if (r.destroy && !r.negated) return { type: "do", actions: CLOSE, on, count: Math.max(count, 1) };
  return undefined;
}

/** "until every worker has a new job": a condition the facts cannot check (a time such as "until the vote" is fine). */
const UNTIL_CONDITION = /\b(?:until|till|unless)\s+(?!(?:the\s+)?(?:vote|election|end|final|last|next|round|polls?|campaign|\d|after|before)\b)(?:\w+\s+){0,6}(?:is|are|has|have|gets?|finds?|starts?|goes|opens?|moves?)\b/i;

/** The commitment to record for a promise: none when a condition the facts cannot check bounds it. */
export function checkableCommitment(text: string): Commitment | undefined {
  return UNTIL_CONDITION.test(text) || /\b(?:a job|jobs|work)\s+(?:at|on|in)\b/i.test(text) ? undefined : commitmentOf(text);
}

/**
 * The checkable commitment the words map onto without guessing (see the table in training/ANNOTATION.md),
 * or undefined for vague words. Also reads claims such as "I have never built a factory" as the avoid they assert.
 * A speech's clauses are read for promises, claims and reversals alike, so each reading is remembered.
 */
export const commitmentOf: (raw: string) => Commitment | undefined = memoize(readCommitment, 512);

function readCommitment(raw: string): Commitment | undefined {
  const text = raw.replace(ASIDE, " ");
  const reach = reachOf(text);
  if (reach !== undefined) return reach;
  const negated = isNegated(text);
  const hits = thingsIn(text);
  if (CARBON_CAPTURE.test(text) && !negated) {
    const factory = hits.find((h) => h.thing === "factory");
    return { type: "do", actions: ["UPGRADE_CARBON_CAPTURE"], on: ["FACTORY"], count: factory === undefined ? 1 : countBefore(text, factory) };
  }
  if (hits.length === 0) return undefined;
  const swap = SOLAR_SWAP.exec(text);
  if (swap !== null && !negated) {
    const replaced = hits.filter((h) => h.start < swap.index + swap[0].length && h.thing !== "solar");
    const tiles = polluterTiles(replaced, "solar");
    if (tiles.length > 0) return { type: "do", actions: ["REPLACE_WITH_SOLAR"], on: tiles, count: 1 };
  }
  const masked = withoutThings(text, hits);
  const reading: Reading = { hits, create: CREATE.test(masked), destroy: DESTROY.test(masked), preserve: PRESERVE.test(masked), negated, planting: PLANTING.test(masked) };
  for (const hit of hits) {
    const found = readThing(text, hit, reading);
    if (found !== undefined) return found;
  }
  return undefined;
}
