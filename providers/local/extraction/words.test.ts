import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { inputFor } from "./test-input.ts";
import { normalised, wordAt, wordsAt } from "./words.ts";

describe("whole-word lookup", () => {
  it("finds a name only as whole words, in any script, and every place it stands", () => {
    expect(wordAt(normalised("Karlsson and Karl"), "karl")).toBe(13);
    expect(wordAt("zoë, zoëlle", "zoë")).toBe(0);
    expect(wordAt("chloézoë", "zoë")).toBe(-1);
    expect([...wordsAt("ana, ana_b, ana.", "ana")]).toEqual([0, 12]);
  });

  it("reads a name with the characters of a pattern as plain text, and with doubled spaces", () => {
    const citizens = [{ name: "Jo (the Baker)", role: "Baker" }, { name: "Dr. Li Wei", role: "Scientist" }];
    const out = extractSpeech(inputFor("Jo (the Baker), your ovens stay lit. And Li  Wei, I will build your lab.", { citizens }));
    expect(out.promises.map((p) => p.targetCitizen)).toEqual(["Jo (the Baker)", "Dr. Li Wei"]);
  });
});
