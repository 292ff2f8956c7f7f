import { describe, expect, it } from "vitest";
import { extractSpeech } from "./extract-speech.ts";
import { earlier, inputFor } from "./test-input.ts";

const research = { earlierPromises: [earlier("p1", "I will build a research centre by round 3")] };

function reversed(speech: string, facts: object = research) {
  return extractSpeech(inputFor(speech, facts)).contradictions.map((c) => [c.speechQuote, c.contradicts.type === "promise" ? c.contradicts.promiseId : "action"]);
}

describe("a reversal of the speaker's earlier promise", () => {
  it("reads a topic put off or ranked down by its own subject, without a first-person word", () => {
    expect(reversed("Laboratories can wait.")).toEqual([["Laboratories can wait", "p1"]]);
    expect(reversed("Frankly, the science park can wait.")).toEqual([["Frankly, the science park can wait", "p1"]]);
    expect(reversed("Scientific work is not a priority this season.")).toEqual([["Scientific work is not a priority this season", "p1"]]);
    expect(reversed("The lab? It goes on the back burner.")).toEqual([["It goes on the back burner", "p1"]]);
  });

  it("knows a map thing as the topic of the promise that builds it (labs for a research centre)", () => {
    expect(reversed("Forget the labs, this town needs paychecks.")).toEqual([["Forget the labs, this town needs paychecks", "p1"]]);
  });

  it("quotes the clause that commits to the opposite when several turn against one promise", () => {
    const retraining = { earlierPromises: [earlier("p4", "Karl, I will retrain every refinery worker.")] };
    expect(reversed("Retraining courses are a waste of money. I refuse to spend a single cent on them.", retraining)).toEqual([
      ["I refuse to spend a single cent on them", "p4"],
    ]);
  });

  it("takes urgency and praise of the topic as support, not reversal", () => {
    expect(reversed("Science cannot wait any longer.")).toEqual([]);
    expect(reversed("Research will not wait for Boris.")).toEqual([]);
    expect(reversed("Research comes first.")).toEqual([]);
    expect(reversed("Jobs can wait.")).toEqual([]);
  });

  it("does not make a promise of a present-tense ranking", () => {
    expect(extractSpeech(inputFor("Research is not our priority right now.", research)).promises).toEqual([]);
  });

  it("reads a verdict against the promised thing itself, in any words of negative evaluation", () => {
    expect(reversed("Honestly, the labs were a mistake.")).toEqual([["Honestly, the labs were a mistake", "p1"]]);
    expect(reversed("Research is an extravagance this city cannot afford.").map((r) => r[1])).toEqual(["p1"]);
    const capture = { earlierPromises: [earlier("p2", "I will fit carbon capture on every factory")] };
    expect(reversed("Carbon capture is overrated.", capture)).toEqual([["Carbon capture is overrated", "p2"]]);
    expect(reversed("The labs are a great success.")).toEqual([]);
  });
});
