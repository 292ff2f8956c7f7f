import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { inputFor } from "./test-input.ts";

const texts = (speech: string, rivals = ["Boris"]) =>
  extractSpeech(inputFor(speech, { rivals: rivals.map((name, i) => ({ id: `r${i}`, name })) })).promises.map((p) => p.text);

describe("words reported from someone else", () => {
  it.each([
    ["a verb of saying after a few words", "Boris goes around vowing that the coal plant will never close."],
    ["a progressive of saying", "Boris has been assuring the nurses their ward stays open."],
    ["a possessive subject", "Boris's people keep repeating that no tree will be cut."],
    ["a possessive heading", "Boris's motto fits on a mug: no new factories."],
    ["a listener told to ask", "Ask Boris and the refinery stays open forever."],
    ["a citizen's words", "Dr. Amara keeps telling me the lab will be ready by round 4."],
    ["an opponent in the present perfect", "My opponent has been promising that taxes will never rise."],
  ])("%s", (_, speech) => {
    expect(texts(speech)).toEqual([]);
  });

  it("still reads the speaker's own denial after a rival's claim about them", () => {
    expect(texts("Boris keeps saying I will shut the mill. I will not shut the mill.")).toEqual(["I will not shut the mill"]);
  });

  it("never takes the speaker's own team or a pronoun for a reported subject", () => {
    expect(texts("Tonight we promise a new footbridge.")).toHaveLength(1);
    expect(texts("Boris and I will both fund the clinic.")).toHaveLength(1);
  });
});
