import type { CitizensInput, CitizensOutput } from "../../common/schemas/contracts/citizens.ts";
import { APPROVAL_DELTA_LIMIT } from "../../common/schemas/game.ts";
import { f1, ratio } from "./text-overlap.ts";

export interface CitizensCase {
  input: CitizensInput;
  expected: CitizensOutput;
  /** The provider's answer, or null when it failed or broke the schema. */
  predicted: CitizensOutput | null;
}

/** Newcomers match when they are linked to the same mayor (or both to none); names are free to differ. */
function matchedSpawns(expected: CitizensOutput, predicted: CitizensOutput): number {
  const count = (o: CitizensOutput) => {
    const m = new Map<string, number>();
    for (const n of o.newCitizens) m.set(n.linkedMayor ?? "", (m.get(n.linkedMayor ?? "") ?? 0) + 1);
    return m;
  };
  const e = count(expected);
  let matched = 0;
  for (const [key, n] of count(predicted)) matched += Math.min(n, e.get(key) ?? 0);
  return matched;
}

/** The figures of training/README.md, each a fraction 0–1. */
export function citizensMetrics(cases: readonly CitizensCase[]) {
  let compliant = 0;
  let inRange = 0;
  let coverage = 0;
  let referencing = 0;
  let realReferences = 0;
  let pairsShared = 0;
  let toneHits = 0;
  let signHits = 0;
  let spawnsPredicted = 0;
  let spawnsExpected = 0;
  let spawnsMatched = 0;
  for (const { input, expected, predicted } of cases) {
    spawnsExpected += expected.newCitizens.length;
    if (!predicted) continue;
    compliant++;
    if (predicted.reactions.every((r) => Number.isInteger(r.approvalDelta) && Math.abs(r.approvalDelta) <= APPROVAL_DELTA_LIMIT)) inRange++;
    const names = new Set(input.citizens.map((c) => c.name.toLowerCase()));
    const pairs = predicted.reactions.map((r) => `${r.citizen.toLowerCase()}|${r.mayor}`);
    const everyoneOnce =
      input.citizens.every((c) => predicted.reactions.some((r) => r.citizen.toLowerCase() === c.name.toLowerCase())) &&
      new Set(pairs).size === pairs.length &&
      predicted.reactions.every((r) => names.has(r.citizen.toLowerCase()));
    if (everyoneOnce) coverage++;
    const promiseIds = new Set(input.mayors.flatMap((m) => [...m.promises.map((p) => p.id), ...m.outcomes.map((o) => o.promiseId)]));
    for (const r of predicted.reactions) {
      if (r.referencesPromise === null) continue;
      referencing++;
      if (promiseIds.has(r.referencesPromise)) realReferences++;
    }
    const expectedByPair = new Map(expected.reactions.map((r) => [`${r.citizen.toLowerCase()}|${r.mayor}`, r]));
    for (const r of predicted.reactions) {
      const e = expectedByPair.get(`${r.citizen.toLowerCase()}|${r.mayor}`);
      if (!e) continue;
      pairsShared++;
      if (e.tone === r.tone) toneHits++;
      if (Math.sign(e.approvalDelta) === Math.sign(r.approvalDelta)) signHits++;
    }
    spawnsPredicted += predicted.newCitizens.length;
    spawnsMatched += matchedSpawns(expected, predicted);
  }
  const n = cases.length;
  return {
    json_schema_compliance: ratio(compliant, n),
    deltas_in_range: ratio(inRange, n),
    one_reaction_per_citizen: ratio(coverage, n),
    references_real_promise: ratio(realReferences, referencing),
    tone_agreement: ratio(toneHits, pairsShared),
    delta_sign_agreement: ratio(signHits, pairsShared),
    spawn_precision: ratio(spawnsMatched, spawnsPredicted),
    spawn_recall: ratio(spawnsMatched, spawnsExpected),
    spawn_f1: f1(spawnsMatched, spawnsPredicted, spawnsExpected),
  };
}
