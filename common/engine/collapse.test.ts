import { describe, expect, it } from "vitest";
import { COLLAPSE_BELOW } from "../rules/constants.ts";
import { collapseWarnings } from "./collapse.ts";

const bars = (ecology: number, economy: number) => ({ ecology, economy, research: 5 });

describe("collapse warnings", () => {
  it("warns about a bar that one more round like the last would take below the line", () => {
    const line = COLLAPSE_BELOW;
    const record = { barsAtStart: bars(line + 10, 60), barsBefore: bars(line + 8, 60), barsAfter: bars(line + 4, 61) };
    expect(collapseWarnings(record)).toEqual([{ bar: "ecology", now: line + 4, projected: line - 2 }]);
  });

  it("stays quiet for a bar that holds above the line, or has already collapsed", () => {
    expect(collapseWarnings({ barsAtStart: bars(40, 60), barsBefore: bars(38, 60), barsAfter: bars(36, 58) })).toEqual([]);
    expect(collapseWarnings({ barsAtStart: bars(25, 60), barsBefore: bars(20, 60), barsAfter: bars(COLLAPSE_BELOW - 1, 60) })).toEqual([]);
  });

  it("sees the city's own drift even when the round's deeds pushed the bar up", () => {
    // Actions raised economy by 10, then the passive tick took 7: the round gained 3, but the drift alone crosses the line.
    const record = { barsAtStart: bars(50, 22), barsBefore: bars(50, 32), barsAfter: bars(50, 25) };
    expect(collapseWarnings(record)).toEqual([{ bar: "economy", now: 25, projected: 18 }]);
  });
});
