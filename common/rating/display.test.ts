import { describe, expect, it } from "vitest";
import { PROVISIONAL_GAMES, showRating } from "./display.ts";
import { INITIAL_SKILL } from "./update.ts";

describe("showRating", () => {
  it("shows openskill's documented ordinal (mu 43.07, sigma 2.42 gives 35.81)", () => {
    expect(showRating({ mu: 43.07, sigma: 2.42 }, 40).ordinal).toBeCloseTo(35.81, 10);
  });

  it("starts a new identity at ordinal 0 with the prior's uncertainty", () => {
    expect(showRating(INITIAL_SKILL, 0)).toEqual({ ordinal: 0, uncertainty: 25 / 3, games: 0, provisional: true });
  });

  it("is provisional until the documented number of games", () => {
    expect(showRating(INITIAL_SKILL, PROVISIONAL_GAMES - 1).provisional).toBe(true);
    expect(showRating(INITIAL_SKILL, PROVISIONAL_GAMES).provisional).toBe(false);
  });
});
