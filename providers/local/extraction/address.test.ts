import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { inputFor } from "./test-input.ts";

function promises(speech: string) {
  return extractSpeech(inputFor(speech)).promises.map((p) => [p.text, p.kind, p.targetCitizen]);
}

describe("lead-ins, names said to someone, and concessions", () => {
  it("hands the word given in a phrase set off by commas or dashes, after a name, to the clause after it", () => {
    expect(promises("Viktor, here's my promise, we cut the permit fees.")).toEqual([["we cut the permit fees", "explicit", "Viktor"]]);
    expect(promises("Greta — my word on it — the meadow stays a meadow.")).toEqual([["the meadow stays a meadow", "explicit", "Greta"]]);
  });

  it("reads a word given in the middle of a run-on as the tag of the clause before it", () => {
    expect(promises("the ferry runs again by round 4 and that is a promise and then we can argue about the fares")).toEqual([
      ["the ferry runs again by round 4", "explicit", null],
    ]);
  });

  it("hands the word given before a dash or a colon, and the name in it, to the promise after it", () => {
    expect(promises("You have my word, Viktor — the permits come through by round 3.")).toEqual([["the permits come through by round 3", "explicit", "Viktor"]]);
    expect(promises("I give you my word, Rosa: the clinic gets two more nurses.")).toEqual([["the clinic gets two more nurses", "explicit", "Rosa"]]);
  });

  it("reads a word given with a name between commas as explicit and addressed", () => {
    const [p] = promises("You have my word, Greta, your wells stay clean.");
    expect(p?.slice(1)).toEqual(["explicit", "Greta"]);
    expect(p?.[0]).toContain("your wells stay clean");
  });

  it("carries a name said on its own, or between commas, into the sentences after it", () => {
    expect(promises("Greta. Your orchards stay untouched.")).toEqual([["Your orchards stay untouched", "implicit", "Greta"]]);
    expect(promises("Listen, Karl, nobody at your plant loses a shift. You keep your pension too.")).toEqual([
      ["nobody at your plant loses a shift", "implicit", "Karl"],
      ["You keep your pension too", "implicit", "Karl"],
    ]);
  });

  it("keeps a promise whose concession has no comma before 'even if' or 'even though'", () => {
    expect(promises("I will keep the mill running even if Boris sulks.")).toEqual([["I will keep the mill running", "explicit", null]]);
    expect(promises("The orchard stays even though money is tight.")).toEqual([["The orchard stays", "implicit", null]]);
  });

  it("still drops a promise bound by a real condition", () => {
    expect(promises("I will keep the mill running if the budget allows.")).toEqual([]);
  });
});
