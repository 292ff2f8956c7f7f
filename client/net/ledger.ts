import type { RoundDigest } from "../../common/schemas/server-messages.ts";
import type { ContradictionView, PromiseView } from "./view-model.ts";

/** The public fact-check panel: every promise with its verdict so far, and every contradiction found. */
export interface LedgerView {
  promises: PromiseView[];
  contradictions: ContradictionView[];
}

/**
 * Rebuilds the fact-check panel from the rounds' stories, in order: each round adds the promises and contradictions it
 * found and the repeats it heard, and its record's outcomes settle promises (a digest holds all of it). A round's story only names promises of
 * that round or earlier ones, so nothing it points at can be missing when every round is there.
 */
export function ledgerOf(rounds: readonly RoundDigest[]): LedgerView {
  const promises = new Map<string, PromiseView>();
  const contradictions: ContradictionView[] = [];
  for (const { round, ledger, record } of [...rounds].sort((a, b) => a.round - b.round)) {
    for (const p of ledger.promises) promises.set(p.id, { ...p, status: "pending", verdict: "", repeated: [], brokenBy: "" });
    for (const id of ledger.repeated) promises.get(id)?.repeated.push(round);
    contradictions.push(...ledger.contradictions);
    for (const o of record.outcomes) {
      const p = promises.get(o.promiseId);
      if (p) Object.assign(p, { status: o.status, verdict: o.verdict });
    }
    for (const [id, contradiction] of ledger.brokenBy) {
      const p = promises.get(id);
      if (p) p.brokenBy = contradiction;
    }
  }
  return { promises: [...promises.values()], contradictions };
}
