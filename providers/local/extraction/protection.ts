import type { ActionFact } from "../../../common/schemas/contracts/extraction.ts";
import { CLOSES_POLLUTER, ECO_HARM, FORESTS, type RecordClaim } from "./record-claims.ts";
import { DESTROY, PRESERVE, isNegated } from "./map-words.ts";

/**
 * Nouns of loss ("no layoffs", "not one closure"): negating one pledges to keep what it would take away.
 * "cut" stays in DESTROY; these are the nouns a verbless pledge negates.
 */
const LOSS_NOUN = /\b(?:lay-?offs?|closures?|cuts|losses|redundanc(?:y|ies)|sackings?|firings?|evictions?|demolitions?)\b/i;

/** Living land: a tile of it is felled or cleared, not merely a bar moved. */
const LAND = /\b(?:green\w*|nature|natural|wild\w*|countryside|meadows?|groves?|canopy|woods?|lands?|hectares?|acres?|tiles?|soil)\b/i;
/** What the city's ecology bar stands for: hurt through pollution or lost forest, never a tile of its own. */
const ECO_GOOD = /\b(?:air|climate|environment\w*|ecology|ecological|planet|skies|lungs)\b/i;
/** Rivers are fouled by what polluters spill, not by a felled tree. */
const WATER = /\b(?:rivers?|water|streams?|lakes?|wells?)\b/i;
const LIVELIHOOD = /\b(?:jobs?|workers?|livelihoods?|wages?|payrolls?|paychecks?|employment|lay-?offs?|shifts?)\b/i;

const LIVING_LAND_LOST = (a: ActionFact) =>
  (FORESTS.includes(a.from) && (a.action === "DEMOLISH" || a.action === "BUILD_RESEARCH_CENTER")) || a.action === "CLEAR_FARMLAND";

/** A harm negated: "not an acre will be lost", "no layoffs". */
function deniesHarm(text: string): boolean {
  return isNegated(text) && (DESTROY.test(text) || LOSS_NOUN.test(text));
}

/**
 * A pledge to protect something that no map word names ("every hectare of green land", "your air", "no layoffs"),
 * read by the kind of thing it protects, so that the speaker's own actions against that kind refute it.
 * Land is lost tile by tile (the action rule's severity); air and jobs only through a bar or through people (low).
 */
export function protectionClaimOf(text: string): RecordClaim | null {
  const denies = deniesHarm(text);
  if (!denies && (isNegated(text) || !PRESERVE.test(text))) return null;
  if (LAND.test(text)) return { rulesOut: LIVING_LAND_LOST, soft: false, thisRoundOnly: false };
  if (ECO_GOOD.test(text)) return { rulesOut: ECO_HARM, soft: true, thisRoundOnly: false };
  if (WATER.test(text)) return { rulesOut: (a) => a.action === "BUILD_FACTORY", soft: true, thisRoundOnly: false };
  // "Karl keeps his job" can hold after one site closes; "no layoffs" cannot.
  if (denies && LIVELIHOOD.test(text)) return { rulesOut: CLOSES_POLLUTER, soft: true, thisRoundOnly: false };
  return null;
}
