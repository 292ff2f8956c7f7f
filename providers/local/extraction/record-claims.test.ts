import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { action, inputFor } from "./test-input.ts";

const felled = { actionsThisRound: [action(2, "DEMOLISH", "HEALTHY_FOREST", "WASTELAND")] };
const factoryBefore = { actionsBefore: [action(1, "BUILD_FACTORY", "WASTELAND", "FACTORY")] };

function claims(speech: string, facts: object) {
  return extractSpeech(inputFor(speech, facts)).contradictions.map((c) => [c.speechQuote, c.severity]);
}

describe("a claim about the speaker's own record that the record refutes", () => {
  it("reads a denial whose first person sits in a phrase after the verb ('because of me')", () => {
    expect(claims("Not a single tree came down because of me.", felled)).toEqual([["Not a single tree came down because of me", "high"]]);
  });

  it("reads 'all I did was …' as an exclusive claim", () => {
    expect(claims("All I have done is build solar panels.", factoryBefore)).toEqual([["All I have done is build solar panels", "medium"]]);
  });

  it("reads a report of the deed called false as its denial", () => {
    expect(claims("The story that I put up a factory is pure fiction.", factoryBefore)).toEqual([["The story that I put up a factory is pure fiction", "medium"]]);
  });

  it("leaves a claim the record bears out, and a rival's deed", () => {
    expect(claims("All I have done is build factories.", factoryBefore)).toEqual([]);
    expect(claims("Boris never built a factory.", factoryBefore)).toEqual([]);
  });

  it("reads a denial whose negation comes before the first person, or whose subject is left out", () => {
    const closed = { actionsBefore: [action(1, "REPLACE_WITH_SOLAR", "COAL_PLANT", "SOLAR_FIELD")] };
    expect(claims("Never once in this campaign have I closed a workplace.", closed)).toEqual([["Never once in this campaign have I closed a workplace", "medium"]]);
    expect(claims("Never touched a tree, ask anyone.", felled).map((c) => c[1])).toEqual(["high"]);
    expect(claims("My hands are clean, no chimney I built.", factoryBefore).map((c) => c[1])).toEqual(["medium"]);
    expect(claims("Planted trees, built labs.", felled)).toEqual([]);
  });
});
