import type { PromiseRecord } from "../schemas/game.ts";

/**
 * How a promise is tied to the rest of the fact-check panel, fields that change after it was made: the later rounds in
 * which its owner said it again (merged into it, judged once) and the contradiction that broke it, if one did.
 */
export function ledgerLinks(p: PromiseRecord): { repeated: number[]; brokenBy: string } {
  return { repeated: [...(p.repeatedRounds ?? [])], brokenBy: p.status === "broken" ? (p.contradictionId ?? "") : "" };
}
