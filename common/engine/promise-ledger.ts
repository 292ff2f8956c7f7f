import type { Campaign } from "../schemas/campaign.ts";
import type { ExtractedPromise } from "../schemas/contracts/extraction.ts";
import type { Commitment, MayorId, PromiseRecord } from "../schemas/game.ts";
import { deedsFor } from "../rules/promises.ts";
import { findCitizen } from "./approval.ts";
import { clamp } from "./clamp.ts";

/** A deadline must leave at least one policy phase; in the last round there is none, so it becomes null. */
function clampDeadline(campaign: Campaign, deadline: number | null): number | null {
  if (deadline === null || campaign.round >= campaign.settings.rounds) return null;
  return clamp(deadline, campaign.round + 1, campaign.settings.rounds);
}

/** Lowercase words only: "Ecology above 40, by round 3!" and "ecology above 40 by round 3" say the same. */
function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** One spelling per commitment: the order of its actions and tiles does not matter, and an empty `on` means any tile. */
function commitmentKey(c: Commitment): string {
  if (c.type === "reach") return `reach|${c.bar}|${c.comparison}|${c.value}`;
  const on = [...(c.on ?? [])].sort().join(",");
  return `${c.type}|${[...c.actions].sort().join(",")}|${on}|${c.type === "do" ? c.count : ""}`;
}

/**
 * An open promise is one the facts have not settled yet: still pending, and for a deed promise not already delivered
 * (do) or already broken (avoid) by the owner's actions so far. "I will build a research centre" said again the
 * round one was built is a new promise, not a repeat of the delivered one.
 */
function open(campaign: Campaign, p: PromiseRecord): boolean {
  if (p.status !== "pending") return false;
  const c = p.commitment;
  if (c === undefined || c.type === "reach") return true;
  const done = deedsFor(p, c, campaign.actions).length;
  return c.type === "do" ? done < c.count : done === 0;
}

function sameAs(p: PromiseRecord, said: ExtractedPromise): boolean {
  if (p.commitment && said.commitment) return commitmentKey(p.commitment) === commitmentKey(said.commitment);
  return words(p.text) === words(said.text);
}

/**
 * Records a promise from this round's speech. A repeat of one of the owner's open promises (the same commitment, or the
 * same words when there is none) is the same promise: it is merged into the first one, which keeps its round,
 * deadline and target and notes the round of the repeat, so it is judged, rewarded or punished once.
 */
export function recordPromise(campaign: Campaign, owner: MayorId, said: ExtractedPromise): void {
  const twin = campaign.promises.find((p) => p.owner === owner && sameAs(p, said) && open(campaign, p));
  if (twin) {
    if (twin.round !== campaign.round && !twin.repeatedRounds?.includes(campaign.round)) {
      twin.repeatedRounds = [...(twin.repeatedRounds ?? []), campaign.round];
    }
    return;
  }
  campaign.counters.promise += 1;
  campaign.promises.push({
    id: `p${campaign.counters.promise}`,
    owner,
    round: campaign.round,
    text: said.text,
    kind: said.kind,
    domain: said.domain,
    confidence: said.confidence,
    targetCitizen: said.targetCitizen === null ? null : (findCitizen(campaign, said.targetCitizen)?.name ?? null),
    deadlineRound: clampDeadline(campaign, said.deadlineRound),
    ...(said.commitment ? { commitment: said.commitment } : {}),
    status: "pending",
    resolvedRound: null,
    verdict: null,
  });
}
