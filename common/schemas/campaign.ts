import { z } from "zod";
import {
  ActionRecord,
  ActionType,
  BarName,
  Bars,
  Citizen,
  CityMap,
  Contradiction,
  Coordinate,
  MAX_MAYORS,
  MAX_ROUNDS,
  MIN_MAYORS,
  MIN_ROUNDS,
  Mayor,
  MayorId,
  PromiseRecord,
  SPEECH_MAX_CHARS,
  TileType,
  Tone,
} from "./game.ts";
import { ExtractionOutput } from "./contracts/extraction.ts";
import { CitizensOutput } from "./contracts/citizens.ts";

export const Phase = z.enum(["policy", "speech", "resolving", "reactions", "ended"]);
export type Phase = z.infer<typeof Phase>;

export const CampaignSettings = z
  .object({
    seed: z.number().int().min(0).max(0xffffffff),
    rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS),
    mayors: z.array(Mayor).min(MIN_MAYORS).max(MAX_MAYORS),
  })
  .refine((s) => new Set(s.mayors.map((m) => m.id)).size === s.mayors.length, "mayor ids must be unique");
export type CampaignSettings = z.infer<typeof CampaignSettings>;

/** The inputs that drive a campaign. The history is a list of these; replaying it rebuilds every state. */
export const CampaignEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("act"), mayor: MayorId, x: Coordinate, y: Coordinate, action: ActionType }),
  z.object({ type: z.literal("done"), mayor: MayorId }),
  z.object({ type: z.literal("speak"), mayor: MayorId, text: z.string().min(1).max(SPEECH_MAX_CHARS) }),
  z.object({ type: z.literal("advance") }),
  z.object({ type: z.literal("extracted"), outputs: z.record(MayorId, ExtractionOutput) }),
  z.object({ type: z.literal("reacted"), output: CitizensOutput }),
]);
export type CampaignEvent = z.infer<typeof CampaignEvent>;

export const Speech = z.object({ round: z.number().int().min(1), mayor: MayorId, text: z.string().max(SPEECH_MAX_CHARS) });
export type Speech = z.infer<typeof Speech>;

export const TileChange = z.object({ x: Coordinate, y: Coordinate, from: TileType, to: TileType, cause: z.string() });
export type TileChange = z.infer<typeof TileChange>;

/** One approval change with its cause, in the order it was applied. */
export const ApprovalChange = z.object({
  citizen: z.string(),
  mayor: MayorId,
  delta: z.number().int(),
  cause: z.enum(["reaction", "promise_kept", "promise_broken", "solidarity", "collapse_blame"]),
  dialogue: z.string().nullable(),
  tone: Tone.nullable(),
  promiseId: z.string().nullable(),
});
export type ApprovalChange = z.infer<typeof ApprovalChange>;

const TilePosition = z.object({ x: Coordinate, y: Coordinate });

/** Why a bar moved. Passive kinds come from the end-of-round tick; "bar_limit" is what clamping to 0–100 took or gave back. */
export const BarCauseKind = z.enum([
  "action",
  "pollution",
  "emissions",
  "forest_died",
  "river_healed",
  "forest_regrowth",
  "research_growth",
  "bar_limit",
]);
export type BarCauseKind = z.infer<typeof BarCauseKind>;

/**
 * One cause of a bar's change in a round. `tile` is where it happened (the acted-on, polluted, dying or healing tile,
 * the emitting polluter, the working research centre); `source` is the polluter whose pollution reached `tile`, for
 * "pollution" only. `mayor` is who is answerable: the actor, or the mayor who built the polluter or research centre;
 * null for what no mayor built. `text` is for players and never holds coordinates.
 */
export const BarCause = z.object({
  bar: BarName,
  delta: z.number().int(),
  kind: BarCauseKind,
  tile: TilePosition.nullable(),
  source: TilePosition.nullable(),
  mayor: MayorId.nullable(),
  text: z.string().min(1).max(200),
});
export type BarCause = z.infer<typeof BarCause>;

export const RoundRecord = z.object({
  round: z.number().int().min(1),
  /** The bars when the round's policy phase opened, before any action. */
  barsAtStart: Bars,
  /** The bars when the round was resolved: after the actions, before the city's passive changes. */
  barsBefore: Bars,
  barsAfter: Bars,
  /**
   * Every cause of the round's bar changes, actions first, in the order applied: for each bar the deltas add up to
   * barsAfter − barsAtStart exactly.
   */
  barCauses: z.array(BarCause),
  passiveChanges: z.array(TileChange),
  outcomes: z.array(z.object({ promiseId: z.string(), status: z.enum(["kept", "broken"]), verdict: z.string() })),
  approvalChanges: z.array(ApprovalChange),
  arrived: z.array(z.object({ citizen: z.string(), linkedMayor: MayorId.nullable(), openingLine: z.string(), tone: Tone })),
  departed: z.array(z.string()),
  summary: z.string(),
  /** Approval of every citizen present for every mayor at the end of the round. */
  approvalAfter: z.record(z.string(), z.record(MayorId, z.number().int())),
});
export type RoundRecord = z.infer<typeof RoundRecord>;

export const Vote = z.object({ order: z.number().int().min(1), citizen: z.string(), mayor: MayorId, votes: z.number().int().min(1) });
export type Vote = z.infer<typeof Vote>;

export const Standing = z.object({
  mayor: MayorId,
  rank: z.number().int().min(1),
  votes: z.number().int().min(0),
  approvalSum: z.number().int(),
  kept: z.number().int().min(0),
  broken: z.number().int().min(0),
});
export type Standing = z.infer<typeof Standing>;

export const ElectionResult = z.object({
  ending: z.enum(["completed", "ecological_collapse", "economic_collapse"]),
  votes: z.array(Vote),
  standings: z.array(Standing),
  winner: MayorId,
  /** How a tie was broken, in words, or null when there was none. */
  tieBreak: z.string().nullable(),
});
export type ElectionResult = z.infer<typeof ElectionResult>;

export const Campaign = z.object({
  settings: CampaignSettings,
  rng: z.number().int().min(0).max(0xffffffff),
  round: z.number().int().min(1),
  phase: Phase,
  map: CityMap,
  bars: Bars,
  citizens: z.array(Citizen),
  formerCitizens: z.array(Citizen),
  promises: z.array(PromiseRecord),
  contradictions: z.array(Contradiction),
  actions: z.array(ActionRecord),
  speeches: z.array(Speech),
  /** Mayors who finished the current policy or speech phase. */
  done: z.array(MayorId),
  /** True once this round's extraction outputs were applied (the resolving phase then waits for reactions). */
  extracted: z.boolean(),
  rounds: z.array(RoundRecord),
  counters: z.object({ promise: z.number().int(), contradiction: z.number().int(), citizen: z.number().int() }),
  result: ElectionResult.nullable(),
  history: z.array(CampaignEvent),
});
export type Campaign = z.infer<typeof Campaign>;
