import { describe, expect, it } from "vitest";
import { plainError } from "./errors.ts";

describe("plainError", () => {
  it("explains a wrong join code", () => {
    expect(plainError({ code: 4212, message: 'room "QQQQQ" not found' }, "QQQQQ")).toMatch(/No campaign has the code QQQQQ/);
  });
  it("keeps the server's own sentences", () => {
    expect(plainError({ code: 403, message: "This campaign is full: six mayors already." })).toBe("This campaign is full: six mayors already.");
  });
  it("says when the server is unreachable", () => {
    expect(plainError(new TypeError("Failed to fetch"))).toMatch(/can't be reached/);
  });
  it("says when a seat expired", () => {
    expect(plainError({ code: 4214, message: "seat reservation expired." })).toMatch(/given up/);
  });
});
