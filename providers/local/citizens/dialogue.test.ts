import { describe, expect, it } from "vitest";
import { CORE_CAST } from "../../../common/rules/cast.ts";
import type { Situation } from "./appraise.ts";
import { DIALOGUE_MAX } from "./limits.ts";
import { eligibleIndices, pickIndex, speak } from "./dialogue.ts";
import { ASIDES } from "./lines/aside.ts";
import { BANKS } from "./lines/index.ts";
import { reactCitizens } from "./react-citizens.ts";
import { randomFrom } from "./random.ts";
import { mayor, roundInput } from "./test-fixtures.ts";

const SITUATIONS: Situation[] = ["kept", "broken", "contradiction", "deedFor", "deedAgainst", "promiseFor", "promiseAgainst", "injection", "idle"];

describe("line banks", () => {
  it("have at least two lines per parity for every voice and situation, and no line twice", () => {
    const all: string[] = [];
    for (const bank of Object.values(BANKS)) {
      for (const s of SITUATIONS) {
        expect(bank[s].length).toBeGreaterThanOrEqual(4);
        all.push(...bank[s]);
      }
    }
    for (const asides of Object.values(ASIDES)) {
      expect(asides.length).toBeGreaterThanOrEqual(4);
      all.push(...asides);
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it("stay within the contract's length with the longest slot values", () => {
    const long = "x".repeat(70);
    const slots = { mayor: "M".repeat(24), rival: "R".repeat(24), promise: long, deed: `put a research centre where the sick forest stood`, place: "in the middle of town", quote: long, broken: "twelve broken promises", role: "r".repeat(60), aRole: `a ${"r".repeat(60)}`, linked: "L".repeat(24), thing: `${"M".repeat(24)} broke "${long}"` };
    for (const voice of Object.keys(BANKS)) {
      for (const s of [...SITUATIONS, "aside" as const]) {
        for (let round = 1; round <= 7; round++) {
          const line = speak({ voice: voice as keyof typeof BANKS, situation: s, round, slots, random: randomFrom(voice, s, round), taken: new Set() });
          expect(line.length).toBeGreaterThan(0);
          expect(line.length).toBeLessThanOrEqual(DIALOGUE_MAX);
          expect(line).not.toMatch(/[{}]/);
        }
      }
    }
  });
});

describe("never the same line twice in a row", () => {
  it("consecutive rounds draw from disjoint halves of a bank", () => {
    for (let n = 2; n <= 8; n++) {
      for (let round = 1; round < 7; round++) {
        const now = new Set(eligibleIndices(n, round));
        expect(eligibleIndices(n, round + 1).some((i) => now.has(i))).toBe(false);
      }
    }
  });

  it("a second reaction in the same round picks another line when it can", () => {
    const taken = new Set([0, 2]);
    for (let seed = 0; seed < 50; seed++) expect(pickIndex(6, 2, randomFrom(seed), taken)).toBe(4);
  });

  it("a citizen facing the same situation in consecutive rounds says something different", () => {
    const roundOf = (round: number) =>
      roundInput(
        [
          mayor("oskar", "Oskar", { actions: [{ round, x: 9, y: 0, action: "DEMOLISH", from: "OIL_REFINERY", to: "WASTELAND" }] }),
          mayor("boris", "Boris", { actions: [{ round, x: 1, y: 1, action: "DEMOLISH", from: "HEALTHY_FOREST", to: "WASTELAND" }] }),
        ],
        { round, finalRound: 7 },
      );
    for (let round = 1; round < 7; round++) {
      const now = reactCitizens(roundOf(round)).reactions;
      const next = reactCitizens(roundOf(round + 1)).reactions;
      for (const c of CORE_CAST) {
        const a = now.filter((r) => r.citizen === c.name).map((r) => r.dialogue);
        const b = next.filter((r) => r.citizen === c.name).map((r) => r.dialogue);
        for (const line of b) expect(a).not.toContain(line);
      }
    }
  });
});
