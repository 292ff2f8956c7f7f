import { z } from "zod";
import {
  Approval,
  ApprovalDelta,
  Bars,
  CitizenName,
  Domain,
  MayorId,
  MayorName,
  PromiseKind,
  Severity,
  Tone,
} from "../game.ts";
import { ActionFact } from "./extraction.ts";

export const MAX_NEW_CITIZENS_PER_ROUND = 2;

const Round = z.number().int().min(1).max(7);

export const CitizenFacts = z.object({
  name: CitizenName,
  role: z.string().min(1).max(60),
  personality: z.string().min(1).max(400),
  kind: z.enum(["core", "dynamic"]),
  bloc: z.number().int().min(1).max(30),
  /** Approval of each mayor, keyed by mayor id. */
  approval: z.record(MayorId, Approval),
  linkedMayor: MayorId.nullable(),
});
export type CitizenFacts = z.infer<typeof CitizenFacts>;

export const MayorRoundFacts = z.object({
  id: MayorId,
  name: MayorName,
  /** Promises made in this round's speech, with the ids reactions may refer to. */
  promises: z
    .array(
      z.object({
        id: z.string().min(1).max(40),
        text: z.string().min(1).max(500),
        kind: PromiseKind,
        domain: Domain,
        targetCitizen: CitizenName.nullable(),
        deadlineRound: Round.nullable(),
      }),
    )
    .max(12),
  contradictions: z
    .array(z.object({ description: z.string().min(1).max(300), speechQuote: z.string().min(1).max(300), severity: Severity }))
    .max(8),
  actions: z.array(ActionFact).max(2),
  /** Promises (from any round) whose status the engine settled this round. */
  outcomes: z
    .array(
      z.object({
        promiseId: z.string().min(1).max(40),
        text: z.string().min(1).max(500),
        status: z.enum(["kept", "broken"]),
        verdict: z.string().min(1).max(300),
      }),
    )
    .max(84),
});
export type MayorRoundFacts = z.infer<typeof MayorRoundFacts>;

export const CitizensInput = z.object({
  round: Round,
  finalRound: Round,
  bars: Bars,
  citizens: z.array(CitizenFacts).min(1).max(12),
  mayors: z.array(MayorRoundFacts).min(2).max(6),
});
export type CitizensInput = z.infer<typeof CitizensInput>;

export const Reaction = z.object({
  citizen: CitizenName,
  mayor: MayorId,
  dialogue: z.string().min(1).max(400),
  tone: Tone,
  approvalDelta: ApprovalDelta,
  /** The id of the promise this reaction is about, or null. */
  referencesPromise: z.string().min(1).max(40).nullable(),
});
export type Reaction = z.infer<typeof Reaction>;

export const NewCitizen = z.object({
  name: CitizenName,
  role: z.string().min(1).max(60),
  personality: z.string().min(1).max(400),
  initialApproval: Approval,
  openingLine: z.string().min(1).max(400),
  tone: Tone,
  linkedMayor: MayorId.nullable(),
});
export type NewCitizen = z.infer<typeof NewCitizen>;

export const CitizensOutput = z.object({
  reactions: z.array(Reaction).max(72),
  newCitizens: z.array(NewCitizen).max(MAX_NEW_CITIZENS_PER_ROUND),
  summary: z.string().min(1).max(400),
});
export type CitizensOutput = z.infer<typeof CitizensOutput>;
