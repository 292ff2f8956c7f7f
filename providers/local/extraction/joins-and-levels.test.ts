import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { inputFor } from "./test-input.ts";

function promises(speech: string) {
  return extractSpeech(inputFor(speech, { round: 1, finalRound: 6 })).promises.map((p) => [p.text, p.kind, p.deadlineRound, p.commitment ?? null]);
}

describe("two promises joined by ', and', and bar levels", () => {
  it("splits a dated clause with its own subject after ', and' from the promise before it", () => {
    expect(promises("I will fit scrubbers on the mill, and the coal plant shuts by round 5.").map((p) => p.slice(0, 3))).toEqual([
      ["I will fit scrubbers on the mill", "explicit", null],
      ["the coal plant shuts by round 5", "implicit", 5],
    ]);
  });

  it("keeps a verb phrase that shares the subject in its own explicit promise", () => {
    expect(promises("I will plant a copse, and build two labs by round 4.").map((p) => p.slice(0, 2))).toEqual([
      ["I will plant a copse", "explicit"],
      ["build two labs by round 4", "explicit"],
    ]);
  });

  it("gives every bar brought to a level the same checkable reach commitment", () => {
    const reach = (bar: string, value: number) => ({ type: "reach", bar, comparison: "atLeast", value });
    expect(promises("Research will reach 25 by round 3.").map((p) => p[3])).toEqual([reach("research", 25)]);
    expect(promises("Ecology back up to 50 before the vote.").map((p) => p[3])).toEqual([reach("ecology", 50)]);
    expect(promises("Ecology above 40 by round 3.").map((p) => p[3])).toEqual([reach("ecology", 40)]);
    expect(promises("The economy will stand at 60 next round.").map((p) => p[3])).toEqual([reach("economy", 60)]);
  });

  it("reads no level from a past result", () => {
    expect(promises("Research reached 20 last round.")).toEqual([]);
  });
});
