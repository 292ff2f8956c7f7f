import type { CampaignHistory } from "../../common/schemas/history.ts";
import type { RoundDigest, RoundStory } from "../../common/schemas/server-messages.ts";
import { fetchCampaign } from "./api.ts";
import { isFull, type KnownRound, type Story } from "./story-log.ts";

/**
 * A round told as a digest, completed from the stored campaign: its speeches and the rest of its record. What the
 * digest says (its ledger, verdicts, deeds, summary, bars and approvals after) is kept as told. Null while the round
 * is not stored (or nothing is).
 */
export function completeRound(digest: RoundDigest, history: CampaignHistory | null): RoundStory | null {
  const stored = history?.rounds.find((r) => r.round === digest.round);
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
export function completeRounds(rounds: readonly KnownRound[], history: CampaignHistory | null): RoundStory[] | null {
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
 * so the stored campaign is read once (`GET /api/campaigns/:id`, the replay's and report's source) and kept.
 * A client that saw every round resolve never asks.
 */
export class PastRounds {
  private history: CampaignHistory | null = null;
  private asked = "";
  private pending = false;

  constructor(private readonly fetch: (campaignId: string) => Promise<CampaignHistory> = fetchCampaign) {}

  /**
   * The story's rounds in full, or "loading" while the campaign is fetched (`ready` is called once it came), or
   * "unavailable" when they could not be had (asked again once another round resolves).
   */
  full(story: Story, ready: () => void): PastRoundsState {
    const id = story.campaignId ?? "";
    const rounds = completeRounds(story.rounds, this.history?.id === id ? this.history : null);
    if (rounds) return rounds;
    if (this.pending) return "loading";
    const key = `${id} ${story.rounds.length}`;
    if (!id || this.asked === key) return "unavailable";
    this.asked = key;
    this.pending = true;
    this.fetch(id).then(
      (history) => {
        this.pending = false;
        this.history = history;
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
