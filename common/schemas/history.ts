import type {
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
import type { ActionRecord, Bars, Citizen, Contradiction, Mayor, MayorId, PromiseRecord } from "./game.ts";

/** The stored history of campaigns as the HTTP API serves it, for the replays and the recent-campaigns list. */
export type CampaignStatus = "lobby" | "running" | "finished";
export type Ending = ElectionResult["ending"];

export interface SeatedMayor extends Mayor {
  seat: number;
  isBot: boolean;
  /** The bot strategy's name; null for humans. */
  strategy: string | null;
}

export interface CampaignSummary {
  id: string;
  code: string;
  finishedAt: string;
  /** Rounds actually played (a collapse ends a campaign early). */
  rounds: number;
  mayors: Mayor[];
  winner: MayorId;
  ending: Ending;
}

export interface ModelCall {
  part: "extraction" | "citizens";
  /** The mayor whose speech was read; null for the citizens' call. */
  mayor: MayorId | null;
  provider: string;
  model: string;
  latencyMs: number;
  promptTokens: number;
  completionTokens: number;
  fallbackReason: string | null;
}

export interface StoredCitizen extends Pick<Citizen, "id" | "name" | "role" | "age" | "personality" | "kind" | "bloc" | "linkedMayor"> {
  arrivedRound: number;
  /** Null while the citizen stayed to the end. */
  departedRound: number | null;
}

export interface RoundHistory {
  round: number;
  resolvedAt: string;
  barsAtStart: Bars;
  barsBefore: Bars;
  barsAfter: Bars;
  summary: string;
  passiveChanges: TileChange[];
  barCauses: RoundRecord["barCauses"];
  approvalAfter: RoundRecord["approvalAfter"];
  actions: ActionRecord[];
  speeches: Speech[];
  /** Promises made this round, with their latest status. */
  promises: PromiseRecord[];
  /** Promises (of any round) the engine settled this round. */
  outcomes: RoundRecord["outcomes"];
  contradictions: Contradiction[];
  reactions: ApprovalChange[];
  arrived: RoundRecord["arrived"];
  departed: string[];
  modelCalls: ModelCall[];
}

export interface CampaignHistory {
  id: string;
  code: string;
  status: CampaignStatus;
  createdAt: string;
  finishedAt: string | null;
  settings: CampaignSettings;
  mayors: SeatedMayor[];
  /** Every accepted event in order: `replay(settings, events)` rebuilds each state. */
  events: CampaignEvent[];
  rounds: RoundHistory[];
  promises: PromiseRecord[];
  citizens: StoredCitizen[];
  votes: Vote[];
  standings: Standing[];
  winner: MayorId | null;
  ending: Ending | null;
  tieBreak: string | null;
}
