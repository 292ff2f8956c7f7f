import { describe, expect, it } from "vitest";
import { colyseusLogger } from "./colyseus-logger.ts";

describe("Colyseus's log", () => {
  it("turns a stack trace into one short line", () => {
    const lines: string[] = [];
    const error = new Error("Unexpected end of MessagePack data");
    colyseusLogger((l) => lines.push(l)).error(error.stack);
    colyseusLogger((l) => lines.push(l)).error(new Error(`x${"y".repeat(500)}`));
    expect(lines[0]).toBe("colyseus error: Error: Unexpected end of MessagePack data");
    expect(lines[1]!.length).toBeLessThan(230);
    expect(lines.join("\n")).not.toMatch(/\n\s+at /);
  });

  it("passes a burst, then a few a minute, and counts what it held back", () => {
    const lines: string[] = [];
    let clock = 0;
    const logger = colyseusLogger((l) => lines.push(l), { burst: 3, perMinute: 6 }, () => clock);
    for (let i = 0; i < 100_000; i++) logger.error(`frame ${i} could not be decoded\n    at decode (file.js:1:1)`);
    expect(lines).toHaveLength(3);
    clock += 10_000;
    logger.warn("a warning");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe("colyseus warn: a warning (99997 more lines held back)");
  });

  it("drops debug and trace lines", () => {
    const lines: string[] = [];
    const logger = colyseusLogger((l) => lines.push(l));
    logger.debug("noise");
    logger.trace("noise");
    expect(lines).toEqual([]);
  });
});
