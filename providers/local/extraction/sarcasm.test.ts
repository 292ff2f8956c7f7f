import { describe, expect, it } from "vitest";
import { isSarcastic } from "./sarcasm.ts";

describe("sarcasm marked as such", () => {
  it("takes back a sentence followed by a bare 'not', with or without an adverb", () => {
    expect(isSarcastic("I'll close your factory tomorrow, just for fun.", "Obviously not.")).toBe(true);
    expect(isSarcastic("I'll plant a million trees.", "Not happening.")).toBe(true);
    expect(isSarcastic("I'll plant a forest next round.", "Not on the farmland, though.")).toBe(false);
  });
});
