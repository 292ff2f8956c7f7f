import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botTurn } from "../common/bots/bot-turn.ts";
import type { Strategy } from "../common/schemas/strategy.ts";
import { collapseOf } from "../common/engine/collapse.ts";
import { localProvider } from "./local/local-provider.ts";
import { resolveRound, type ResolveReport } from "./resolve-round.ts";
import type { ModelProvider } from "./provider.ts";
import { EXTRACTION_SYSTEM_PROMPT } from "./prompts.ts";
import { MAX_CITIZENS, SPAWN_RULES } from "../common/rules/cast.ts";
import { KEPT_REWARDS_PER_ROUND, PROMISE_EFFECTS } from "../common/rules/constants.ts";
import type { Campaign } from "../common/schemas/campaign.ts";
import { MAX_NEW_CITIZENS_PER_ROUND } from "../common/schemas/contracts/citizens.ts";
import { MAX_PROMISES_PER_SPEECH, type ExtractionInput } from "../common/schemas/contracts/extraction.ts";
import { APPROVAL_DELTA_LIMIT, type Citizen } from "../common/schemas/game.ts";
import { accept, newCampaign, QUIET } from "../tests/fixtures/campaign.ts";
import { INJECTION_SPEECHES } from "../tests/fixtures/injection-speeches.ts";
import { startMistralMock, type MistralMock } from "./stand-in/mistral-stand-in.ts";
import { mistralProvider } from "./mistral.ts";
import { withFallback } from "./with-fallback.ts";

/**
 * No speech can buy what the rules do not give. Mayors m1–m3 give only injection speeches (m4 is a bot), round
 * after round, and the round is read by the local engines or by a hostile model that obeys every speech
 * (+100 approval everywhere, 12+ promises, 10 newcomers). Whatever the models say, per round and per (citizen, mayor)
 * the reactions move approval by at most ±15, everything else comes from the engine's own rules (kept and broken
 * promises, solidarity, collapse blame), the bars and the map change exactly as with nothing said at all, at most
 * two newcomers come from the model and the town never exceeds 12 citizens.
 */

const STRATEGIES: Record<string, Strategy> = { m1: "liar", m2: "industrial", m3: "green", m4: "balanced" };
const INJECTORS = ["m1", "m2", "m3"];
const SOLIDARITY_LIMIT = Math.max(...SPAWN_RULES.flatMap((r) => Object.values(r.solidarity).map(Math.abs)));
const KEPT_MAX = PROMISE_EFFECTS.keptAll + PROMISE_EFFECTS.keptTarget;
const BROKEN_MIN = PROMISE_EFFECTS.brokenAll + PROMISE_EFFECTS.brokenTarget;

let mock: MistralMock;

interface Played {
  rounds: { before: Campaign; after: Campaign; report: ResolveReport }[];
  spoken: string[];
}

/** Plays a campaign to its end; injectors speak the injection speeches in turn, starting at `offset`. */
async function play(provider: ModelProvider, seed: number, offset: number): Promise<Played> {
  let c = newCampaign({ mayorCount: 4, rounds: 5, seed });
  const played: Played = { rounds: [], spoken: [] };
  let next = offset;
  while (c.phase !== "ended") {
    if (c.phase === "policy") {
      for (const mayor of Object.keys(STRATEGIES)) for (const event of botTurn(c, mayor, STRATEGIES[mayor]!)) c = accept(c, event);
      if (c.phase === "policy") c = accept(c, { type: "advance" });
    } else if (c.phase === "speech") {
      for (const mayor of INJECTORS) {
        const { id, text } = INJECTION_SPEECHES[next++ % INJECTION_SPEECHES.length]!;
        played.spoken.push(id);
        c = accept(c, { type: "speak", mayor, text });
      }
      for (const event of botTurn(c, "m4", STRATEGIES.m4!)) c = accept(c, event);
      if (c.phase === "speech") c = accept(c, { type: "advance" });
    } else if (c.phase === "resolving") {
      const { campaign: after, report } = await resolveRound(c, provider);
      played.rounds.push({ before: c, after, report });
      c = after;
    } else {
      c = accept(c, { type: "advance" });
    }
  }
  return played;
}

const lastOf = <T extends Campaign["history"][number]["type"]>(c: Campaign, type: T) =>
  c.history.filter((e) => e.type === type).at(-1) as Extract<Campaign["history"][number], { type: T }>;

/** Every check of one resolved round against what the rules allow. */
function checkRound(before: Campaign, after: Campaign): void {
  const round = before.round;
  const record = after.rounds.at(-1)!;
  const mid = accept(before, lastOf(after, "extracted"));
  const midRecord = mid.rounds.at(-1)!;

  // Bars and map: exactly as if every speech had said nothing and every citizen had stayed quiet.
  const quiet = accept(accept(before, { type: "extracted", outputs: {} }), { type: "reacted", output: QUIET });
  expect(after.bars).toEqual(quiet.bars);
  expect(after.map).toEqual(quiet.map);

  // Promises: at most 12 a speech; none settled in the round it was made.
  for (const mayor of Object.keys(STRATEGIES)) {
    expect(after.promises.filter((p) => p.round === round && p.owner === mayor).length).toBeLessThanOrEqual(MAX_PROMISES_PER_SPEECH);
  }
  const settled = new Map(record.outcomes.map((o) => [o.promiseId, o]));
  for (const id of settled.keys()) expect(after.promises.find((p) => p.id === id)!.round).toBeLessThan(round);

  // Citizens: the model adds at most 2, the engine only people of its own spawn table, never more than 12 in town.
  const spawnNames = new Set(SPAWN_RULES.map((r) => r.name));
  expect(midRecord.arrived.every((a) => spawnNames.has(a.citizen))).toBe(true);
  expect(record.arrived.length - midRecord.arrived.length).toBeLessThanOrEqual(MAX_NEW_CITIZENS_PER_ROUND);
  expect(mid.citizens.length).toBeLessThanOrEqual(MAX_CITIZENS);
  expect(after.citizens.length).toBeLessThanOrEqual(MAX_CITIZENS);

  // Approval: every change logged with a cause; reactions at most once and ±15 per pair; the rest by the rules.
  const ending = [...after.citizens, ...after.formerCitizens];
  for (const citizen of before.citizens) {
    const now: Citizen = ending.find((c) => c.id === citizen.id)!;
    for (const mayor of Object.keys(STRATEGIES)) {
      const changes = record.approvalChanges.filter((c) => c.citizen === citizen.name && c.mayor === mayor);
      const total = now.approval[mayor]! - citizen.approval[mayor]!;
      expect(changes.reduce((n, c) => n + c.delta, 0)).toBe(total);
      const reactions = changes.filter((c) => c.cause === "reaction");
      expect(reactions.length).toBeLessThanOrEqual(1);
      for (const r of reactions) expect(Math.abs(r.delta)).toBeLessThanOrEqual(APPROVAL_DELTA_LIMIT);
      let engine = 0;
      for (const change of changes.filter((c) => c.cause !== "reaction")) {
        engine += change.delta;
        if (change.cause === "promise_kept" || change.cause === "promise_broken") {
          const outcome = settled.get(change.promiseId!)!;
          expect(outcome.status).toBe(change.cause === "promise_kept" ? "kept" : "broken");
          expect(after.promises.find((p) => p.id === change.promiseId)!.owner).toBe(mayor);
          if (change.cause === "promise_kept") expect(change.delta).toBeGreaterThanOrEqual(0);
          if (change.cause === "promise_kept") expect(change.delta).toBeLessThanOrEqual(KEPT_MAX);
          if (change.cause === "promise_broken") expect(change.delta).toBeGreaterThanOrEqual(BROKEN_MIN);
          if (change.cause === "promise_broken") expect(change.delta).toBeLessThanOrEqual(0);
        } else if (change.cause === "solidarity") {
          expect(Math.abs(change.delta)).toBeLessThanOrEqual(SOLIDARITY_LIMIT);
          expect(midRecord.arrived.some((a) => a.linkedMayor === mayor)).toBe(true);
        } else {
          expect(change.cause).toBe("collapse_blame");
          expect(round === after.settings.rounds || collapseOf(record.barsAfter) !== null).toBe(true);
          expect(change.delta).toBeGreaterThanOrEqual(-10);
          expect(change.delta).toBeLessThanOrEqual(0);
        }
      }
      const ownSettled = [...settled.values()].filter((o) => after.promises.find((p) => p.id === o.promiseId)!.owner === mayor);
      const rewardedKept = new Set(changes.filter((c) => c.cause === "promise_kept").map((c) => c.promiseId));
      expect(rewardedKept.size).toBeLessThanOrEqual(KEPT_REWARDS_PER_ROUND);
      expect(changes.filter((c) => c.cause === "promise_broken")).toHaveLength(ownSettled.filter((o) => o.status === "broken").length);
      expect(Math.abs(total - engine)).toBeLessThanOrEqual(APPROVAL_DELTA_LIMIT);
    }
  }
}

beforeAll(async () => {
  mock = await startMistralMock({ behaviour: "hostile" });
});

afterAll(async () => {
  await mock?.close();
});

describe("the injection speeches", () => {
  it("are at least 20 distinct valid speeches", () => {
    expect(INJECTION_SPEECHES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(INJECTION_SPEECHES.map((s) => s.id)).size).toBe(INJECTION_SPEECHES.length);
    for (const { text } of INJECTION_SPEECHES) expect(text.trim().length).toBeGreaterThan(0);
    expect(Math.max(...INJECTION_SPEECHES.map((s) => s.text.length))).toBeGreaterThan(1100);
  });
});

describe.each([
  { name: "the local provider", hostile: false },
  { name: "a hostile model that obeys every speech", hostile: true },
])("read by $name, no speech moves approval, bars or the town beyond the rules", ({ hostile }) => {
  const games: Played[] = [];

  beforeAll(async () => {
    mock.reset({ behaviour: "hostile" });
    const provider = hostile
      ? withFallback(mistralProvider({ apiKey: "k", serverUrl: mock.url, extractionModel: "obedient", citizensModel: "obedient", callTimeoutMs: 10_000 }), localProvider, 10_000)
      : localProvider;
    for (const [seed, offset] of [
      [21, 0],
      [22, 15],
    ] as const) {
      games.push(await play(provider, seed, offset));
    }
  });

  it("every injection speech was given and read", () => {
    expect(new Set(games.flatMap((g) => g.spoken))).toEqual(new Set(INJECTION_SPEECHES.map((s) => s.id)));
    expect(games.every((g) => g.rounds.length === 5 || g.rounds.at(-1)!.after.result !== null)).toBe(true);
  });

  it("every round stays within the rules", () => {
    for (const game of games) for (const { before, after } of game.rounds) checkRound(before, after);
  });

  if (hostile) {
    it("the hostile answers were used, not replaced by the fallback, and were reined in", () => {
      const rounds = games.flatMap((g) => g.rounds);
      for (const { report } of rounds) {
        for (const part of [...Object.values(report.extraction), report.citizens]) {
          expect(part).toMatchObject({ provider: "mistral", model: "obedient" });
          expect(part.fallbackReason).toBeUndefined();
        }
      }
      for (const { after } of rounds) {
        // Its promises all share one commitment: clamped to the speech's maximum, then merged into one (RULES.md).
        for (const mayor of INJECTORS) {
          expect(after.promises.filter((p) => p.owner === mayor && (p.round === after.round || p.repeatedRounds?.includes(after.round)))).toHaveLength(1);
        }
      }
      const reactionDeltas = rounds.flatMap(({ after }) => after.rounds.at(-1)!.approvalChanges.filter((c) => c.cause === "reaction").map((c) => c.delta));
      expect(Math.max(...reactionDeltas)).toBe(APPROVAL_DELTA_LIMIT);
      const citizensAnswers = mock.callsFor("citizens").map((c) => JSON.parse(c.content) as { reactions: { approvalDelta: number }[]; newCitizens: unknown[] });
      expect(citizensAnswers.every((a) => a.reactions.every((r) => r.approvalDelta === 100) && a.newCitizens.length === 10)).toBe(true);
    });

    it("the speech reached the model only as data, under the fixed system prompt", () => {
      const texts = new Set(INJECTION_SPEECHES.map((s) => s.text));
      const injected = mock.callsFor("extraction").filter((c) => texts.has((c.input as ExtractionInput).speech));
      expect(injected.length).toBeGreaterThanOrEqual(INJECTION_SPEECHES.length);
      for (const call of injected) {
        expect(call.messages).toHaveLength(2);
        expect(call.messages[0]).toEqual({ role: "system", content: EXTRACTION_SYSTEM_PROMPT });
        expect(call.messages[1]!.role).toBe("user");
        expect(JSON.parse(call.messages[1]!.content)).toEqual(call.input);
      }
    });
  }
});
