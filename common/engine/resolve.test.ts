import { passiveTick } from "../rules/pollution.ts";
import { startMap } from "../rules/start-map.ts";
import { describe, expect, it } from "vitest";
import type { Campaign } from "../schemas/campaign.ts";
import type { CitizensOutput, NewCitizen, Reaction } from "../schemas/contracts/citizens.ts";
import type { ExtractedContradiction } from "../schemas/contracts/extraction.ts";
import type { ActionType, Commitment, TileType } from "../schemas/game.ts";
import { ruleFor } from "../rules/actions.ts";
import { CORE_CAST, DYNAMIC_NEUTRAL_APPROVAL, MAX_CITIZENS, MODEL_CITIZEN_BLOC, MODEL_CITIZEN_ROUNDS, SPAWN_RULES } from "../rules/cast.ts";
import { COLLAPSE_BLAME, PROMISE_EFFECTS } from "../rules/constants.ts";
import {
  QUIET,
  accept,
  act,
  approvalsOf,
  citizen,
  extract,
  finishRound,
  newCampaign,
  promise,
  react,
  setTile,
  toResolving,
} from "../../tests/fixtures/campaign.ts";
import { step } from "./step.ts";

const SPEECHES = { m1: "I will plant forests.", m2: "Jobs first." };
const plantOne: Commitment = { type: "do", actions: ["PLANT_FOREST"], count: 1 };

function refused(campaign: Campaign, event: unknown): { code: string; message: string } {
  const result = step(campaign, event);
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

function reaction(citizenName: string, mayor: string, approvalDelta: number, referencesPromise: string | null = null): Reaction {
  return { citizen: citizenName, mayor, dialogue: `${citizenName} speaks.`, tone: "neutral", approvalDelta, referencesPromise };
}

function newcomer(name: string, linkedMayor: string | null, initialApproval: number): NewCitizen {
  return { name, role: "Newcomer", personality: "Curious.", initialApproval, openingLine: "Hello.", tone: "hopeful", linkedMayor };
}

function reactions(list: Reaction[], newCitizens: NewCitizen[] = []): CitizensOutput {
  return { reactions: list, newCitizens, summary: "The town talked." };
}

function contradiction(contradicts: ExtractedContradiction["contradicts"]): ExtractedContradiction {
  return { description: "Says one thing, does another.", speechQuote: "I will plant forests.", contradicts, severity: "high" };
}

function lastRecord(campaign: Campaign) {
  return campaign.rounds.at(-1)!;
}

describe("extraction outputs", () => {
  it("become promises with ids, owner and round", () => {
    let c = extract(toResolving(newCampaign(), SPEECHES), {
      m1: { promises: [promise({ text: "Two forests.", commitment: { ...plantOne, count: 2 } })] },
      m2: { promises: [promise({ text: "Jobs for all.", kind: "implicit", domain: "economy", confidence: 0.4 })] },
    });
    expect(c.promises).toEqual([
      {
        id: "p1",
        owner: "m1",
        round: 1,
        text: "Two forests.",
        kind: "explicit",
        domain: "ecology",
        confidence: 0.9,
        targetCitizen: null,
        deadlineRound: null,
        commitment: { ...plantOne, count: 2 },
        status: "pending",
        resolvedRound: null,
        verdict: null,
      },
      {
        id: "p2",
        owner: "m2",
        round: 1,
        text: "Jobs for all.",
        kind: "implicit",
        domain: "economy",
        confidence: 0.4,
        targetCitizen: null,
        deadlineRound: null,
        status: "pending",
        resolvedRound: null,
        verdict: null,
      },
    ]);
    c = accept(react(c), { type: "advance" });
    c = extract(toResolving(c, { m2: "Again." }), { m2: { promises: [promise()] } });
    expect(c.promises.map((p) => [p.id, p.owner, p.round])).toEqual([
      ["p1", "m1", 1],
      ["p2", "m2", 1],
      ["p3", "m2", 2],
    ]);
  });

  it("canonicalise target citizens case-insensitively and null unknown ones", () => {
    const targets = ["karl", "DR. AMARA", "Nobody", null];
    const c = extract(toResolving(newCampaign(), SPEECHES), { m1: { promises: targets.map((targetCitizen, i) => promise({ targetCitizen, text: `Promise ${i}.` })) } });
    expect(c.promises.map((p) => p.targetCitizen)).toEqual(["Karl", "Dr. Amara", null, null]);
  });

  it("clamp deadlines to the next round..the final round, and null them in the last round", () => {
    const deadlines = [1, 2, 3, 5, 7, null];
    const early = extract(toResolving(newCampaign({ rounds: 5 }), SPEECHES), { m1: { promises: deadlines.map((deadlineRound, i) => promise({ deadlineRound, text: `Promise ${i}.` })) } });
    expect(early.promises.map((p) => p.deadlineRound)).toEqual([2, 2, 3, 5, 5, null]);
    let c = newCampaign({ rounds: 3 });
    c = finishRound(c);
    c = extract(toResolving(c, SPEECHES), { m1: { promises: [1, 2, 7].map((deadlineRound, i) => promise({ deadlineRound, text: `Promise ${i}.` })) } });
    expect(c.promises.map((p) => p.deadlineRound)).toEqual([3, 3, 3]);
    c = accept(react(c), { type: "advance" });
    c = extract(toResolving(c, SPEECHES), { m1: { promises: [3, 7].map((deadlineRound, i) => promise({ deadlineRound, text: `Last promise ${i}.` })) } });
    expect(c.round).toBe(3);
    expect(c.promises.slice(3).map((p) => p.deadlineRound)).toEqual([null, null]);
  });

  it("are ignored for a mayor who gave no speech", () => {
    let c = act(newCampaign(), "m2", 0, 9, "PLANT_FOREST");
    c = extract(toResolving(c, { m1: "Hello." }), {
      m1: { promises: [promise()] },
      m2: { promises: [promise()], contradictions: [contradiction({ type: "action", round: 1, action: "PLANT_FOREST", x: 0, y: 9 })] },
    });
    expect(c.promises.map((p) => p.owner)).toEqual(["m1"]);
    expect(c.contradictions).toEqual([]);
  });

  it("keep only contradictions against the mayor's own actions and earlier promises", () => {
    let c = act(newCampaign(), "m1", 0, 9, "PLANT_FOREST");
    c = act(c, "m2", 1, 9, "BUILD_FACTORY");
    c = extract(toResolving(c, SPEECHES), {
      m1: {
        promises: [promise()],
        contradictions: [
          contradiction({ type: "action", round: 1, action: "PLANT_FOREST", x: 0, y: 9 }),
          contradiction({ type: "action", round: 1, action: "BUILD_FACTORY", x: 1, y: 9 }),
          contradiction({ type: "action", round: 1, action: "DEMOLISH", x: 0, y: 0 }),
          contradiction({ type: "action", round: 2, action: "PLANT_FOREST", x: 0, y: 9 }),
          contradiction({ type: "promise", promiseId: "p99" }),
          contradiction({ type: "promise", promiseId: "p1" }),
        ],
      },
      m2: { promises: [promise()] },
    });
    expect(c.contradictions).toEqual([
      {
        id: "k1",
        owner: "m1",
        round: 1,
        description: "Says one thing, does another.",
        speechQuote: "I will plant forests.",
        contradicts: { type: "action", round: 1, action: "PLANT_FOREST", x: 0, y: 9 },
        severity: "high",
      },
    ]);
    c = accept(react(c), { type: "advance" });
    c = extract(toResolving(c, SPEECHES), {
      m1: { contradictions: [contradiction({ type: "promise", promiseId: "p2" }), contradiction({ type: "promise", promiseId: "p1" })] },
    });
    expect(c.contradictions.map((k) => [k.id, k.round, k.contradicts])).toEqual([
      ["k1", 1, { type: "action", round: 1, action: "PLANT_FOREST", x: 0, y: 9 }],
      ["k2", 2, { type: "promise", promiseId: "p1" }],
    ]);
  });

  it("naming an unknown mayor are refused, and resolving waits for them", () => {
    const c = toResolving(newCampaign(), SPEECHES);
    const unknown = refused(c, { type: "extracted", outputs: { ghost: { promises: [], contradictions: [] } } });
    expect(unknown.code).toBe("unknown_mayor_in_output");
    expect(unknown.message).toContain("ghost");
    expect(refused(c, { type: "reacted", output: QUIET }).code).toBe("waiting_for_models");
    expect(refused(c, { type: "advance" }).code).toBe("waiting_for_models");
    const done = extract(c, {});
    expect(refused(done, { type: "extracted", outputs: {} }).code).toBe("wrong_phase");
  });
});

describe("promise outcomes", () => {
  /** Round 1: m1 makes the promise; round 2 stops just before the extraction. */
  function promisedThenRound2(target: string, commitment: Commitment, round2: (c: Campaign) => Campaign): Campaign {
    let c = newCampaign();
    c = finishRound(c, { speeches: SPEECHES, outputs: { m1: { promises: [promise({ targetCitizen: target, deadlineRound: 2, commitment })] } } });
    return toResolving(round2(c));
  }

  it("a kept promise raises every citizen's approval of its owner, its target's more", () => {
    const before = promisedThenRound2("Mia", plantOne, (c) => act(c, "m1", 0, 9, "PLANT_FOREST"));
    const after = extract(before, {});
    expect(after.promises[0]).toMatchObject({ status: "kept", resolvedRound: 2, verdict: "Delivered: planted a forest at (0,9) in round 2." });
    expect(lastRecord(after).outcomes).toEqual([{ promiseId: "p1", status: "kept", verdict: after.promises[0]!.verdict }]);
    const was = approvalsOf(before, "m1");
    for (const [name, value] of Object.entries(approvalsOf(after, "m1"))) {
      expect(value, name).toBe(was[name]! + PROMISE_EFFECTS.keptAll + (name === "Mia" ? PROMISE_EFFECTS.keptTarget : 0));
    }
    expect(approvalsOf(after, "m2")).toEqual(approvalsOf(before, "m2"));
    const changes = lastRecord(after).approvalChanges;
    expect(changes).toHaveLength(before.citizens.length);
    for (const change of changes) expect(change).toMatchObject({ mayor: "m1", cause: "promise_kept", promiseId: "p1" });
  });

  it("a broken promise lowers every citizen's approval of its owner, its target's more, within 0–100", () => {
    const before = promisedThenRound2("greta", { type: "avoid", actions: ["BUILD_FACTORY"] }, (c) => act(c, "m1", 0, 9, "BUILD_FACTORY"));
    before.citizens.find((z) => z.name === "Sarah")!.approval.m1 = 2;
    const after = extract(before, {});
    expect(after.promises[0]).toMatchObject({ targetCitizen: "Greta", status: "broken", resolvedRound: 2 });
    expect(after.promises[0]!.verdict).toBe("Promised not to, then built a factory at (0,9) in round 2.");
    const was = approvalsOf(before, "m1");
    for (const [name, value] of Object.entries(approvalsOf(after, "m1"))) {
      const expected = was[name]! + PROMISE_EFFECTS.brokenAll + (name === "Greta" ? PROMISE_EFFECTS.brokenTarget : 0);
      expect(value, name).toBe(Math.max(0, expected));
    }
    expect(lastRecord(after).approvalChanges.find((ch) => ch.citizen === "Sarah")).toMatchObject({ delta: -2, cause: "promise_broken" });
  });

  it("at most two kept promises per mayor per round earn approval, and a bar target that already held earns nothing", () => {
    let c = newCampaign();
    const reachHeld = { type: "reach" as const, bar: "economy" as const, comparison: "atMost" as const, value: 100 };
    const avoid = (action: ActionType): Commitment => ({ type: "avoid", actions: [action] });
    const promises = [reachHeld, plantOne, avoid("BUILD_FACTORY"), avoid("CLEAR_FARMLAND")].map((commitment) => promise({ deadlineRound: 2, commitment }));
    c = finishRound(c, { speeches: SPEECHES, outputs: { m1: { promises } } });
    c = act(c, "m1", 0, 9, "PLANT_FOREST");
    const before = toResolving(c);
    const after = extract(before, {});
    expect(after.promises.map((p) => p.status)).toEqual(["kept", "kept", "kept", "kept"]);
    const rewarded = lastRecord(after).approvalChanges.filter((ch) => ch.cause === "promise_kept");
    expect(new Set(rewarded.map((ch) => ch.promiseId))).toEqual(new Set(["p2", "p3"]));
    const was = approvalsOf(before, "m1");
    for (const [name, value] of Object.entries(approvalsOf(after, "m1"))) expect(value, name).toBe(Math.min(100, was[name]! + 2 * PROMISE_EFFECTS.keptAll));
  });

  it("a promise without a deadline is judged at the end; one made in the last round stays pending", () => {
    let c = newCampaign({ rounds: 3 });
    c = finishRound(c, { speeches: SPEECHES, outputs: { m1: { promises: [promise({ commitment: plantOne })] } } });
    c = finishRound(c);
    expect(c.promises[0]!.status).toBe("pending");
    c = extract(toResolving(c, SPEECHES), { m1: { promises: [promise({ commitment: { type: "avoid", actions: ["BUILD_FACTORY"] } })] } });
    expect(c.promises.map((p) => [p.status, p.resolvedRound])).toEqual([
      ["broken", 3],
      ["pending", null],
    ]);
  });
});

/** Every legal (action, tile) pair of the spawn table. */
const SPAWN_TRIGGERS = [
  ...new Map(
    SPAWN_RULES.flatMap((rule) => rule.trigger.actions.flatMap((action) => rule.trigger.on.map((on): [ActionType, TileType] => [action, on])))
      .filter(([action, on]) => ruleFor(action, on) !== undefined)
      .map(([action, on]) => [`${action} on ${on}`, { action, on, name: `${action} on ${on}` }]),
  ).values(),
];

describe("engine spawns", () => {
  it.each(SPAWN_TRIGGERS)("$name brings the people of the spawn table, with their solidarity", ({ action, on }) => {
    let c = newCampaign();
    c.bars.research = 80;
    const found = c.map.tiles.find((t) => t.type === on);
    const { x, y } = found ?? { x: 5, y: 9 };
    if (!found) setTile(c, x, y, on);
    c = extract(toResolving(act(c, "m1", x, y, action)));
    const expected = SPAWN_RULES.filter((r) => r.trigger.actions.includes(action) && r.trigger.on.includes(on));
    expect(lastRecord(c).arrived.map((a) => [a.citizen, a.linkedMayor])).toEqual(expected.map((r) => [r.name, "m1"]));
    for (const rule of expected) {
      expect(citizen(c, rule.name)).toMatchObject({
        kind: "dynamic",
        bloc: rule.bloc,
        age: rule.age,
        remainingRounds: rule.rounds,
        approval: { m1: rule.startApproval, m2: DYNAMIC_NEUTRAL_APPROVAL },
      });
    }
    for (const member of CORE_CAST) {
      const solidarity = expected.reduce((sum, r) => sum + (r.solidarity[member.name] ?? 0), 0);
      expect(citizen(c, member.name).approval, member.name).toEqual({ m1: member.startApproval + solidarity, m2: member.startApproval });
    }
  });

  it("closing the refinery brings Oleg, linked to that mayor, with Karl's and Sarah's solidarity", () => {
    const c = extract(toResolving(act(newCampaign(), "m1", 9, 0, "DEMOLISH")));
    const oleg = citizen(c, "Oleg");
    const rule = SPAWN_RULES.find((r) => r.name === "Oleg")!;
    expect(oleg).toMatchObject({
      id: "c8",
      kind: "dynamic",
      linkedMayor: "m1",
      approval: { m1: 15, m2: DYNAMIC_NEUTRAL_APPROVAL },
      bloc: rule.bloc,
      remainingRounds: 3,
      arrivedRound: 1,
    });
    expect(citizen(c, "Karl").approval).toEqual({ m1: 55, m2: 60 });
    expect(citizen(c, "Sarah").approval).toEqual({ m1: 28, m2: 25 });
    expect(lastRecord(c).arrived).toEqual([{ citizen: "Oleg", linkedMayor: "m1", openingLine: rule.openingLine, tone: "angry" }]);
    expect(lastRecord(c).approvalChanges.map((ch) => [ch.citizen, ch.mayor, ch.delta, ch.cause])).toEqual([
      ["Karl", "m1", -5, "solidarity"],
      ["Sarah", "m1", 3, "solidarity"],
    ]);
  });

  it("replacing the coal plant with solar brings Kerstin, then Lena", () => {
    const start = newCampaign();
    start.bars.research = 40;
    const c = extract(toResolving(act(start, "m2", 8, 1, "REPLACE_WITH_SOLAR")));
    expect(lastRecord(c).arrived.map((a) => [a.citizen, a.linkedMayor])).toEqual([
      ["Kerstin", "m2"],
      ["Lena", "m2"],
    ]);
    expect(c.citizens.slice(-2).map((z) => z.name)).toEqual(["Kerstin", "Lena"]);
    expect(citizen(c, "Lena").approval).toEqual({ m1: DYNAMIC_NEUTRAL_APPROVAL, m2: 65 });
    expect(citizen(c, "Karl").approval.m2).toBe(60 - 5 + 2);
    expect(citizen(c, "Mia").approval.m2).toBe(35 + 3);
    expect(citizen(c, "Sarah").approval.m2).toBe(25 + 3);
  });

  it("never brings the same person twice", () => {
    let c = newCampaign();
    setTile(c, 9, 9, "OIL_REFINERY");
    setTile(c, 9, 8, "OIL_REFINERY");
    c = act(c, "m1", 9, 0, "DEMOLISH");
    c = act(c, "m2", 9, 9, "DEMOLISH");
    c = extract(toResolving(c));
    expect(c.citizens.filter((z) => z.name === "Oleg").map((z) => z.linkedMayor)).toEqual(["m1"]);
    expect(citizen(c, "Karl").approval.m2).toBe(60);
    c = accept(react(c), { type: "advance" });
    c = extract(toResolving(act(c, "m2", 9, 8, "DEMOLISH")));
    expect(c.citizens.filter((z) => z.name === "Oleg")).toHaveLength(1);
    expect(lastRecord(c).arrived).toEqual([]);
    expect(citizen(c, "Karl").approval.m2).toBe(60);
  });

  it("stops at 12 citizens", () => {
    let c = newCampaign({ mayorCount: 4 });
    c.bars.research = 80;
    c = act(c, "m1", 9, 0, "DEMOLISH");
    c = act(c, "m1", 8, 1, "DEMOLISH");
    c = act(c, "m2", 1, 6, "CLEAR_FARMLAND");
    c = act(c, "m2", 0, 0, "DEMOLISH");
    c = act(c, "m3", 0, 9, "BUILD_RESEARCH_CENTER");
    c = act(c, "m3", 1, 9, "BUILD_SOLAR");
    c = act(c, "m4", 2, 9, "BUILD_FUSION");
    c = extract(toResolving(c));
    expect(MAX_CITIZENS).toBe(12);
    expect(c.citizens).toHaveLength(12);
    expect(c.citizens.slice(7).map((z) => z.name)).toEqual(["Oleg", "Kerstin", "Henning", "Bernd", "Dr. Yuki"]);
    expect(citizen(c, "Mia").approval.m3).toBe(35 + 3);
    expect(citizen(c, "Mia").approval.m4).toBe(35);
    c = react(c, reactions([], [newcomer("Ines", null, 50)]));
    expect(c.citizens.map((z) => z.name)).not.toContain("Ines");
  });
});

describe("reactions", () => {
  it("apply deltas within 0–100 and drop unknown citizens, unknown mayors, repeats and dangling promise ids", () => {
    let c = extract(toResolving(newCampaign(), SPEECHES), { m1: { promises: [promise()] } });
    citizen(c, "Sarah").approval.m1 = 5;
    citizen(c, "Karl").approval.m2 = 95;
    c = react(
      c,
      reactions([
        reaction("Karl", "m1", 10, "p1"),
        reaction("karl", "m1", -15),
        reaction("Sarah", "m1", -15, "p99"),
        reaction("Karl", "m2", 15),
        reaction("Stranger", "m1", 5),
        reaction("Mia", "ghost", 5),
        reaction("Mia", "m1", 4),
      ]),
    );
    expect(citizen(c, "Karl").approval).toEqual({ m1: 70, m2: 100 });
    expect(citizen(c, "Sarah").approval.m1).toBe(0);
    expect(citizen(c, "Mia").approval).toEqual({ m1: 39, m2: 35 });
    expect(lastRecord(c).approvalChanges.map((ch) => [ch.citizen, ch.mayor, ch.delta, ch.promiseId, ch.cause])).toEqual([
      ["Karl", "m1", 10, "p1", "reaction"],
      ["Sarah", "m1", -5, null, "reaction"],
      ["Karl", "m2", 5, null, "reaction"],
      ["Mia", "m1", 4, null, "reaction"],
    ]);
    expect(lastRecord(c).approvalChanges[0]).toMatchObject({ dialogue: "Karl speaks.", tone: "neutral" });
    expect(lastRecord(c).summary).toBe("The town talked.");
    expect(lastRecord(c).approvalAfter.Karl).toEqual({ m1: 70, m2: 100 });
    expect(c.phase).toBe("reactions");
  });

  it("refuse a delta beyond ±15 as malformed", () => {
    const c = extract(toResolving(newCampaign(), SPEECHES));
    expect(refused(c, { type: "reacted", output: reactions([reaction("Karl", "m1", 40)]) }).code).toBe("malformed");
  });

  it("add the model's new citizens, linked to a known mayor or to none, but no one twice", () => {
    let c = extract(toResolving(newCampaign(), SPEECHES));
    c = react(c, reactions([], [newcomer("Ines", "m1", 70), newcomer("Tomas", null, 30)]));
    expect(citizen(c, "Ines")).toMatchObject({
      kind: "dynamic",
      bloc: MODEL_CITIZEN_BLOC,
      linkedMayor: "m1",
      approval: { m1: 70, m2: DYNAMIC_NEUTRAL_APPROVAL },
      remainingRounds: MODEL_CITIZEN_ROUNDS - 1,
      arrivedRound: 1,
      age: null,
    });
    expect(citizen(c, "Tomas")).toMatchObject({ linkedMayor: null, approval: { m1: 30, m2: 30 } });
    expect(lastRecord(c).arrived.map((a) => [a.citizen, a.linkedMayor, a.openingLine])).toEqual([
      ["Ines", "m1", "Hello."],
      ["Tomas", null, "Hello."],
    ]);
    c = accept(c, { type: "advance" });
    c = react(extract(toResolving(c)), reactions([], [newcomer("KARL", "m2", 0), newcomer("Yara", "ghost", 55)]));
    expect(c.citizens.filter((z) => z.name.toLowerCase() === "karl")).toHaveLength(1);
    expect(citizen(c, "Karl").approval.m2).toBe(60);
    expect(citizen(c, "Yara")).toMatchObject({ linkedMayor: null, approval: { m1: 55, m2: 55 } });
    expect(c.citizens.map((z) => z.name)).not.toContain("Ines");
  });
});

describe("dynamic citizens' lifetimes", () => {
  it("retire after their rounds, counting the round they arrived", () => {
    let c = act(newCampaign(), "m1", 9, 0, "DEMOLISH");
    c = act(c, "m2", 0, 0, "DEMOLISH");
    c = react(extract(toResolving(c)));
    const left = (z: Campaign) => Object.fromEntries(z.citizens.filter((x) => x.kind === "dynamic").map((x) => [x.name, x.remainingRounds]));
    expect(left(c)).toEqual({ Oleg: 2, Bernd: 1 });
    c = react(extract(toResolving(accept(c, { type: "advance" }))));
    expect(left(c)).toEqual({ Oleg: 1 });
    expect(lastRecord(c).departed).toEqual(["Bernd"]);
    expect(c.formerCitizens).toMatchObject([{ name: "Bernd", remainingRounds: 0 }]);
    c = react(extract(toResolving(accept(c, { type: "advance" }))));
    expect(left(c)).toEqual({});
    expect(lastRecord(c).departed).toEqual(["Oleg"]);
    expect(c.citizens.filter((z) => z.kind === "core").every((z) => z.remainingRounds === null)).toBe(true);
    expect(c.citizens).toHaveLength(7);
  });

  it("do not leave before the final vote", () => {
    let c = finishRound(newCampaign({ rounds: 3 }));
    c = finishRound(act(c, "m1", 0, 0, "DEMOLISH"));
    expect(citizen(c, "Bernd").remainingRounds).toBe(1);
    c = finishRound(c);
    expect(c.phase).toBe("ended");
    expect(citizen(c, "Bernd").remainingRounds).toBe(1);
    expect(c.result!.votes.map((v) => v.citizen)).toContain("Bernd");
  });
});

describe("collapse", () => {
  it("an action pushing ecology below 20 ends the campaign after the reactions, blaming the mayors who cut ecology", () => {
    let c = newCampaign();
    c.bars.ecology = 21;
    c = act(c, "m1", 0, 0, "DEMOLISH");
    c = act(c, "m2", 0, 9, "PLANT_FOREST");
    const resolving = toResolving(c, SPEECHES);
    const tick = passiveTick(resolving.map).delta.ecology;
    c = extract(resolving);
    expect(c.bars.ecology).toBe(21 - 3 + 2 + tick);
    const before = approvalsOf(c, "m1");
    c = react(c);
    expect(c.phase).toBe("reactions");
    expect(c.result).toBeNull();
    expect(approvalsOf(c, "m1")).toEqual(Object.fromEntries(Object.entries(before).map(([n, v]) => [n, Math.max(0, v + COLLAPSE_BLAME)])));
    const blame = lastRecord(c).approvalChanges.filter((ch) => ch.cause === "collapse_blame");
    expect(blame).toHaveLength(c.citizens.length);
    expect(blame.every((ch) => ch.mayor === "m1")).toBe(true);
    expect(citizen(c, "Bernd").remainingRounds).toBe(2);
    c = accept(c, { type: "advance" });
    expect(c.phase).toBe("ended");
    expect(c.round).toBe(1);
    expect(c.result!.ending).toBe("ecological_collapse");
    expect(refused(c, { type: "advance" }).code).toBe("campaign_over");
  });

  it("the passive tick alone collapses the city at 19 but not at 20", () => {
    const at = (ecology: number) => {
      const c = newCampaign();
      c.bars.ecology = ecology;
      return accept(react(extract(toResolving(c))), { type: "advance" });
    };
    const drop = -passiveTick(startMap()).delta.ecology;
    const survived = at(20 + drop);
    expect(survived.bars.ecology).toBe(20);
    expect([survived.phase, survived.round]).toEqual(["policy", 2]);
    const collapsed = at(19 + drop);
    expect(collapsed.bars.ecology).toBe(19);
    expect(collapsed.phase).toBe("ended");
    expect(collapsed.result!.ending).toBe("ecological_collapse");
    expect(collapsed.rounds[0]!.approvalChanges.filter((ch) => ch.cause === "collapse_blame")).toEqual([]);
  });

  it("economy below 20 ends the campaign as an economic collapse, blaming the mayors who cut the economy", () => {
    let c = newCampaign();
    c.bars.economy = 21;
    c = act(c, "m1", 9, 0, "DEMOLISH");
    c = act(c, "m2", 0, 9, "PLANT_FOREST");
    c = react(extract(toResolving(c)));
    expect(c.bars.economy).toBe(16);
    expect(c.bars.ecology).toBeGreaterThanOrEqual(20);
    const blame = lastRecord(c).approvalChanges.filter((ch) => ch.cause === "collapse_blame");
    expect(blame.map((ch) => ch.citizen)).toEqual(c.citizens.map((z) => z.name));
    expect(blame.every((ch) => ch.mayor === "m1")).toBe(true);
    c = accept(c, { type: "advance" });
    expect(c.result!.ending).toBe("economic_collapse");
  });
});
