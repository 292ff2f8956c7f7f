import type { CampaignHistory } from "../../common/schemas/history.ts";
import type { RoundDigest, RoundStory } from "../../common/schemas/server-messages.ts";
import { fetchCampaign } from "./api.ts";
import { isFull, type KnownRound, type Story } from "./story-log.ts";

/**
 * A round told as a digest, completed from the stored campaign: its speeches and the rest of its record. What the
 * digest says (its ledger, verdicts, deeds, summary, bars and approvals after) is kept as told.
 */
export function completeRound(digest: RoundDigest, history: CampaignHistory): RoundStory | null {
  const stored = history.rounds.find((r) => r.round === digest.round);
  if (!stored) return null;
  const { barsAtStart, barsBefore, barCauses, reactions, arrived, departed } = stored;
  return {
    round: digest.round,
    speeches: stored.speeches,
    actions: digest.actions,
    ledger: digest.ledger,
    record: { ...digest.record, barsAtStart, barsBefore, barCauses, approvalChanges: reactions, arrived, departed },
  };
}

/** Every round in full, the digests completed from the stored campaign; null while one of them is not stored yet. */
export function completeRounds(rounds: readonly KnownRound[], history: CampaignHistory): RoundStory[] | null {
  const full: RoundStory[] = [];
  for (const r of rounds) {
    const round = isFull(r) ? r : completeRound(r, history);
    if (!round) return null;
    full.push(round);
  }
  return full;
}

export type PastRoundsState = RoundStory[] | "loading" | "unavailable";

/**
 * The earlier rounds in full for a screen that shows them (the story so far): a late joiner was told them as digests,
 * so they are read once from the stored campaign (`GET /api/campaigns/:id`, the replay's and report's source) and kept.
 * A client that saw every round resolve never asks.
 */
export class PastRounds {
  private campaignId = "";
  private readonly completed = new Map<number, RoundStory>();
  private asked = "";
  private pending = false;

  constructor(private readonly fetch: (campaignId: string) => Promise<CampaignHistory> = fetchCampaign) {}

  /**
   * The story's rounds in full, or "loading" while they are fetched (`ready` is called once they came), or
   * "unavailable" when they could not be had (asked again once another round resolves).
   */
  full(story: Story, ready: () => void): PastRoundsState {
    const id = story.campaignId ?? "";
    if (id !== this.campaignId) {
      this.campaignId = id;
      this.completed.clear();
      this.asked = "";
    }
    const rounds = story.rounds.map((r) => (isFull(r) ? r : (this.completed.get(r.round) ?? r)));
    const missing = rounds.filter((r) => !isFull(r)).map((r) => r.round);
    if (missing.length === 0) return rounds.filter(isFull);
    if (this.pending) return "loading";
    const key = `${id} ${story.rounds.length}`;
    if (!id || this.asked === key) return "unavailable";
    this.asked = key;
    this.pending = true;
    this.fetch(id).then(
      (history) => {
        this.pending = false;
        if (id !== this.campaignId) return;
        for (const r of rounds) {
          const round = isFull(r) ? null : completeRound(r, history);
          if (round) this.completed.set(round.round, round);
        }
        ready();
      },
      () => {
        this.pending = false;
        ready();
      },
    );
    return "loading";
  }
}
