import { describe, expect, it } from "vitest";
import { ratingEligibility, type RatedSeat } from "./eligibility.ts";

const human = (n: number): RatedSeat => ({ mayor: `m${n}`, player: `p${String(n).padStart(16, "0")}`, bot: false });

describe("ratingEligibility", () => {
  it("rates a campaign of human identities the host made rated", () => {
    expect(ratingEligibility([human(1), human(2), human(3)], true)).toEqual({ rated: true });
  });

  it("never rates a campaign with a bot seat", () => {
    expect(ratingEligibility([human(1), human(2), { mayor: "b", player: null, bot: true }], true)).toEqual({ rated: false, reason: "bot_seat" });
  });

  it("says why the others are not rated", () => {
    expect(ratingEligibility([human(1), human(2)], false)).toEqual({ rated: false, reason: "host_unrated" });
    expect(ratingEligibility([human(1), { mayor: "x", player: null, bot: false }], true)).toEqual({ rated: false, reason: "anonymous_seat" });
    expect(ratingEligibility([human(1), { ...human(1), mayor: "m9" }], true)).toEqual({ rated: false, reason: "duplicate_player" });
    expect(ratingEligibility([human(1)], true)).toEqual({ rated: false, reason: "too_few_players" });
  });
});
