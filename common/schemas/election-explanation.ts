import { z } from "zod";
import { ApprovalChange } from "./campaign.ts";
import { MayorId } from "./game.ts";

/** One change of a citizen's approval that weighed on their vote, with the promise or contradiction behind it. */
export const BlocMove = z.object({
  round: z.number().int().min(1),
  mayor: MayorId,
  delta: z.number().int(),
  cause: ApprovalChange.shape.cause,
  promiseId: z.string().nullable(),
  /** The promise's words, for the screen. */
  promiseText: z.string().nullable(),
  /** The contradiction behind it: the one that broke the promise, or the worst the mayor was caught in that round. */
  contradictionId: z.string().nullable(),
  dialogue: z.string().nullable(),
});
export type BlocMove = z.infer<typeof BlocMove>;

/** Why one citizen's bloc voted as it did. */
export const BlocExplanation = z.object({
  citizen: z.string(),
  bloc: z.number().int().min(1),
  /** The citizen's approval of every mayor at the vote, highest first. */
  approvals: z.array(z.object({ mayor: MayorId, approval: z.number().int() })),
  /** Where the bloc's votes went: one mayor, or several it approved of equally. */
  votes: z.array(z.object({ mayor: MayorId, votes: z.number().int().min(1) })),
  split: z.boolean(),
  /** The vote in one sentence, with names. */
  reason: z.string(),
  /** The changes that moved this citizen most between the mayors compared (those voted for and the runner-up), largest first. */
  moves: z.array(BlocMove).max(3),
});
export type BlocExplanation = z.infer<typeof BlocExplanation>;

export const ElectionExplanation = z.object({
  /** The voting rule in words, the same the engine applies. */
  rule: z.string(),
  blocs: z.array(BlocExplanation),
  tieBreak: z.string().nullable(),
});
export type ElectionExplanation = z.infer<typeof ElectionExplanation>;
