import { z } from "zod";
import { Strategy } from "./strategy.ts";
import { MAX_MAYORS, MayorId } from "./game.ts";
import { PlayerId } from "./identity.ts";
import { LobbySettings } from "./messages.ts";
import { Placing } from "./rating.ts";

/** Free-for-all tables: fewer than three mayors is a duel, which Swiss pairing by standing does not serve. */
export const MIN_TABLE_SIZE = 3;
export const MAX_TABLE_SIZE = MAX_MAYORS;
export const MAX_TOURNAMENT_ROUNDS = 9;
/** Bounds the pairing search (see common/tournament/pairing.ts) and the size of a standings table. */
export const MAX_ENTRIES = 64;
export const MIN_ENTRIES = 2;

export const TournamentSettings = z
  .object({
    name: z.string().trim().min(1).max(48),
    /** Tournament rounds; each pairs every present player into one campaign. */
    rounds: z.number().int().min(1).max(MAX_TOURNAMENT_ROUNDS),
    /** Mayors per campaign; bots fill the seats players cannot. */
    tableSize: z.number().int().min(MIN_TABLE_SIZE).max(MAX_TABLE_SIZE),
    campaign: LobbySettings,
    rated: z.boolean(),
    /** When the tournament starts by itself; null when the host starts it. */
    startsAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .strict();
export type TournamentSettings = z.infer<typeof TournamentSettings>;

/** "interrupted": the server stopped while it was open or running and it could not be reopened (server/rooms/resume.ts). */
export const TournamentStatus = z.enum(["registration", "closed", "running", "finished", "interrupted"]);
export type TournamentStatus = z.infer<typeof TournamentStatus>;

/** Nothing more will be played: finished, or interrupted with the results it had. */
export const tournamentOver = (status: TournamentStatus): boolean => status === "finished" || status === "interrupted";

/** A registered player, in registration order. */
export const Entry = z.object({
  player: PlayerId,
  name: z.string(),
  /** The player's rating ordinal at registration: orders players who are level in the standings for pairing. */
  seed: z.number().finite(),
  /** Left a campaign for good or the lobby: not paired again until they come back. */
  absent: z.boolean(),
});
export type Entry = z.infer<typeof Entry>;

/** A seat at a table. A player sits as the mayor with their own id; a bot has its own id and its strategy. */
export const TableSeat = z.object({ mayor: MayorId, bot: Strategy.nullable() });
export type TableSeat = z.infer<typeof TableSeat>;

/** A placing with the tournament points it earned (common/tournament/points.ts). */
export const TablePlacing = Placing.extend({ points: z.number().min(0) });
export type TablePlacing = z.infer<typeof TablePlacing>;

export const Table = z.object({
  /** `r<round>t<table>`, unique within the tournament. */
  id: z.string().regex(/^r\d+t\d+$/),
  /** The campaign played at this table, once it has been created. */
  campaignId: z.string().nullable(),
  seats: z.array(TableSeat).min(MIN_TABLE_SIZE).max(MAX_TABLE_SIZE),
  /** Players known to have left for good before the result: they are placed last. */
  abandoned: z.array(MayorId),
  result: z.array(TablePlacing).nullable(),
});
export type Table = z.infer<typeof Table>;

export const TournamentRound = z.object({ round: z.number().int().min(1), tables: z.array(Table).min(1) });
export type TournamentRound = z.infer<typeof TournamentRound>;

/** The whole tournament as plain data; every change goes through common/tournament's transitions. */
export const Tournament = z.object({
  id: z.uuid(),
  code: z.string(),
  host: PlayerId,
  settings: TournamentSettings,
  status: TournamentStatus,
  entries: z.array(Entry).max(MAX_ENTRIES),
  rounds: z.array(TournamentRound),
});
export type Tournament = z.infer<typeof Tournament>;

/** One line of the standings, derived from the results (common/tournament/standings.ts). */
export const TournamentStanding = z.object({
  player: PlayerId,
  name: z.string(),
  /** Players level on points, opponents' points and votes share a rank. */
  rank: z.number().int().min(1),
  points: z.number().min(0),
  opponentsPoints: z.number().min(0),
  votes: z.number().int().min(0),
  played: z.number().int().min(0),
  absent: z.boolean(),
});
export type TournamentStanding = z.infer<typeof TournamentStanding>;

/** A line of GET /api/tournaments. */
export const TournamentSummary = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    status: TournamentStatus,
    entries: z.number().int().min(0),
    /** The round in play or last played; 0 before the start. */
    currentRound: z.number().int().min(0),
    rounds: z.number().int().min(1),
    tableSize: z.number().int(),
    rated: z.boolean(),
    startsAt: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict();
export type TournamentSummary = z.infer<typeof TournamentSummary>;

/** GET /api/tournaments/:id: the whole tournament with its standings. */
export const TournamentView = z.object({ tournament: Tournament, standings: z.array(TournamentStanding) }).strict();
export type TournamentView = z.infer<typeof TournamentView>;
