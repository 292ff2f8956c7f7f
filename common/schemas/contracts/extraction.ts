import { z } from "zod";
import {
  ActionType,
  Bars,
  CitizenName,
  Commitment,
  ContradictionClaim,
  Coordinate,
  Domain,
  MayorId,
  MayorName,
  PromiseKind,
  PromiseStatus,
  SPEECH_MAX_CHARS,
  TileType,
} from "../game.ts";

export const MAX_PROMISES_PER_SPEECH = 12;
export const MAX_CONTRADICTIONS_PER_SPEECH = 8;

const Round = z.number().int().min(1).max(7);

/** An action as the models see it: where, what, and the tile before and after. */
export const ActionFact = z.object({
  round: Round,
  x: Coordinate,
  y: Coordinate,
  action: ActionType,
  from: TileType,
  to: TileType,
});
export type ActionFact = z.infer<typeof ActionFact>;

export const EarlierPromise = z.object({
  id: z.string().min(1).max(40),
  round: Round,
  text: z.string().min(1).max(500),
  domain: Domain,
  deadlineRound: Round.nullable(),
  status: PromiseStatus,
  commitment: Commitment.optional(),
});
export type EarlierPromise = z.infer<typeof EarlierPromise>;

export const ExtractionInput = z.object({
  round: Round,
  finalRound: Round,
  mayor: z.object({ id: MayorId, name: MayorName }),
  rivals: z.array(z.object({ id: MayorId, name: MayorName })).max(5),
  speech: z.string().max(SPEECH_MAX_CHARS),
  actionsThisRound: z.array(ActionFact).max(2),
  actionsBefore: z.array(ActionFact).max(14),
  earlierPromises: z.array(EarlierPromise).max(84),
  citizens: z.array(z.object({ name: CitizenName, role: z.string().min(1).max(60) })).max(12),
  bars: Bars,
});
export type ExtractionInput = z.infer<typeof ExtractionInput>;

export const ExtractedPromise = z.object({
  text: z.string().min(1).max(500),
  kind: PromiseKind,
  domain: Domain,
  targetCitizen: CitizenName.nullable(),
  deadlineRound: Round.nullable(),
  confidence: z.number().min(0).max(1),
  commitment: Commitment.optional(),
});
export type ExtractedPromise = z.infer<typeof ExtractedPromise>;

export const ExtractedContradiction = ContradictionClaim;
export type ExtractedContradiction = z.infer<typeof ExtractedContradiction>;

export const ExtractionOutput = z.object({
  promises: z.array(ExtractedPromise).max(MAX_PROMISES_PER_SPEECH),
  contradictions: z.array(ExtractedContradiction).max(MAX_CONTRADICTIONS_PER_SPEECH),
});
export type ExtractionOutput = z.infer<typeof ExtractionOutput>;
