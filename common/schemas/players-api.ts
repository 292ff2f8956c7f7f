import { z } from "zod";
import { PlayerId, PlayerName, PlayerToken } from "./identity.ts";
import { ShownRating, Skill } from "./rating.ts";

/** The bodies of the players' HTTP API (server/http/players.ts), checked on the way in and on the way out. */

export const NameRequest = z.object({ name: PlayerName }).strict();
export type NameRequest = z.infer<typeof NameRequest>;

/** A player as anyone may see them. */
export const PublicPlayer = z.object({ id: PlayerId, name: z.string(), rating: ShownRating }).strict();
export type PublicPlayer = z.infer<typeof PublicPlayer>;

/** The one answer that carries a token: the identity just issued. */
export const IssuedIdentity = z.object({ player: PublicPlayer, token: PlayerToken }).strict();
export type IssuedIdentity = z.infer<typeof IssuedIdentity>;

export const LeaderboardLine = z.object({ place: z.number().int().min(1), label: z.string(), player: PublicPlayer }).strict();
export type LeaderboardLine = z.infer<typeof LeaderboardLine>;

export const RatedCampaign = z
  .object({ campaignId: z.string(), ratedAt: z.iso.datetime({ offset: true }), rank: z.number().int().min(1), before: Skill, after: Skill })
  .strict();
export type RatedCampaign = z.infer<typeof RatedCampaign>;

/** A campaign the player sat in, for the recent-campaigns list and its replay link. */
export const PlayedCampaign = z
  .object({
    campaignId: z.string(),
    code: z.string(),
    status: z.enum(["lobby", "running", "finished"]),
    finishedAt: z.iso.datetime({ offset: true }).nullable(),
    mayors: z.number().int().min(1),
    rank: z.number().int().min(1).nullable(),
  })
  .strict();
export type PlayedCampaign = z.infer<typeof PlayedCampaign>;

export const PlayerProfile = z
  .object({ player: PublicPlayer, ratingHistory: z.array(RatedCampaign), recentCampaigns: z.array(PlayedCampaign) })
  .strict();
export type PlayerProfile = z.infer<typeof PlayerProfile>;
