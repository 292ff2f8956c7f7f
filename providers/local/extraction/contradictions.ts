import type { ActionFact, EarlierPromise, ExtractedContradiction, ExtractedPromise } from "../../../common/schemas/contracts/extraction.ts";
import type { Commitment, Severity, TileType } from "../../../common/schemas/game.ts";
import { commitmentOf } from "./commitment.ts";
import { EXPLICIT_MARKER } from "./markers.ts";
import { isNegated, thingsIn } from "./map-words.ts";
import { protectionClaimOf } from "./protection.ts";
import { recordClaimOf, type RecordClaim } from "./record-claims.ts";
import { readEarlier, reversedPromises, type EarlierReading } from "./reversals.ts";

/** A clause of the speech that the speaker stands behind (not sarcasm, a rival's words, a question or an injection). */
export interface Statement {
  readonly text: string;
  /** The sentence before this clause's sentence, for "it" and "one". */
  readonly context: string;
  /** Which sentence of the speech it is in: the clauses of one sentence ("I never built one and I never will") clash as one. */
  readonly sentence: number;
  readonly promise: ExtractedPromise | null;
}

export interface ContradictionContext {
  readonly round: number;
  readonly mayorName: string;
  readonly actionsThisRound: readonly ActionFact[];
  readonly actionsBefore: readonly ActionFact[];
  readonly earlierPromises: readonly EarlierPromise[];
}

const PRAISE =
  /\b(?:love|loves|cherish\w*|treasure\w*|precious|proud of|beautiful|heart of|lungs of|sacred|adore|champion of|friend of|guardian of|candidate of|voice of|priceless|irreplaceable)\b/i;
/** "No more", "the other factories", "any more labs": about what is left, so not against what was already done. */
const FORWARD_ONLY = /\b(?:any ?more|no more|not one more|new|other|remaining|rest of|what is left|from now on|again|another|only one)\b/i;
const SICK: readonly TileType[] = ["SICK_FOREST", "DEAD_FARMLAND"];

const ACTION_WORDS: Readonly<Record<ActionFact["action"], string>> = {
  DEMOLISH: "demolished",
  BUILD_RESEARCH_CENTER: "built a research centre on",
  UPGRADE_CARBON_CAPTURE: "fitted carbon capture to",
  REPLACE_WITH_SOLAR: "replaced with solar",
  PLANT_FOREST: "planted a forest on",
  BUILD_FACTORY: "built a factory on",
  BUILD_SOLAR: "built solar on",
  BUILD_FUSION: "built a fusion reactor on",
  CLEAR_FARMLAND: "cleared",
};

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function avoidClaim(avoid: Commitment, soft: boolean): RecordClaim {
  const rulesOut = (a: ActionFact) =>
    avoid.type === "avoid" && avoid.actions.includes(a.action) && (avoid.on === undefined || avoid.on.includes(a.from));
  return { rulesOut, soft, thisRoundOnly: false };
}

/** What a statement asserts about the mayor's own conduct: an avoid-promise, a claim about the record, or praise. */
function claimOf(s: Statement): RecordClaim | null {
  if (s.promise !== null) {
    const own = s.promise.commitment ?? commitmentOf(s.text);
    return own?.type === "avoid" ? avoidClaim(own, false) : (recordClaimOf(s.text) ?? protectionClaimOf(s.text));
  }
  const record = recordClaimOf(s.text);
  if (record !== null) return record;
  if (!PRAISE.test(s.text) || isNegated(s.text)) return null;
  const thing = thingsIn(s.text)[0]?.thing;
  if (thing === "forest") return avoidClaim({ type: "avoid", actions: ["DEMOLISH", "BUILD_RESEARCH_CENTER"], on: ["HEALTHY_FOREST", "SICK_FOREST"] }, true);
  if (thing === "farmland") return avoidClaim({ type: "avoid", actions: ["CLEAR_FARMLAND"] }, true);
  return null;
}

function latest(actions: readonly ActionFact[]): ActionFact | undefined {
  let best: ActionFact | undefined;
  for (const a of actions) if (best === undefined || a.round >= best.round) best = a;
  return best;
}

function againstActions(s: Statement, ctx: ContradictionContext): ExtractedContradiction | null {
  const claim = claimOf(s);
  if (claim === null) return null;
  const now = latest(ctx.actionsThisRound.filter(claim.rulesOut));
  const earlierToo = !claim.thisRoundOnly && !FORWARD_ONLY.test(s.text);
  const action = now ?? (earlierToo ? latest(ctx.actionsBefore.filter(claim.rulesOut)) : undefined);
  if (action === undefined) return null;
  const thisRound = now !== undefined;
  const severity: Severity = claim.soft || SICK.includes(action.from) ? "low" : thisRound ? "high" : "medium";
  const tile = action.from.toLowerCase().replace(/_/g, " ");
  const when = thisRound ? "this round" : `in round ${action.round}`;
  return {
    description: clip(`"${clip(s.text, 120)}" conflicts with ${ctx.mayorName}'s own action: ${ACTION_WORDS[action.action]} the ${tile} at (${action.x}, ${action.y}) ${when}.`, 300),
    speechQuote: clip(s.text, 300),
    contradicts: { type: "action", round: action.round, action: action.action, x: action.x, y: action.y },
    severity,
  };
}

interface Found {
  readonly contradiction: ExtractedContradiction;
  /** For a reversal, how directly it turns against the promise (see `Reversal`); 0 for an action. */
  readonly directness: number;
}

function againstPromises(s: Statement, ctx: ContradictionContext, readings: readonly EarlierReading[]): Found[] {
  return reversedPromises(s.text, s.context, s.promise?.commitment, readings).map(({ promise: earlier, directness }) => ({
    directness,
    contradiction: {
      description: clip(`"${clip(s.text, 110)}" goes back on ${ctx.mayorName}'s promise from round ${earlier.round}: "${clip(earlier.text, 110)}".`, 300),
      speechQuote: clip(s.text, 300),
      contradicts: { type: "promise", promiseId: earlier.id },
      severity: EXPLICIT_MARKER.test(earlier.text) ? "high" : "medium",
    },
  }));
}

/**
 * Contradictions of the speaking mayor's statements with their own actions and their own earlier promises, one per
 * sentence and action. A reversal is one per earlier promise: when several clauses turn against it, the most direct is
 * quoted (an opposite commitment before words against its topic before a plan that harms it), a promise before a
 * remark ("Retraining is a waste of money. I will not spend a cent on it."), else the first.
 */
export function findContradictions(statements: readonly Statement[], ctx: ContradictionContext): ExtractedContradiction[] {
  const best = new Map<string, { found: Found; rank: number }>();
  const readings = readEarlier(ctx.earlierPromises);
  for (const s of statements) {
    const action = againstActions(s, ctx);
    const all = action === null ? againstPromises(s, ctx, readings) : [{ contradiction: action, directness: 0 }, ...againstPromises(s, ctx, readings)];
    for (const found of all) {
      const c = found.contradiction;
      const key = c.contradicts.type === "action" ? JSON.stringify([c.contradicts, s.sentence]) : JSON.stringify(c.contradicts);
      const rank = found.directness * 2 + (s.promise === null ? 0 : 1);
      const held = best.get(key);
      if (held === undefined || rank > held.rank) best.set(key, { found, rank });
    }
  }
  return [...best.values()].map((b) => b.found.contradiction);
}
