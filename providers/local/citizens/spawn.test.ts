import { describe, expect, it } from "vitest";
import type { CitizensInput } from "../../../common/schemas/contracts/citizens.ts";
import { CORE_CAST, SPAWN_RULES } from "../../../common/rules/cast.ts";
import { ARCHETYPES } from "./archetypes.ts";
import { firedTriggers, spawnCitizens } from "./spawn.ts";
import { mayor, roundInput } from "./test-fixtures.ts";

const factory = { round: 2, x: 8, y: 2, action: "BUILD_FACTORY", from: "WASTELAND", to: "FACTORY" } as const;
const forest = { round: 2, x: 0, y: 7, action: "PLANT_FOREST", from: "WASTELAND", to: "HEALTHY_FOREST" } as const;
const lab = { round: 2, x: 9, y: 9, action: "BUILD_RESEARCH_CENTER", from: "WASTELAND", to: "RESEARCH_CENTER" } as const;
const closure = { round: 2, x: 9, y: 0, action: "DEMOLISH", from: "OIL_REFINERY", to: "WASTELAND" } as const;
const broken = (id: string) => ({ promiseId: id, text: "I will plant a forest", status: "broken" as const, verdict: "Not delivered." });

function withBars(bars: CitizensInput["bars"], ...mayors: ReturnType<typeof mayor>[]): CitizensInput {
  return roundInput(mayors.length ? mayors : [mayor("a", "Ada"), mayor("b", "Bo")], { bars });
}

const rolesOf = (input: CitizensInput) => spawnCitizens(input, 7).map((c) => c.role);

describe("spawnCitizens", () => {
  it("nobody arrives in an ordinary round", () => {
    expect(spawnCitizens(withBars({ ecology: 45, economy: 60, research: 10 }), 1)).toEqual([]);
  });

  it("low ecology brings a refugee or a sick child's parent, linked to the mayor who cut ecology most", () => {
    const input = withBars({ ecology: 25, economy: 60, research: 10 }, mayor("a", "Ada", { actions: [forest] }), mayor("b", "Bo", { actions: [factory] }));
    const [newcomer] = spawnCitizens(input, 3);
    expect(["Climate refugee", "Parent of a sick child"]).toContain(newcomer?.role);
    expect(newcomer?.linkedMayor).toBe("b");
    expect(newcomer?.initialApproval).toBeLessThanOrEqual(40);
    expect(newcomer?.openingLine).toContain("Bo");
  });

  it("low ecology with nobody to blame links to no one", () => {
    const [newcomer] = spawnCitizens(withBars({ ecology: 25, economy: 60, research: 10 }), 3);
    expect(newcomer?.linkedMayor).toBeNull();
    expect(newcomer?.initialApproval).toBeGreaterThanOrEqual(45);
  });

  it("low economy brings a laid-off worker or a closing shop owner, linked to the closer", () => {
    const input = withBars({ ecology: 50, economy: 30, research: 10 }, mayor("a", "Ada", { actions: [closure] }), mayor("b", "Bo"));
    const [newcomer] = spawnCitizens(input, 5);
    expect(["Laid-off worker", "Shop owner closing down"]).toContain(newcomer?.role);
    expect(newcomer?.linkedMayor).toBe("a");
  });

  it("research at 40 brings a tech entrepreneur, fond of the mayor who built research", () => {
    const input = withBars({ ecology: 50, economy: 60, research: 40 }, mayor("a", "Ada"), mayor("b", "Bo", { actions: [lab] }));
    const [newcomer] = spawnCitizens(input, 5);
    expect(newcomer?.role).toBe("Tech entrepreneur");
    expect(newcomer?.linkedMayor).toBe("b");
    expect(newcomer?.initialApproval).toBeGreaterThanOrEqual(60);
    expect(newcomer?.initialApproval).toBeLessThanOrEqual(70);
  });

  it("two broken promises in a round bring an investigative journalist on that mayor's trail", () => {
    const input = withBars({ ecology: 50, economy: 60, research: 10 }, mayor("a", "Ada", { outcomes: [broken("p1")] }), mayor("b", "Bo", { outcomes: [broken("p2"), broken("p3")] }));
    const [newcomer] = spawnCitizens(input, 5);
    expect(newcomer?.role).toBe("Investigative journalist");
    expect(newcomer?.linkedMayor).toBe("b");
    expect(newcomer?.tone).toBe("suspicious");
  });

  it("two mayors with two broken promises each get a journalist each", () => {
    const input = withBars({ ecology: 50, economy: 60, research: 10 }, mayor("a", "Ada", { outcomes: [broken("p1"), broken("p2")] }), mayor("b", "Bo", { outcomes: [broken("p3"), broken("p4"), broken("p5")] }));
    expect(spawnCitizens(input, 9).map((c) => [c.role, c.linkedMayor])).toEqual([
      ["Investigative journalist", "b"],
      ["Investigative journalist", "a"],
    ]);
  });

  it("thriving ecology brings a nature guide, linked to the greenest mayor", () => {
    const input = withBars({ ecology: 72, economy: 60, research: 10 }, mayor("a", "Ada", { actions: [forest, forest] }), mayor("b", "Bo", { actions: [factory] }));
    const [newcomer] = spawnCitizens(input, 5);
    expect(newcomer?.role).toBe("Nature guide");
    expect(newcomer?.linkedMayor).toBe("a");
    expect(newcomer?.tone).toBe("grateful");
  });

  it("never more than two, in the guide's order of triggers", () => {
    const input = withBars({ ecology: 20, economy: 30, research: 50 }, mayor("a", "Ada", { outcomes: [broken("p1"), broken("p2")] }), mayor("b", "Bo"));
    expect(firedTriggers(input).map((t) => t.trigger)).toEqual(["ecologyLow", "economyLow", "researchHigh", "brokenPromises"]);
    const out = spawnCitizens(input, 11);
    expect(out).toHaveLength(2);
    expect(out[0]?.name).not.toBe(out[1]?.name);
  });

  it("none in a full town, one when a single place is left", () => {
    const base = withBars({ ecology: 20, economy: 30, research: 50 });
    const filler = (n: number) => Array.from({ length: n }, (_, i) => ({ ...base.citizens[0]!, name: `Guest ${i}`, kind: "dynamic" as const }));
    expect(spawnCitizens({ ...base, citizens: [...base.citizens, ...filler(5)] }, 1)).toEqual([]);
    expect(spawnCitizens({ ...base, citizens: [...base.citizens, ...filler(4)] }, 1)).toHaveLength(1);
  });

  it("never takes a name that is present or reserved by the engine", () => {
    const reserved = new Set([...CORE_CAST, ...SPAWN_RULES].map((c) => c.name));
    const base = withBars({ ecology: 25, economy: 30, research: 10 });
    const pool = ARCHETYPES.filter((a) => a.trigger === "ecologyLow").flatMap((a) => a.names);
    const present = pool.slice(0, 3).map((name) => ({ ...base.citizens[0]!, name, kind: "dynamic" as const, role: "Visitor" }));
    const input = { ...base, citizens: [...base.citizens.slice(0, 6), ...present] };
    for (let seed = 0; seed < 200; seed++) {
      for (const c of spawnCitizens(input, seed)) {
        expect(reserved.has(c.name)).toBe(false);
        expect(input.citizens.some((p) => p.name === c.name)).toBe(false);
      }
    }
  });

  it("does not bring a second newcomer of a role already in town", () => {
    const base = withBars({ ecology: 50, economy: 60, research: 45 });
    const present = { ...base.citizens[0]!, name: "Priya", role: "Tech entrepreneur", kind: "dynamic" as const };
    expect(rolesOf({ ...base, citizens: [...base.citizens, present] })).toEqual([]);
  });

  it("every archetype has names, voices and lines to draw from", () => {
    for (const a of ARCHETYPES) {
      expect(a.names.length).toBeGreaterThanOrEqual(5);
      expect(a.linkedLines.every((l) => l.includes("{linked}"))).toBe(true);
      expect(a.openLines.some((l) => l.includes("{linked}"))).toBe(false);
    }
  });
});
