import { z } from "zod";
import { ElectionResult, RoundRecord, Speech } from "./campaign.ts";
import { ElectionExplanation } from "./election-explanation.ts";
import { ErrorCode } from "./errors.ts";
import { ActionRecord, MayorId } from "./game.ts";
import { RoundLedger } from "./ledger.ts";
import { unpackRecord, WireRecord } from "./round-wire.ts";

/** One resolved round as every client may see it: its speeches, its actions and what the engine made of them. */
export const RoundStory = z.object({
  round: z.number().int().min(1),
  speeches: z.array(Speech),
  actions: z.array(ActionRecord),
  /** What the round added to the fact-check panel (the ledger is rebuilt from the rounds, never synced as state). */
  ledger: RoundLedger,
  record: RoundRecord,
});
export type RoundStory = z.infer<typeof RoundStory>;

/** The election as clients show it: the result, why every bloc voted as it did, and the stored campaign's id (its report page). */
export const ElectionNight = ElectionResult.extend({ campaignId: z.string().min(1), explanation: ElectionExplanation });
export type ElectionNight = z.infer<typeof ElectionNight>;

/**
 * An earlier round as a late joiner is first told it: only what the campaign screen and the election chart read of it
 * (its deeds and the city's own changes for a tile's history, its ledger and verdicts for the fact-check panel, its
 * summary and bars for the story so far, the approvals after it for the chart). Its speeches and the rest of its
 * record come on demand, from the stored campaign (`GET /api/campaigns/:id`, client/net/past-rounds.ts).
 */
export const RoundDigest = RoundStory.pick({ round: true, actions: true, ledger: true }).extend({
  record: RoundRecord.pick({ round: true, barsAfter: true, summary: true, outcomes: true, passiveChanges: true, approvalAfter: true }),
});
export type RoundDigest = z.infer<typeof RoundDigest>;

/**
 * What a spectator, a late joiner or a mayor who reconnects is told of the campaign so far: what the screen shows
 * now. The latest resolved round in full (the reactions it plays, its bar causes), every earlier one as a digest.
 */
export const PublicStory = z.object({
  /** The campaign's id in the stored history, where the earlier rounds can be read in full. */
  campaignId: z.string(),
  /** Every resolved round before the latest, in order. */
  earlier: z.array(RoundDigest),
  /** The latest resolved round, or null before the first one resolves. */
  latest: RoundStory.nullable(),
  /** The current round's speeches once the speech phase is over, before its story is complete. */
  revealed: z.array(Speech),
  result: ElectionNight.nullable(),
});
export type PublicStory = z.infer<typeof PublicStory>;

/** A round's story as it travels: its record in the compact wire form (round-wire.ts), given back in full on parsing. */
const WireRoundStory = RoundStory.extend({ record: WireRecord }).transform((story): RoundStory => ({ ...story, record: unpackRecord(story.record) }));

/** The story of a round that was just resolved: its speeches went out once, at the reveal (`speeches`), so it holds the rest. */
const RoundNews = RoundStory.omit({ speeches: true });
const WireRoundNews = RoundNews.extend({ record: WireRecord }).transform((news): z.infer<typeof RoundNews> => ({ ...news, record: unpackRecord(news.record) }));

/** Every server → client message of a campaign room, keyed by its type: the other half of the wire's contract. */
export const ServerMessages = {
  /** Sent on joining: the seat taken (null for a spectator), the server's clock for countdowns, the reconnection window. */
  welcome: z.object({
    mayor: MayorId.nullable(),
    spectator: z.boolean(),
    serverTime: z.number(),
    reconnectSeconds: z.number().int().min(1),
  }),
  /** The public story so far as the screen shows it, to a late joiner, a spectator or a mayor who reconnects. */
  story: PublicStory.extend({ latest: WireRoundStory.nullable() }),
  /** The round's speeches, to everyone at once, when the speech phase ends. */
  speeches: z.array(Speech),
  /** The mayor's own speech, to that mayor only, as soon as it is accepted. */
  spoke: Speech,
  /** A resolved round, to everyone; each client joins it to the speeches it was given at the reveal. */
  round: z.object({ story: WireRoundNews }),
  /** The election, to everyone. */
  result: ElectionNight,
  /**
   * Something that happened to the room itself, in words a player can read: a mayor's seat given up after the
   * reconnection window, or the campaign picked up again after a server restart.
   */
  notice: z.object({
    kind: z.enum(["seat_lost", "resumed"]),
    /** The mayor it is about, when it is about one. */
    mayor: MayorId.nullable(),
    message: z.string(),
  }),
  /** A refused message, to its sender only. */
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    /** The client message type that was refused, when there was one. */
    refused: z.string().optional(),
  }),
} as const;

export type ServerMessageType = keyof typeof ServerMessages;
export type ServerMessage<T extends ServerMessageType> = z.infer<(typeof ServerMessages)[T]>;
/** What actually travels for a message (the compact forms), before parsing gives back the `ServerMessage`. */
export type ServerPayload<T extends ServerMessageType> = z.input<(typeof ServerMessages)[T]>;
export const SERVER_MESSAGE_TYPES = Object.keys(ServerMessages) as ServerMessageType[];

/** Parses one server message; an unknown type or a payload that breaks the contract is an error, never a cast. */
export function parseServerMessage<T extends ServerMessageType>(type: T, payload: unknown): ServerMessage<T> {
  return ServerMessages[type].parse(payload) as ServerMessage<T>;
}
