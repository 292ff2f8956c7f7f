import type { MayorId } from "../../common/schemas/game.ts";
import type { PlayerId } from "../../common/schemas/identity.ts";
import type { PlayedCampaign, RatedCampaign } from "../../common/schemas/players-api.ts";
import type { RatingChange, Skill } from "../../common/schemas/rating.ts";

export interface StoredPlayer {
  id: PlayerId;
  name: string;
  skill: Skill;
  /** Rated campaigns played. */
  games: number;
}

/** Identities and ratings. The store sees tokens only as SHA-256 digests (server/identity/tokens.ts). */
export interface PlayerStore {
  createPlayer(player: { id: PlayerId; name: string; tokenHash: Buffer }): Promise<StoredPlayer>;
  /** The player whose token has this digest, or null. */
  playerByTokenHash(tokenHash: Buffer): Promise<StoredPlayer | null>;
  getPlayer(id: PlayerId): Promise<StoredPlayer | null>;
  rename(id: PlayerId, name: string): Promise<StoredPlayer | null>;
  /** Records which identity held which seat of a stored campaign. Idempotent. */
  linkSeats(campaignId: string, seats: readonly { mayor: MayorId; player: PlayerId }[]): Promise<void>;
  /**
   * Applies one rated campaign's Weng-Lin update from its final ranking (common/rating) to the players' current
   * skills, in one transaction that locks their rows, so campaigns ending together never lose an update. Calling it
   * again for the same campaign changes nothing and returns the changes already stored.
   */
  rateCampaign(campaignId: string, ranking: readonly { player: PlayerId; rank: number }[]): Promise<RatingChange[]>;
  /** Players with at least one rated campaign, best ordinal first. */
  leaderboard(options: { limit: number }): Promise<StoredPlayer[]>;
  /** The player's rated campaigns, most recent first. */
  ratingHistory(id: PlayerId, options: { limit: number }): Promise<RatedCampaign[]>;
  /** Campaigns the player sat in, most recent first. */
  recentCampaigns(id: PlayerId, options: { limit: number }): Promise<PlayedCampaign[]>;
}
