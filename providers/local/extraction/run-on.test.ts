import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { inputFor } from "./test-input.ts";

describe("a pledge buried in a long run-on", () => {
  it("finds the one pledge and not the reported question around it", () => {
    const speech =
      "ok so everybody on the east side keeps asking me what I am going to do about it and the truth is I spent all week on " +
      "those streets with the nurses and the shopkeepers and they are fed up with talk and I understand that but I will open " +
      "a night clinic by round 4 and after that we can argue about the rest because the rest is noise";
    const out = extractSpeech(inputFor(speech));
    expect(out.promises.map((p) => [p.text, p.kind, p.deadlineRound])).toEqual([["I will open a night clinic by round 4", "explicit", 4]]);
  });

  it("still reads a pseudo-cleft ('What I will do is …') as a promise", () => {
    expect(extractSpeech(inputFor("What I will do for you is plant a forest.")).promises).toHaveLength(1);
  });

  it("reads a clause of result after ', so' or 'and so' as a main clause, and 'so that' as a purpose", () => {
    const texts = (speech: string) => extractSpeech(inputFor(speech)).promises.map((p) => p.text);
    expect(texts("I have lain awake over the charts, and so the coal plant will be replaced with solar next round.")).toEqual([
      "the coal plant will be replaced with solar next round",
    ]);
    expect(texts("The panels were a mistake, so there will be no more of them while I am mayor.")).toEqual(["there will be no more of them while I am mayor"]);
    expect(texts("I will plant trees by the farms so that the dust stays off the crops.")).toEqual(["I will plant trees by the farms"]);
  });
});
