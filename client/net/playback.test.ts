import { describe, expect, it } from "vitest";
import type { RoundRecord } from "../../common/schemas/campaign.ts";
import { playbackSteps, stepDurationMs } from "./playback.ts";

const record: RoundRecord = {
  round: 1,
  barsAtStart: { ecology: 45, economy: 65, research: 5 },
  barsBefore: { ecology: 45, economy: 65, research: 5 },
  barsAfter: { ecology: 47, economy: 63, research: 5 },
  barCauses: [],
  passiveChanges: [],
  outcomes: [],
  approvalChanges: [
    { citizen: "Karl", mayor: "m1", delta: -5, cause: "reaction", dialogue: "You closed my plant.", tone: "angry", promiseId: null },
    { citizen: "Mia", mayor: "m1", delta: 8, cause: "reaction", dialogue: "Finally!", tone: "hopeful", promiseId: null },
    { citizen: "Karl", mayor: "m1", delta: 3, cause: "promise_kept", dialogue: null, tone: null, promiseId: "p1" },
  ],
  arrived: [{ citizen: "Ines", linkedMayor: "m2", openingLine: "I install panels now.", tone: "grateful" }],
  departed: [],
  summary: "A mixed day.",
  approvalAfter: { Karl: { m1: 58, m2: 60 }, Mia: { m1: 43, m2: 35 }, Ines: { m1: 50, m2: 70 } },
};

describe("playbackSteps", () => {
  it("starts from the approvals before the round's changes", () => {
    const { start } = playbackSteps(record);
    expect(start.Karl).toEqual({ m1: 60, m2: 60 });
    expect(start.Mia).toEqual({ m1: 35, m2: 35 });
    expect(start.Ines).toEqual({ m1: 50, m2: 70 });
  });

  it("plays newcomers first, then every change in order, ending at the final approvals", () => {
    const { steps } = playbackSteps(record);
    expect(steps.map((s) => [s.kind, s.citizen, s.delta])).toEqual([
      ["arrival", "Ines", 0],
      ["change", "Karl", -5],
      ["change", "Mia", 8],
      ["change", "Karl", 3],
    ]);
    expect(steps[1]!.approvals.Karl!.m1).toBe(55);
    expect(steps[1]!.line).toBe("You closed my plant.");
    expect(steps.at(-1)!.approvals).toEqual(record.approvalAfter);
  });

  it("fits the steps into the reactions phase", () => {
    expect(stepDurationMs(0, 12_000)).toBe(0);
    expect(stepDurationMs(10, 12_000)).toBe(1020);
    expect(stepDurationMs(200, 3000)).toBe(120);
    expect(stepDurationMs(1, 60_000)).toBe(2600);
  });
});
