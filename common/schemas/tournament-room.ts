import { z } from "zod";
import { Phase } from "./campaign.ts";
import { PlayerId, PlayerToken } from "./identity.ts";
import { Tournament, TournamentSettings, TournamentStanding } from "./tournament.ts";

/**
 * The wire contract of the tournament lobby, a Colyseus room of its own named `TOURNAMENT_ROOM`. Its room id is the
 * tournament's code, so the link `/tournament/<code>` joins it with `joinById(code, options)`.
 *
 * Who you are comes only from the token in the join options (checked by the server, never echoed anywhere): with a
 * token you may register and, as the creator, host; the host role belongs to the identity, so it survives a reload.
 * Without a token you watch.
 *
 * The synced state (common/state/TournamentState.ts) is deliberately small: `code`, `status`, `round` (the
 * tournament round in play or last played, 0 before the start), `hostId` (the host's public player id) and
 * `registered` (the number of entries). Everything else, the entries, tables, live campaigns and standings, comes
 * in one `view` message, sent on joining and again after every change, and parsed with `TournamentLobbyView`.
 */
export const TOURNAMENT_ROOM = "tournament";

/** The tournament room's create and join options. `create` is read only when the room is created (by its host). */
export const TournamentJoinOptions = z
  .object({
    token: PlayerToken.optional(),
    create: TournamentSettings.optional(),
  })
  .strip();
export type TournamentJoinOptions = z.infer<typeof TournamentJoinOptions>;

/** The shortest and longest round deadline a host may set, in seconds from when it is set. */
export const MIN_DEADLINE_SECONDS = 30;
export const MAX_DEADLINE_SECONDS = 7200;

/** Every client → server message of the tournament room, keyed by its type. */
export const TournamentClientMessages = {
  /** Registers the sender's identity (before the start); the host may register too. */
  register: z.object({}).strict(),
  /** The sender withdraws before the start. */
  withdraw: z.object({}).strict(),
  /** The host removes an entry before the start. */
  remove: z.object({ player: PlayerId }).strict(),
  /** The host closes registration; the entries stay, nobody new may register. */
  close: z.object({}).strict(),
  /** The host starts: round 1 is paired and its campaigns created at once. */
  start: z.object({}).strict(),
  /**
   * The host sets a deadline for the round in play. When it passes, every player not connected to their unfinished
   * campaign is scored last there and not paired again until they come back to the lobby.
   */
  deadline: z.object({ seconds: z.number().int().min(MIN_DEADLINE_SECONDS).max(MAX_DEADLINE_SECONDS) }).strict(),
} as const;
export type TournamentClientMessageType = keyof typeof TournamentClientMessages;
export type TournamentClientMessage<T extends TournamentClientMessageType> = z.infer<(typeof TournamentClientMessages)[T]>;

/** Why a tournament transition was refused (common/tournament/refusal.ts gives each its sentence). */
export const TournamentRefusalCode = z.enum([
  "not_host",
  "registration_closed",
  "already_registered",
  "tournament_full",
  "not_registered",
  "already_started",
  "not_running",
  "too_few_players",
  "round_in_progress",
  "no_rounds_left",
  "rounds_left",
  "unknown_table",
  "result_recorded",
  "result_mismatch",
]);
export type TournamentRefusalCode = z.infer<typeof TournamentRefusalCode>;

/** Every error code the tournament room sends: the gate's, `no_identity` (the message needs a token), and the refusals. */
export const TournamentErrorCode = z.enum(["rate_limited", "unknown_message", "too_large", "invalid", "no_identity", ...TournamentRefusalCode.options]);
export type TournamentErrorCode = z.infer<typeof TournamentErrorCode>;

/** A mayor of a live tournament campaign: a player's public id, or null for a bot. */
export const LiveMayor = z.object({ player: PlayerId.nullable(), name: z.string(), bot: z.boolean(), connected: z.boolean() }).strict();
export type LiveMayor = z.infer<typeof LiveMayor>;

/** A campaign of the round in play, as its room last reported it; `roomId` is what a spectator joins to watch. */
export const LiveTable = z
  .object({
    table: z.string(),
    roomId: z.string(),
    /** "lobby" until the campaign starts (it starts by itself once its players are in, or after a short wait). */
    phase: z.union([z.literal("lobby"), Phase]),
    round: z.number().int().min(0),
    rounds: z.number().int().min(1),
    mayors: z.array(LiveMayor),
  })
  .strict();
export type LiveTable = z.infer<typeof LiveTable>;

/** The whole lobby as anyone in it may see it. No token, and nothing else secret, is ever part of it. */
export const TournamentLobbyView = z
  .object({
    tournament: Tournament,
    standings: z.array(TournamentStanding),
    live: z.array(LiveTable),
    /** Identities connected to the lobby now. */
    present: z.array(PlayerId),
    /** Server time (ms since epoch) when the round in play must end; 0 when the host set no deadline. */
    roundEndsAt: z.number().min(0),
  })
  .strict();
export type TournamentLobbyView = z.infer<typeof TournamentLobbyView>;

/** Every server → client message of the tournament room, keyed by its type. */
export const TournamentServerMessages = {
  /** On joining: the sender's public id (null when watching without a token) and the server's clock. */
  welcome: z.object({ player: PlayerId.nullable(), serverTime: z.number() }).strict(),
  view: TournamentLobbyView,
  /** To a player, when their campaign of the round is ready (and again on rejoining): join `roomId` with the token. */
  seat: z.object({ round: z.number().int().min(1), table: z.string(), roomId: z.string() }).strict(),
  /** A refused message, to its sender only. */
  error: z.object({ code: TournamentErrorCode, message: z.string(), refused: z.string().optional() }).strict(),
} as const;
export type TournamentServerMessageType = keyof typeof TournamentServerMessages;
export type TournamentServerMessage<T extends TournamentServerMessageType> = z.infer<(typeof TournamentServerMessages)[T]>;
