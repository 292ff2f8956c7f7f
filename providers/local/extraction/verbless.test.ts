import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { action, inputFor } from "./test-input.ts";

function promises(speech: string) {
  return extractSpeech(inputFor(speech, { round: 2, finalRound: 6 })).promises.map((p) => [p.text, p.kind, p.deadlineRound, p.commitment ?? null]);
}

describe("promises without a verb", () => {
  it("reads 'no' with a noun of an act as a pledge to rule it out", () => {
    expect(promises("No layoffs.").map((p) => p.slice(0, 2))).toEqual([["No layoffs", "implicit"]]);
    expect(promises("No evictions, no fee increases.").map((p) => p[0])).toEqual(["No evictions", "no fee increases"]);
    expect(extractSpeech(inputFor("No layoffs.")).promises[0]?.domain).toBe("economy");
  });

  it("leaves discourse phrases of the same shape", () => {
    expect(promises("No exceptions. No question about it. No way.")).toEqual([]);
  });

  it("holds 'no layoffs' against a plant the speaker closed this round, low", () => {
    const out = extractSpeech(inputFor("No layoffs.", { actionsThisRound: [action(2, "DEMOLISH", "COAL_PLANT", "WASTELAND")] }));
    expect(out.contradictions.map((c) => [c.speechQuote, c.severity])).toEqual([["No layoffs", "low"]]);
  });

  it("reads each item of a list under a time heading as a promise due then", () => {
    expect(promises("By round four: three labs, a solar field and a new forest.")).toEqual([
      ["three labs", "implicit", 4, { type: "do", actions: ["BUILD_RESEARCH_CENTER"], count: 3 }],
      ["a solar field", "implicit", 4, { type: "do", actions: ["BUILD_SOLAR", "REPLACE_WITH_SOLAR"], count: 1 }],
      ["a new forest", "implicit", 4, { type: "do", actions: ["PLANT_FOREST"], count: 1 }],
    ]);
  });

  it("takes the kind of a list from its heading", () => {
    expect(promises("I pledge two things: a lab next round, and a forest by round 5.").map((p) => p.slice(0, 3))).toEqual([
      ["a lab next round", "explicit", 3],
      ["a forest by round 5", "explicit", 5],
    ]);
  });

  it("does not make a name in a list a promise", () => {
    expect(promises("My plan: Rosa, my administration will open a clinic by round 4.").map((p) => p[0])).toEqual(["my administration will open a clinic by round 4"]);
  });
});

describe("a list after a heading", () => {
  it("makes no promise of the heading and dates every item by its time", () => {
    expect(promises("What you get by round five: a clinic, one lab and a solar field.").map((p) => [p[0], p[2]])).toEqual([
      ["a clinic", 5],
      ["one lab", 5],
      ["a solar field", 5],
    ]);
  });
});
