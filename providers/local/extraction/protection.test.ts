import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { action, inputFor } from "./test-input.ts";

const felledNow = { actionsThisRound: [action(2, "DEMOLISH", "HEALTHY_FOREST", "WASTELAND")] };
const felledBefore = { actionsBefore: [action(1, "BUILD_RESEARCH_CENTER", "HEALTHY_FOREST", "RESEARCH_CENTER")] };

function clash(speech: string, facts: object) {
  return extractSpeech(inputFor(speech, facts)).contradictions.map((c) => [c.speechQuote, c.contradicts.type, c.severity]);
}

describe("a pledge to protect what the speaker's own action harmed", () => {
  it("holds a pledge for land no map word names against a forest felled this round, high", () => {
    expect(clash("I will preserve every hectare of green land.", felledNow)).toEqual([["I will preserve every hectare of green land", "action", "high"]]);
    expect(clash("Not one acre of wild country will be lost on my watch.", felledNow)).toEqual([
      ["Not one acre of wild country will be lost on my watch", "action", "high"],
    ]);
  });

  it("holds it against a forest felled in an earlier round, medium", () => {
    expect(clash("Our green spaces will be defended.", felledBefore)).toEqual([["Our green spaces will be defended", "action", "medium"]]);
  });

  it("rates a pledge for the air or the river after a polluting action as low", () => {
    const factory = { actionsThisRound: [action(2, "BUILD_FACTORY", "WASTELAND", "FACTORY")] };
    expect(clash("Rosa, the air your patients breathe is safe with me.", factory)).toEqual([["the air your patients breathe is safe with me", "action", "low"]]);
    expect(clash("I will protect the streams.", factory)).toEqual([["I will protect the streams", "action", "low"]]);
  });

  it("leaves pledges that the actions do not touch, and pledges to add more", () => {
    expect(clash("I will protect the river.", felledNow)).toEqual([]);
    expect(clash("I will plant more green land than anyone.", felledNow)).toEqual([]);
    expect(clash("I will preserve every hectare of green land.", { actionsThisRound: [action(2, "PLANT_FOREST", "WASTELAND", "HEALTHY_FOREST")] })).toEqual([]);
  });
});
