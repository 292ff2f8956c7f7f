import { hashSeed, nextRandom } from "../../../common/rules/rng.ts";

export interface Random {
  /** An integer in 0..n−1. */
  int(n: number): number;
}

/** A draw stream over the engine's mulberry32, seeded from any list of parts. */
export function randomFrom(...parts: readonly (string | number)[]): Random {
  let state = hashSeed(parts.join("\u241f"));
  return {
    int(n: number): number {
      const r = nextRandom(state);
      state = r.state;
      return Math.floor(r.value * n);
    },
  };
}

/** The seed of a whole round: any change in the facts gives other lines and other newcomers. */
export function inputSeed(input: unknown): number {
  return hashSeed(JSON.stringify(input));
}
