import { describe, expect, it } from "vitest";
import { deadlineOf } from "./deadline.ts";

describe("deadlineOf (round 2 of 5)", () => {
  it.each([
    ["by round 4", 4],
    ["in round three", 3],
    ["before round 4", 3],
    ["next round", 3],
    ["within two rounds", 4],
    ["immediately", 3],
    ["right away", 3],
    ["at once", 3],
    ["before the vote", 5],
    ["before the election", 5],
    ["by election day", 5],
    ["by the end of the campaign", 5],
    ["soon", null],
    ["one day", null],
  ])("%s → %s", (words, round) => {
    expect(deadlineOf(`I will plant a forest ${words}`, 2, 5)).toBe(round);
  });

  it("clamps to the next round and the final round", () => {
    expect(deadlineOf("by round 1", 2, 5)).toBe(3);
    expect(deadlineOf("by round 7", 2, 5)).toBe(5);
    expect(deadlineOf("within seven rounds", 2, 5)).toBe(5);
    expect(deadlineOf("before round 2", 4, 7)).toBe(5);
  });
});
