import { describe, expect, it } from "vitest";
import { playerLabels } from "./labels.ts";

describe("playerLabels", () => {
  it("shows bare names when they differ, and tags only the namesakes", () => {
    const labels = playerLabels([
      { id: "p3f2a000000000001", name: "Ana" },
      { id: "p9c10000000000002", name: "ana" },
      { id: "p1110000000000003", name: "Bo" },
    ]);
    expect([...labels.values()]).toEqual(["Ana#3f2", "ana#9c1", "Bo"]);
  });

  it("lengthens a tag until namesakes differ", () => {
    const labels = playerLabels([
      { id: "p3f2a000000000001", name: "Ana" },
      { id: "p3f2b000000000002", name: "Ana" },
    ]);
    expect([...labels.values()]).toEqual(["Ana#3f2a", "Ana#3f2b"]);
  });
});
