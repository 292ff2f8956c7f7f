import { z } from "zod";
import { PlayerName, PlayerToken } from "./identity.ts";
import { Strategy } from "./strategy.ts";
import { ActionType, Coordinate, MAX_ROUNDS, MIN_ROUNDS, MayorColor, MayorId, SPEECH_MAX_CHARS } from "./game.ts";

/** The largest client message the room accepts, in bytes of JSON. */
export const MAX_MESSAGE_BYTES = 4096;

export const PhaseSeconds = z.object({
  policy: z.number().int().min(10).max(300),
  speech: z.number().int().min(15).max(600),
  reactions: z.number().int().min(3).max(60),
});
export type PhaseSeconds = z.infer<typeof PhaseSeconds>;

/** The phase times a server runs with when its operator sets none (POLICY_SECONDS, SPEECH_SECONDS, REACTIONS_SECONDS). */
export const DEFAULT_PHASE_SECONDS: PhaseSeconds = { policy: 60, speech: 90, reactions: 12 };

export const LobbySettings = z.object({
  rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS),
  seconds: PhaseSeconds,
});
export type LobbySettings = z.infer<typeof LobbySettings>;

/** A colour as typed: #E4572E and #e4572e are one colour, kept in lower case from here on. */
const ChosenColor = MayorColor.transform((color) => color.toLowerCase());

/**
 * Every client → server message of a campaign, keyed by its message type. A mayor's name is cleaned like a player's
 * (common/identity/player-name.ts: no invisible or control characters, no look-alikes), so names compare as they read.
 */
export const ClientMessages = {
  profile: z.object({ name: PlayerName.optional(), color: ChosenColor.optional() }).strict(),
  ready: z.object({ ready: z.boolean() }).strict(),
  /** `rated`: whether the campaign counts for ratings (common/rating/eligibility.ts); off unless the host turns it on. */
  settings: LobbySettings.partial().extend({ seconds: PhaseSeconds.partial().optional(), rated: z.boolean().optional() }).strict(),
  start: z.object({}).strict(),
  bot: z.object({ strategy: Strategy }).strict(),
  /** The host takes a bot's seat away in the lobby. */
  removeBot: z.object({ mayor: MayorId }).strict(),
  /** After the election: the host opens a new campaign in the same room with the same seats. */
  rematch: z.object({}).strict(),
  act: z.object({ x: Coordinate, y: Coordinate, action: ActionType }).strict(),
  done: z.object({}).strict(),
  speak: z.object({ text: z.string().trim().min(1, "a speech needs words").max(SPEECH_MAX_CHARS) }).strict(),
} as const;

export type ClientMessageType = keyof typeof ClientMessages;
export type ClientMessage<T extends ClientMessageType> = z.infer<(typeof ClientMessages)[T]>;

/** Letters in a room's join code (server/rooms/room-code.ts explains the length). */
export const JOIN_CODE_LENGTH = 6;

/** What a client may send when it joins a room. */
export const JoinOptions = z
  .object({
    name: PlayerName.optional(),
    color: ChosenColor.optional(),
    spectator: z.boolean().optional(),
    private: z.boolean().optional(),
    /** The player's identity (server/identity): it claims a reserved seat, reclaims a seat after a drop and owns the rating. */
    token: PlayerToken.optional(),
  })
  .strip();
export type JoinOptions = z.infer<typeof JoinOptions>;
