import { z } from "zod";
import { Domain, MayorId, PromiseKind, Severity } from "./game.ts";

/** A promise as the public fact-check panel shows it when it is made; its verdict comes later, in a round's outcomes. */
export const LedgerPromise = z.object({
  id: z.string(),
  owner: MayorId,
  round: z.number().int().min(1),
  text: z.string(),
  kind: PromiseKind,
  domain: Domain,
  /** The citizen it was made to, or "". */
  target: z.string(),
  /** The deadline round, or 0 for none. */
  deadline: z.number().int().min(0),
  /** Whether it carries a commitment the engine can check against the facts. */
  checkable: z.boolean(),
});
export type LedgerPromise = z.infer<typeof LedgerPromise>;

export const LedgerContradiction = z.object({
  id: z.string(),
  owner: MayorId,
  round: z.number().int().min(1),
  description: z.string(),
  quote: z.string(),
  severity: Severity,
});
export type LedgerContradiction = z.infer<typeof LedgerContradiction>;

/**
 * What one round added to the fact-check panel, told once in that round's story: a client rebuilds the whole ledger
 * by going through the rounds in order, with the verdicts from each round's record (`outcomes`).
 */
export const RoundLedger = z.object({
  /** The promises first made this round. */
  promises: z.array(LedgerPromise),
  /** Earlier promises said again this round (merged into them, judged once). */
  repeated: z.array(z.string()),
  contradictions: z.array(LedgerContradiction),
  /** [promise id, contradiction id] for each promise this round broke by a contradiction of its owner's own deed. */
  brokenBy: z.array(z.tuple([z.string(), z.string()])),
});
export type RoundLedger = z.infer<typeof RoundLedger>;
