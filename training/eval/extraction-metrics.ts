import { isDeepStrictEqual } from "node:util";
import type { ExtractedContradiction, ExtractionOutput } from "../../common/schemas/contracts/extraction.ts";
import { f1, matchPairs, overlap, ratio } from "./text-overlap.ts";

/** One example's expected output and the provider's answer (null when it failed or broke the schema). */
export interface ExtractionCase {
  expected: ExtractionOutput;
  predicted: ExtractionOutput | null;
}

const EMPTY: ExtractionOutput = { promises: [], contradictions: [] };

function sameTarget(a: ExtractedContradiction["contradicts"], b: ExtractedContradiction["contradicts"]): boolean {
  return isDeepStrictEqual(a, b);
}

/** The figures of training/README.md, each a fraction 0–1. */
export function extractionMetrics(cases: readonly ExtractionCase[]) {
  let countHits = 0;
  let detectionHits = 0;
  let kindHits = 0;
  let compliant = 0;
  let promisesPredicted = 0;
  let promisesExpected = 0;
  let promisesMatched = 0;
  let domainHits = 0;
  let targetHits = 0;
  let deadlineHits = 0;
  let commitmentHits = 0;
  let contraPredicted = 0;
  let contraExpected = 0;
  let contraMatched = 0;
  for (const { expected, predicted } of cases) {
    if (predicted) compliant++;
    const got = predicted ?? EMPTY;
    if (got.promises.length === expected.promises.length) countHits++;
    if (got.contradictions.length > 0 === expected.contradictions.length > 0) detectionHits++;
    const kinds = (o: ExtractionOutput) => [...new Set(o.promises.map((p) => p.kind))].sort().join(",");
    if (kinds(got) === kinds(expected)) kindHits++;

    const pairs = matchPairs(expected.promises, got.promises, (e, p) => overlap(e.text, p.text));
    promisesExpected += expected.promises.length;
    promisesPredicted += got.promises.length;
    promisesMatched += pairs.length;
    for (const [e, p] of pairs) {
      if (e.domain === p.domain) domainHits++;
      if ((e.targetCitizen ?? "").toLowerCase() === (p.targetCitizen ?? "").toLowerCase()) targetHits++;
      if (e.deadlineRound === p.deadlineRound) deadlineHits++;
      if (isDeepStrictEqual(e.commitment ?? null, p.commitment ?? null)) commitmentHits++;
    }

    const contraPairs = matchPairs(expected.contradictions, got.contradictions, (e, p) =>
      sameTarget(e.contradicts, p.contradicts) ? overlap(e.speechQuote, p.speechQuote) : 0,
    );
    contraExpected += expected.contradictions.length;
    contraPredicted += got.contradictions.length;
    contraMatched += contraPairs.length;
  }
  const n = cases.length;
  return {
    promise_count_accuracy: ratio(countHits, n),
    contradiction_detection: ratio(detectionHits, n),
    promise_type_precision: ratio(kindHits, n),
    json_schema_compliance: ratio(compliant, n),
    promise_match_f1: f1(promisesMatched, promisesPredicted, promisesExpected),
    domain_accuracy: ratio(domainHits, promisesMatched),
    target_accuracy: ratio(targetHits, promisesMatched),
    deadline_accuracy: ratio(deadlineHits, promisesMatched),
    commitment_accuracy: ratio(commitmentHits, promisesMatched),
    contradiction_match_f1: f1(contraMatched, contraPredicted, contraExpected),
  };
}
