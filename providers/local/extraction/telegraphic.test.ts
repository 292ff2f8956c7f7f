import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { inputFor } from "./test-input.ts";
import { isVerbless, telegraphicReading } from "./telegraphic.ts";

const promises = (speech: string) =>
  extractSpeech(inputFor(speech, { round: 2, finalRound: 6 })).promises.map((p) => [p.text, p.kind, p.deadlineRound, p.commitment?.type === "do" ? p.commitment.actions[0] : (p.commitment?.type ?? null)]);

describe("telegraphic promises", () => {
  it("reads a noun and a time to come as a thing to make", () => {
    expect(promises("Factory next round.")).toEqual([["Factory next round", "implicit", 3, "BUILD_FACTORY"]]);
    expect(promises("Starting next round.")).toEqual([]);
  });

  it("takes the thing of 'another' from the sentence before", () => {
    expect(promises("Lab built. Another next round.")).toEqual([["Another next round", "implicit", 3, "BUILD_RESEARCH_CENTER"]]);
    expect(telegraphicReading("Another by round 4", "Forest planted", true)).toContain("another Forest");
  });

  it("dates a list said one item per sentence, and a word given alone makes it explicit", () => {
    expect(promises("Two forests. One lab. By round 5. Promise.").map((p) => p.slice(1))).toEqual([
      ["explicit", 5, "BUILD_RESEARCH_CENTER"],
      ["explicit", 5, "PLANT_FOREST"],
    ]);
  });

  it("reads a noun and a state kept, without its copula, as a pledge", () => {
    expect(promises("Greta. Fields safe. My word.")).toEqual([["Fields safe", "explicit", null, "avoid"]]);
    expect(promises("Everyone feels safe.")).toEqual([]);
  });

  it("dates every promise before a plural anaphor", () => {
    expect(promises("Viktor: taxes frozen. Karl: job safe. Both until the vote.").map((p) => p[2])).toEqual([6, 6]);
  });

  it("knows a verbless clause", () => {
    expect(isVerbless("Solar on the wasteland")).toBe(true);
    expect(isVerbless("I built solar")).toBe(false);
  });
});
