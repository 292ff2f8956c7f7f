import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { presentAsFutureAt } from "./present-future.ts";
import { inputFor } from "./test-input.ts";

const promises = (speech: string) => extractSpeech(inputFor(speech, { round: 2, finalRound: 6 })).promises.map((p) => [p.text, p.kind, p.deadlineRound]);

describe("the first-person present said of the future", () => {
  it("reads a progressive with a time to come as an explicit plan", () => {
    expect(promises("We're building the tram next round.")).toEqual([["We're building the tram next round", "explicit", 3]]);
    expect(promises("Back home, I am opening a clinic by round 4.")[0]?.slice(1)).toEqual(["explicit", 4]);
  });

  it("needs a time to come or a word that looks forward, else it describes the present", () => {
    expect(promises("We're building the tram.")).toEqual([]);
    expect(promises("I'm not spending another cent on trees.")).toEqual([["I'm not spending another cent on trees", "explicit", null]]);
    expect(promises("We're putting the money into the pitch instead.")[0]?.[1]).toBe("explicit");
  });

  it("reads a learner's bare present with a time to come", () => {
    expect(promises("Next round I build the lab on the wasteland.")).toEqual([["Next round I build the lab on the wasteland", "explicit", 3]]);
    expect(presentAsFutureAt("I build labs.", false)).toBe(-1);
  });

  it("leaves progressives of thinking and saying, and the past", () => {
    expect(presentAsFutureAt("I'm talking about next round", true)).toBe(-1);
    expect(presentAsFutureAt("I'm hoping for a lab next round", true)).toBe(-1);
    expect(promises("I was building the lab last round.")).toEqual([]);
  });
});
