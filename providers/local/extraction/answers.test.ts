import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { action, inputFor } from "./test-input.ts";

function promises(speech: string, facts: object = {}) {
  return extractSpeech(inputFor(speech, facts)).promises.map((p) => [p.text, p.kind, p.commitment ?? null]);
}

describe("bare answers and fragments", () => {
  it("reads a yes to a question put to the speaker as the promise the question names", () => {
    expect(promises("Greta wants to know: will you shut the coal plant? Yes.")).toEqual([
      ["Greta wants to know: will you shut the coal plant? Yes", "explicit", { type: "do", actions: ["DEMOLISH", "REPLACE_WITH_SOLAR"], on: ["COAL_PLANT"], count: 1 }],
    ]);
    expect(promises("Is the old forest going to stay? Of course.").map((p) => p.slice(0, 2))).toEqual([["Is the old forest going to stay? Of course", "implicit"]]);
  });

  it("reads a no as the promise not to, and holds it against the record", () => {
    const out = extractSpeech(inputFor("Will I build more factories? No, I won't.", { actionsThisRound: [action(2, "BUILD_FACTORY", "WASTELAND", "FACTORY")] }));
    expect(out.promises.map((p) => [p.text, p.commitment])).toEqual([["Will I build more factories? No", { type: "avoid", actions: ["BUILD_FACTORY"] }]]);
    expect(out.contradictions).toHaveLength(1);
  });

  it("leaves answers to questions that name nothing of the city, and questions not about what will be", () => {
    expect(promises("Will I stand by my people? Yes.")).toEqual([]);
    expect(promises("Did I build a lab? Yes.")).toEqual([]);
  });

  it("reads short answers that echo the question's auxiliary, and answers to reported questions", () => {
    expect(promises("Will you reopen the swimming pool? We will.").map((p) => p.slice(0, 2))).toEqual([["Will you reopen the swimming pool? We will", "explicit"]]);
    expect(promises("Will the refinery shut before the vote? Yes, it will.").map((p) => p.slice(0, 2))).toEqual([["Will the refinery shut before the vote? Yes, it will", "implicit"]]);
    expect(promises("Sarah wants to know whether I will publish the accounts. I will.").map((p) => p.slice(0, 2))).toEqual([
      ["Sarah wants to know whether I will publish the accounts. I will", "explicit"],
    ]);
    expect(promises("Rosa asked if the clinic stays open. It does.").map((p) => p.slice(0, 2))).toEqual([["Rosa asked if the clinic stays open. It does", "implicit"]]);
  });

  it("reads a question without its question mark, a negative answer of office and a time given with the yes", () => {
    expect(promises("will you pave the meadow, Greta asks. Not as long as I hold this office.").map((p) => p[0])).toEqual([
      "will you pave the meadow, Greta asks. Not as long as I hold this office",
    ]);
    const [dated] = extractSpeech(inputFor("Are you going to build a ferry? Yes, by round 4.")).promises;
    expect([dated?.text, dated?.deadlineRound]).toEqual(["Are you going to build a ferry? Yes, by round 4", 4]);
  });

  it("takes no answer about a named rival, or to a question that names nothing done to anything", () => {
    expect(promises("Will Boris ever fund the clinic? No.")).toEqual([]);
    expect(promises("Will I keep fighting for you? Yes.")).toEqual([]);
  });

  it("makes no promise of a bare marker alone, and reads one after a claim from that claim", () => {
    expect(promises("I never will.")).toEqual([]);
    expect(promises("Boris asked if I would ever clear a field. I won't.")).toEqual([]);
    expect(promises("I have never cleared a field and I never will.")).toEqual([["I never will", "explicit", { type: "avoid", actions: ["CLEAR_FARMLAND"] }]]);
  });

  it("reads a reported question with its 'will' shifted back to 'would'", () => {
    const out = extractSpeech(inputFor("Greta inquired whether her fields would be sold for housing. They will not.")).promises;
    expect(out.map((p) => [p.text, p.commitment?.type])).toEqual([["Greta inquired whether her fields would be sold for housing. They will not", "avoid"]]);
  });
});
