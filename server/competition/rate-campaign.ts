import { ratingEligibility, type Eligibility, type RatedSeat } from "../../common/rating/eligibility.ts";
import { finalRanking } from "../../common/rating/final-ranking.ts";
import type { ElectionResult } from "../../common/schemas/campaign.ts";
import type { MayorId } from "../../common/schemas/game.ts";
import type { PlayerId } from "../../common/schemas/identity.ts";
import type { PlayerStore } from "../persistence/PlayerStore.ts";
import type { WriteQueue } from "../persistence/write-queue.ts";
import type { Lobby } from "../rooms/lobby.ts";

/** An ended campaign as ratings see it. */
interface EndedCampaign {
  seats: readonly RatedSeat[];
  result: ElectionResult;
  /** Human mayors gone for good before the election: ranked last. */
  abandoned: readonly MayorId[];
  hostChoseRated: boolean;
}

/** The seats at the election: a human seat with no connection then (left, or away past the reconnection window) abandoned. */
export function endedCampaign(lobby: Lobby, result: ElectionResult): EndedCampaign {
  return {
    seats: lobby.seats.map((s) => ({ mayor: s.mayor, player: s.player, bot: s.bot !== null })),
    result,
    abandoned: lobby.seats.filter((s) => s.bot === null && s.sessionId === null).map((s) => s.mayor),
    hostChoseRated: lobby.rated,
  };
}

/** The ranking to rate, or why the campaign is not rated. */
export function ratedRanking(ended: EndedCampaign): { eligibility: Eligibility; ranking: { player: PlayerId; rank: number }[] } {
  const eligibility = ratingEligibility(ended.seats, ended.hostChoseRated);
  if (!eligibility.rated) return { eligibility, ranking: [] };
  const players = new Map(ended.seats.map((s) => [s.mayor, s.player!]));
  const ranking = finalRanking(ended.result, ended.abandoned).map((p) => ({ player: players.get(p.mayor)!, rank: p.rank }));
  return { eligibility, ranking };
}

/** What a campaign room tells the identity and rating storage; queued like its history, never blocking the game. */
export interface CompetitionRecorder {
  /** The identities seated in a campaign that just started (for each player's recent campaigns). */
  seatsClaimed(campaignId: string, seats: readonly { mayor: MayorId; player: PlayerId }[]): void;
  /** Rates an ended campaign when it is eligible; returns the eligibility for the room's log. */
  campaignEnded(campaignId: string, ended: EndedCampaign): Eligibility;
}

/**
 * The writes share the campaign's lane of the write queue, so they run after the campaign's own rows exist (their
 * foreign keys need them) and are retried like them; `rateCampaign` is idempotent per campaign.
 */
export function competitionRecorder(players: PlayerStore, queue: WriteQueue): CompetitionRecorder {
  return {
    seatsClaimed(campaignId, seats) {
      if (seats.length > 0) queue.enqueue(campaignId, "seats", () => players.linkSeats(campaignId, seats));
    },
    campaignEnded(campaignId, ended) {
      const { eligibility, ranking } = ratedRanking(ended);
      if (eligibility.rated) queue.enqueue(campaignId, "ratings", () => players.rateCampaign(campaignId, ranking));
      return eligibility;
    },
  };
}
