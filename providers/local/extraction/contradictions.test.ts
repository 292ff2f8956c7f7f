import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { action, earlier, inputFor } from "./test-input.ts";

describe("contradictions with the mayor's own actions", () => {
  it("flags a promise to keep the forest after demolishing it this round, high", () => {
    const out = extractSpeech(inputFor("The forest stays.", { actionsThisRound: [action(2, "DEMOLISH", "HEALTHY_FOREST", "WASTELAND")] }));
    expect(out.promises).toHaveLength(1);
    expect(out.contradictions).toEqual([
      expect.objectContaining({ speechQuote: "The forest stays", severity: "high", contradicts: { type: "action", round: 2, action: "DEMOLISH", x: 2, y: 1 } }),
    ]);
  });

  it("flags a denial of an earlier action, medium", () => {
    const out = extractSpeech(inputFor("I have never built a factory.", { actionsBefore: [action(1, "BUILD_FACTORY", "WASTELAND", "FACTORY")] }));
    expect(out.promises).toEqual([]);
    expect(out.contradictions.map((c) => [c.speechQuote, c.severity])).toEqual([["I have never built a factory", "medium"]]);
  });

  it("flags 'I'd never touch a forest' after a forest was demolished", () => {
    const out = extractSpeech(inputFor("I'd never touch a forest.", { actionsThisRound: [action(2, "DEMOLISH", "HEALTHY_FOREST", "WASTELAND")] }));
    expect(out.contradictions).toHaveLength(1);
  });

  it("picks the most recent of several matching actions", () => {
    const out = extractSpeech(
      inputFor("I have never built a factory.", { round: 3, actionsBefore: [action(1, "BUILD_FACTORY", "WASTELAND", "FACTORY"), action(2, "BUILD_FACTORY", "WASTELAND", "FACTORY")] }),
    );
    expect(out.contradictions[0]?.contradicts).toMatchObject({ round: 2 });
  });

  it("rates praise of the forest after clearing a sick forest as low", () => {
    const out = extractSpeech(inputFor("I love our forests.", { actionsThisRound: [action(2, "DEMOLISH", "SICK_FOREST", "WASTELAND")] }));
    expect(out.contradictions.map((c) => c.severity)).toEqual(["low"]);
  });

  it("does not hold the mayor to a rival's words or to what is left", () => {
    const rival = extractSpeech(inputFor("Boris says the forest stays.", { actionsThisRound: [action(2, "DEMOLISH", "HEALTHY_FOREST", "WASTELAND")] }));
    expect(rival.contradictions).toEqual([]);
    const rest = extractSpeech(inputFor("The other factories stay open.", { actionsBefore: [action(1, "DEMOLISH", "FACTORY", "WASTELAND")] }));
    expect(rest.contradictions).toEqual([]);
  });

  it("finds nothing when the actions agree", () => {
    const out = extractSpeech(inputFor("The forest stays.", { actionsThisRound: [action(2, "PLANT_FOREST", "WASTELAND", "HEALTHY_FOREST")] }));
    expect(out.contradictions).toEqual([]);
  });
});

describe("contradictions with earlier promises", () => {
  it("flags a do-promise against an explicit earlier avoid-promise, high", () => {
    const out = extractSpeech(inputFor("I will build two factories.", { earlierPromises: [earlier("p1", "I will never build a factory")] }));
    expect(out.contradictions).toEqual([expect.objectContaining({ contradicts: { type: "promise", promiseId: "p1" }, severity: "high" })]);
  });

  it("flags an avoid-promise against an implicit earlier do-promise, medium", () => {
    const out = extractSpeech(inputFor("The refinery stays open.", { earlierPromises: [earlier("p2", "The refinery closes by round 3.")] }));
    expect(out.contradictions.map((c) => [c.contradicts, c.severity])).toEqual([[{ type: "promise", promiseId: "p2" }, "medium"]]);
  });

  it("uses the earlier promise's commitment when it has one", () => {
    const p = { ...earlier("p3", "Fields first."), commitment: { type: "avoid" as const, actions: ["CLEAR_FARMLAND" as const] } };
    const out = extractSpeech(inputFor("I'll clear the field at (4,6) next round.", { earlierPromises: [p] }));
    expect(out.contradictions[0]?.contradicts).toEqual({ type: "promise", promiseId: "p3" });
  });

  it("ignores broken earlier promises", () => {
    const out = extractSpeech(inputFor("I will build a factory.", { earlierPromises: [earlier("p1", "No new factories.", "broken")] }));
    expect(out.contradictions).toEqual([]);
  });

  it("resolves 'one' from the sentence before", () => {
    const out = extractSpeech(
      inputFor("Research centres are a luxury. I won't build one.", { earlierPromises: [earlier("p4", "I promise to build a research centre by round 3")] }),
    );
    expect(out.contradictions[0]?.contradicts).toEqual({ type: "promise", promiseId: "p4" });
  });
});
