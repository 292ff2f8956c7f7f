function tokens(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9']+/g) ?? []);
}

/** Token Jaccard similarity, or 1 when one text contains the other (a trimmed clause still matches). */
export function overlap(a: string, b: string): number {
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().trim();
  if (x === "" || y === "") return 0;
  if (x.includes(y) || y.includes(x)) return 1;
  const ta = tokens(x);
  const tb = tokens(y);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared || 1);
}

export const MATCH_THRESHOLD = 0.5;

/** Greedy one-to-one matching: each expected item takes the best remaining predicted item that `score`s enough. */
export function matchPairs<E, P>(expected: readonly E[], predicted: readonly P[], score: (e: E, p: P) => number): [E, P][] {
  const free = new Set(predicted.map((_, i) => i));
  const pairs: [E, P][] = [];
  for (const e of expected) {
    let best = -1;
    let bestScore = MATCH_THRESHOLD;
    for (const i of free) {
      const s = score(e, predicted[i]!);
      if (s >= bestScore && (best === -1 || s > bestScore)) {
        best = i;
        bestScore = s;
      }
    }
    if (best !== -1) {
      free.delete(best);
      pairs.push([e, predicted[best]!]);
    }
  }
  return pairs;
}

export function f1(matched: number, predicted: number, expected: number): number {
  if (predicted === 0 && expected === 0) return 1;
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = expected === 0 ? 0 : matched / expected;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function ratio(hits: number, total: number): number {
  return total === 0 ? 1 : hits / total;
}
