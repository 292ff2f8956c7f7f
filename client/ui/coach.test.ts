import { describe, expect, it } from "vitest";
import { COLLAPSE_BELOW } from "../../common/rules/constants.ts";
import type { CampaignView, MayorView } from "../net/view-model.ts";
import { collapseWarnings, phaseGuide } from "./coach.ts";

const mayor = (over: Partial<MayorView> = {}): MayorView => ({
  id: "m1", name: "Ada", color: "#e4572e", seat: 1, ready: true, connected: true, isBot: false, strategy: "",
  done: false, actionsLeft: 2, spoke: false, kept: 0, broken: 0, projectedVotes: 0, ...over,
});

const view = (over: Partial<CampaignView>): CampaignView =>
  ({ phase: "policy", round: 1, mayors: [mayor(), mayor({ id: "m2", name: "Bo", done: true })], settings: { rounds: 3, policySeconds: 60, speechSeconds: 90, reactionsSeconds: 12 }, ...over }) as CampaignView;

describe("phaseGuide", () => {
  it("coaches a player through the first round only", () => {
    for (const phase of ["policy", "speech", "reactions"] as const) {
      expect(phaseGuide(view({ phase }), mayor(), false, false).coach).not.toBeNull();
      expect(phaseGuide(view({ phase, round: 2 }), mayor(), false, false).coach).toBeNull();
    }
    expect(phaseGuide(view({}), null, false, false).coach).toBeNull();
  });

  it("names the keys only where a keyboard is likely", () => {
    expect(phaseGuide(view({}), mayor(), false, true).coach).toMatch(/arrows/);
    expect(phaseGuide(view({}), mayor(), false, false).coach).not.toMatch(/arrows/);
  });

  it("says how many actions are left, or whom a finished player waits for", () => {
    expect(phaseGuide(view({}), mayor({ actionsLeft: 1 }), false, false).text).toMatch(/1 action left/);
    const waiting = view({ mayors: [mayor({ done: true }), mayor({ id: "m2", name: "Bo" })] });
    expect(phaseGuide(waiting, mayor({ done: true }), false, false).text).toBe("You are done. Waiting for Bo.");
  });
});

describe("collapseWarnings", () => {
  it("warns when a bar would cross the line moving as it did last round", () => {
    const before = { ecology: COLLAPSE_BELOW + 20, economy: 60, research: 5 };
    expect(collapseWarnings({ ecology: COLLAPSE_BELOW + 9, economy: 60, research: 5 }, before)).toHaveLength(1);
    expect(collapseWarnings({ ecology: COLLAPSE_BELOW + 12, economy: 60, research: 5 }, before)).toHaveLength(0);
  });

  it("keeps a five-point margin when the bar did not fall", () => {
    expect(collapseWarnings({ ecology: 60, economy: COLLAPSE_BELOW + 4, research: 5 }, undefined)[0]).toMatch(/^Economy is at 24/);
    expect(collapseWarnings({ ecology: 60, economy: COLLAPSE_BELOW + 5, research: 5 }, undefined)).toEqual([]);
  });
});
