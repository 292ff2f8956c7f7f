import { describe, expect, it } from "vitest";
import { CORE_CAST, SPAWN_RULES } from "../../../common/rules/cast.ts";
import { deriveValues } from "./values.ts";

const core = (name: string) => {
  const c = CORE_CAST.find((x) => x.name === name)!;
  return deriveValues({ role: c.role, personality: c.personality, kind: "core" });
};

describe("deriveValues", () => {
  it("reads each core citizen's voice and main concern from role and personality", () => {
    expect(core("Karl").voice).toBe("worker");
    expect(core("Karl").favoured).toContain("UPGRADE_CARBON_CAPTURE");
    expect(core("Mia").voice).toBe("activist");
    expect(core("Mia").disfavoured).toContain("UPGRADE_CARBON_CAPTURE");
    expect(core("Sarah").voice).toBe("watchdog");
    expect(core("Greta").weights.farmland).toBe(1);
    expect(core("Viktor").voice).toBe("business");
    expect(core("Viktor").reliability).toBeGreaterThanOrEqual(0.6);
    expect(core("Dr. Amara").voice).toBe("scientist");
    expect(core("Rosa").voice).toBe("carer");
  });

  it("gives dynamic citizens the newcomer voice and concerns from their role", () => {
    const oleg = SPAWN_RULES.find((s) => s.name === "Oleg")!;
    const v = deriveValues({ role: oleg.role, personality: oleg.personality, kind: "dynamic" });
    expect(v.voice).toBe("newcomer");
    expect(v.weights.jobs).toBe(1);
    const journalist = deriveValues({ role: "Investigative journalist", personality: "Keeps every quote on file.", kind: "dynamic" });
    expect(journalist.voice).toBe("watchdog");
  });

  it("still works for a citizen it has no words for", () => {
    const v = deriveValues({ role: "Juggler", personality: "Cheerful.", kind: "core" });
    expect(Object.values(v.weights).every((w) => w > 0 && w <= 1)).toBe(true);
    expect(v.voice).toBeDefined();
  });
});
