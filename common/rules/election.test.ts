import { describe, expect, it } from "vitest";
import type { Citizen, PromiseRecord } from "../schemas/game.ts";
import { holdElection, type ElectionInput } from "./election.ts";

function voter(name: string, bloc: number, approval: Record<string, number>): Citizen {
  return {
    id: name,
    name,
    role: "Voter",
    age: 40,
    personality: "Votes.",
    kind: "core",
    bloc,
    approval,
    linkedMayor: null,
    remainingRounds: null,
    arrivedRound: 0,
  };
}

function settled(owner: string, status: "kept" | "broken", n: number): PromiseRecord[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${owner}-${status}-${i}`,
    owner,
    round: 1,
    text: "A promise.",
    kind: "explicit",
    domain: "social",
    confidence: 1,
    targetCitizen: null,
    deadlineRound: 2,
    status,
    resolvedRound: 2,
    verdict: "Judged.",
  }));
}

function elect(citizens: Citizen[], more: Partial<ElectionInput> = {}) {
  return holdElection({ mayors: ["m1", "m2"], citizens, promises: [], ending: "completed", rng: 7, ...more }).result;
}

/** Two blocs of 5 that cancel out: m1 and m2 get 5 votes and the same bloc-weighted approval. */
const EVEN = [voter("A", 5, { m1: 60, m2: 40 }), voter("B", 5, { m1: 40, m2: 60 })];

describe("election", () => {
  it("gives each citizen's bloc to the mayor they approve of most", () => {
    const result = elect([voter("Karl", 10, { m1: 70, m2: 30 }), voter("Mia", 3, { m1: 20, m2: 80 }), voter("Rosa", 4, { m1: 49, m2: 51 })]);
    expect(result.winner).toBe("m1");
    expect(result.tieBreak).toBeNull();
    expect(result.standings.map((s) => [s.mayor, s.rank, s.votes])).toEqual([
      ["m1", 1, 10],
      ["m2", 2, 7],
    ]);
    expect(result.standings[0]!.approvalSum).toBe(70 * 10 + 20 * 3 + 49 * 4);
    expect(result.ending).toBe("completed");
  });

  it("lists the votes in counting order, numbered 1..n, adding up to the blocs", () => {
    const citizens = [voter("A", 3, { m1: 50, m2: 50, m3: 10 }), voter("B", 7, { m1: 10, m2: 20, m3: 90 }), voter("C", 2, { m1: 90, m2: 0, m3: 0 })];
    const result = elect(citizens, { mayors: ["m1", "m2", "m3"] });
    expect(result.votes.map((v) => v.order)).toEqual(result.votes.map((_, i) => i + 1));
    expect(result.votes.map((v) => v.citizen)).toEqual(["A", "A", "B", "C"]);
    const blocs = citizens.reduce((s, c) => s + c.bloc, 0);
    expect(result.votes.reduce((s, v) => s + v.votes, 0)).toBe(blocs);
    expect(result.standings.reduce((s, v) => s + v.votes, 0)).toBe(blocs);
    expect(result.standings.map((s) => s.rank)).toEqual([1, 2, 3]);
  });

  it("splits a torn bloc evenly, the remainder going by bloc-weighted approval", () => {
    const torn = voter("Torn", 5, { m1: 60, m2: 60 });
    const result = elect([torn, voter("Tips", 1, { m1: 30, m2: 50 })]);
    expect(result.votes).toEqual([
      { order: 1, citizen: "Torn", mayor: "m2", votes: 3 },
      { order: 2, citizen: "Torn", mayor: "m1", votes: 2 },
      { order: 3, citizen: "Tips", mayor: "m2", votes: 1 },
    ]);
    const three = elect([voter("Torn", 4, { m1: 60, m2: 60, m3: 60 }), voter("Tips", 1, { m1: 10, m2: 0, m3: 20 })], { mayors: ["m1", "m2", "m3"] });
    expect(three.votes.filter((v) => v.citizen === "Torn").map((v) => [v.mayor, v.votes])).toEqual([
      ["m3", 2],
      ["m1", 1],
      ["m2", 1],
    ]);
    const single = elect([voter("Torn", 1, { m1: 60, m2: 60 }), voter("Tips", 1, { m1: 70, m2: 0 })]);
    expect(single.votes.filter((v) => v.citizen === "Torn")).toEqual([{ order: 1, citizen: "Torn", mayor: "m1", votes: 1 }]);
  });

  it("breaks equal votes by bloc-weighted approval", () => {
    const result = elect([voter("A", 5, { m1: 80, m2: 10 }), voter("B", 5, { m1: 50, m2: 60 })]);
    expect(result.standings.map((s) => s.votes)).toEqual([5, 5]);
    expect(result.winner).toBe("m1");
    expect(result.tieBreak).toBe("Equal votes: decided by bloc-weighted approval.");
  });

  it("then by fewer broken promises", () => {
    const result = elect(EVEN, { promises: [...settled("m1", "broken", 1), ...settled("m2", "kept", 0)] });
    expect(result.winner).toBe("m2");
    expect(result.standings.map((s) => [s.mayor, s.broken])).toEqual([
      ["m2", 0],
      ["m1", 1],
    ]);
    expect(result.tieBreak).toBe("Equal votes and approval: decided by fewer broken promises.");
  });

  it("then by more kept promises", () => {
    const promises = [...settled("m1", "broken", 1), ...settled("m2", "broken", 1), ...settled("m1", "kept", 1), ...settled("m2", "kept", 2)];
    const result = elect(EVEN, { promises });
    expect(result.winner).toBe("m2");
    expect(result.standings.map((s) => [s.mayor, s.kept, s.broken])).toEqual([
      ["m2", 2, 1],
      ["m1", 1, 1],
    ]);
    expect(result.tieBreak).toBe("Equal votes, approval and broken promises: decided by more kept promises.");
  });

  it("then by the seeded draw: the same seed gives the same winner, and the draw advances the generator", () => {
    const winners = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const a = holdElection({ mayors: ["m1", "m2"], citizens: EVEN, promises: [], ending: "completed", rng: seed });
      const b = holdElection({ mayors: ["m1", "m2"], citizens: EVEN, promises: [], ending: "completed", rng: seed });
      expect(a).toEqual(b);
      expect(a.rng).not.toBe(seed);
      expect(a.result.tieBreak).toBe("A perfect tie: decided by the campaign's seeded draw.");
      winners.add(a.result.winner);
    }
    expect([...winners].sort()).toEqual(["m1", "m2"]);
  });

  it("passes the ending through", () => {
    expect(elect(EVEN, { ending: "economic_collapse" }).ending).toBe("economic_collapse");
  });
});
