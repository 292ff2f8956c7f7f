import { describe, expect, it } from "vitest";
import { playRandomCampaign } from "../../tests/fixtures/random-play.ts";
import { packRecord, unpackRecord, WireRecord } from "./round-wire.ts";

describe("the compact wire form of a round's record", () => {
  const { campaign } = playRandomCampaign(11, 6, 7);

  it("gives back every round's record exactly, in the order of its changes", () => {
    expect(campaign.rounds.length).toBe(7);
    for (const record of campaign.rounds) {
      const wire = WireRecord.parse(JSON.parse(JSON.stringify(packRecord(record))));
      expect(unpackRecord(wire)).toEqual(record);
    }
  });

  it("is smaller than the record once citizens react", () => {
    const size = (v: unknown) => JSON.stringify(v).length;
    const full = campaign.rounds.reduce((n, r) => n + size(r), 0);
    const packed = campaign.rounds.reduce((n, r) => n + size(packRecord(r)), 0);
    expect(campaign.rounds.some((r) => r.approvalChanges.length > 10)).toBe(true);
    expect(packed).toBeLessThan(full * 0.7);
  });

  it("refuses a change that names a citizen beyond the round's list", () => {
    const record = campaign.rounds.find((r) => r.approvalChanges.length > 0)!;
    const wire = packRecord(record);
    wire.changes[0]!.deltas[0] = wire.citizens.length;
    expect(() => unpackRecord(wire)).toThrow(/beyond the round's/);
  });
});
