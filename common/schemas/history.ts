import { z } from "zod";
import {
  ApprovalChange,
  CampaignEvent,
  CampaignSettings,
  ElectionResult,
  RoundRecord,
  Speech,
  Standing,
  TileChange,
  Vote,
} from "./campaign.ts";
import { ActionRecord, Bars, Citizen, Contradiction, Mayor, MayorId, PromiseRecord } from "./game.ts";

/**
 * The stored history of campaigns as the HTTP API serves it, for the replays, reports and the recent-campaigns list.
 * The server checks every answer against these schemas before sending it and the client parses it with them.
 */
/** "interrupted": the server stopped while it ran and it could not be picked up again (see server/rooms/resume.ts). */
export const CampaignStatus = z.enum(["lobby", "running", "finished", "interrupted"]);
export type CampaignStatus = z.infer<typeof CampaignStatus>;

export const Ending = ElectionResult.shape.ending;
export type Ending = z.infer<typeof Ending>;

export const SeatedMayor = Mayor.extend({
  seat: z.number().int().min(0),
  isBot: z.boolean(),
  /** The bot strategy's name; null for humans. */
  strategy: z.string().nullable(),
});
export type SeatedMayor = z.infer<typeof SeatedMayor>;

export const CampaignSummary = z.object({
  id: z.string(),
  code: z.string(),
  finishedAt: z.string(),
  /** Rounds actually played (a collapse ends a campaign early). */
  rounds: z.number().int().min(0),
  mayors: z.array(Mayor),
  winner: MayorId,
  ending: Ending,
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

export const ModelCall = z.object({
  part: z.enum(["extraction", "citizens"]),
  /** The mayor whose speech was read; null for the citizens' call. */
  mayor: MayorId.nullable(),
  provider: z.string(),
  model: z.string(),
  latencyMs: z.number().min(0),
  promptTokens: z.number().int().min(0),
  completionTokens: z.number().int().min(0),
  fallbackReason: z.string().nullable(),
});
export type ModelCall = z.infer<typeof ModelCall>;

export const StoredCitizen = Citizen.pick({
  id: true,
  name: true,
  role: true,
  age: true,
  personality: true,
  kind: true,
  bloc: true,
  linkedMayor: true,
}).extend({
  arrivedRound: z.number().int().min(0),
  /** Null while the citizen stayed to the end. */
  departedRound: z.number().int().min(0).nullable(),
});
export type StoredCitizen = z.infer<typeof StoredCitizen>;

export const RoundHistory = z.object({
  round: z.number().int().min(1),
  resolvedAt: z.string(),
  barsAtStart: Bars,
  barsBefore: Bars,
  barsAfter: Bars,
  summary: z.string(),
  passiveChanges: z.array(TileChange),
  barCauses: RoundRecord.shape.barCauses,
  approvalAfter: RoundRecord.shape.approvalAfter,
  actions: z.array(ActionRecord),
  speeches: z.array(Speech),
  /** Promises made this round, with their latest status. */
  promises: z.array(PromiseRecord),
  /** Promises (of any round) the engine settled this round. */
  outcomes: RoundRecord.shape.outcomes,
  contradictions: z.array(Contradiction),
  reactions: z.array(ApprovalChange),
  arrived: RoundRecord.shape.arrived,
  departed: z.array(z.string()),
  modelCalls: z.array(ModelCall),
});
export type RoundHistory = z.infer<typeof RoundHistory>;

export const CampaignHistory = z.object({
  id: z.string(),
  code: z.string(),
  status: CampaignStatus,
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  settings: CampaignSettings,
  mayors: z.array(SeatedMayor),
  /** Every accepted event in order: `replay(settings, events)` rebuilds each state. */
  events: z.array(CampaignEvent),
  rounds: z.array(RoundHistory),
  promises: z.array(PromiseRecord),
  citizens: z.array(StoredCitizen),
  votes: z.array(Vote),
  standings: z.array(Standing),
  winner: MayorId.nullable(),
  ending: Ending.nullable(),
  tieBreak: z.string().nullable(),
});
export type CampaignHistory = z.infer<typeof CampaignHistory>;

/** A public campaign that can be watched live (GET /api/live). */
export const LiveCampaign = z.object({
  code: z.string(),
  phase: z.string(),
  round: z.number().int().min(0),
  rounds: z.number().int().min(0),
  spectators: z.number().int().min(0),
  mayors: z.array(z.object({ name: z.string(), color: z.string(), isBot: z.boolean() })),
});
export type LiveCampaign = z.infer<typeof LiveCampaign>;
