import { describe, expect, it } from "vitest";
import { deadlineOf } from "./deadline.ts";
import { extractSpeech } from "./extract-speech.ts";
import { inputFor } from "./test-input.ts";

describe("deadlineOf (round 2 of 5)", () => {
  it.each([
    ["by round 4", 4],
    ["in round three", 3],
    ["before round 4", 3],
    ["next round", 3],
    ["within two rounds", 4],
    ["immediately", 3],
    ["right away", 3],
    ["at once", 3],
    ["before the vote", 5],
    ["before the election", 5],
    ["by election day", 5],
    ["by the end of the campaign", 5],
    ["soon", null],
    ["one day", null],
  ])("%s → %s", (words, round) => {
    expect(deadlineOf(`I will plant a forest ${words}`, 2, 5)).toBe(round);
  });

  it("clamps to the next round and the final round", () => {
    expect(deadlineOf("by round 1", 2, 5)).toBe(3);
    expect(deadlineOf("by round 7", 2, 5)).toBe(5);
    expect(deadlineOf("within seven rounds", 2, 5)).toBe(5);
    expect(deadlineOf("before round 2", 4, 7)).toBe(5);
  });
});

describe("a deadline said in a sentence of its own", () => {
  const promises = (speech: string) => extractSpeech(inputFor(speech)).promises.map((p) => [p.text, p.deadlineRound]);

  it("dates the promise before it and adds none of its own", () => {
    expect(promises("I will fit scrubbers on the east factory. By round four, at the latest.")).toEqual([["I will fit scrubbers on the east factory", 4]]);
    expect(promises("We'll open the night clinic. It is done before the vote.")).toEqual([["We'll open the night clinic", 5]]);
    expect(promises("Karl, the plant gets its new boilers. Hold me to it next round.")).toEqual([["the plant gets its new boilers", 3]]);
  });

  it("keeps a dated sentence with its own subject, topic or addition as a promise of its own", () => {
    expect(promises("I will build a lab. The tram runs by round 4.")).toEqual([["I will build a lab", null], ["The tram runs by round 4", 4]]);
    expect(promises("I will build a lab. And another one by round 4.")).toHaveLength(2);
  });

  it("reads a thing named without a verb and then dated as one promise", () => {
    expect(promises("Two labs on the east wasteland. Next round.")).toEqual([["Two labs on the east wasteland. Next round", 3]]);
  });
});
