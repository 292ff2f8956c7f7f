import { describe, expect, it } from "vitest";
import { stateAtRoundStart } from "../../common/engine/replay.ts";
import type { CampaignEvent } from "../../common/schemas/campaign.ts";
import { playedCampaign } from "../../tests/support/played-campaign.ts";
import type { RunningCampaign } from "../persistence/ResumeStore.ts";
import { planResume, takeResumePlan } from "./resume.ts";

const played = playedCampaign("resumable", 11, 3, 5);
const room = { lobby: { rounds: 5, seconds: { policy: 30, speech: 40, reactions: 5 } }, rated: true, isPrivate: false };

/** The campaign as the store gives it back after `events` were stored. */
function stored(events: readonly CampaignEvent[], overrides: Partial<RunningCampaign> = {}): RunningCampaign {
  const mayors = played.created.mayors.map((m) => ({ ...m, strategy: m.isBot ? "green" : null, player: m.isBot ? null : "p0123456789abcdef" }));
  return { id: played.id, code: "ROOM42", settings: played.final.settings, room, mayors, events: [...events], ...overrides };
}

describe("planResume", () => {
  it("rebuilds a campaign stored up to round 3 at the start of round 4, as replay gives it", () => {
    const planned = planResume(stored(played.afterRounds[2]!.history));
    if (!planned.ok) throw new Error(planned.reason);
    const expected = stateAtRoundStart(played.final.settings, played.final.history, 4);
    expect(planned.plan.campaign).toEqual(expected);
    expect(planned.plan).toMatchObject({ id: played.id, code: "ROOM42", room });
    expect(planned.plan.seats).toEqual([
      { mayor: "m1", bot: null, player: "p0123456789abcdef", name: "Mayor 1", color: expect.any(String) },
      { mayor: "m2", bot: "green", player: null, name: "Mayor 2", color: expect.any(String) },
      { mayor: "m3", bot: "green", player: null, name: "Mayor 3", color: expect.any(String) },
    ]);
    expect(planned.plan.notice).toMatch(/restarted\. This campaign picked up again at the start of round 4/);
  });

  it("starts a campaign with no stored round from round 1, and one whose last round was stored at the election", () => {
    const fresh = planResume(stored([]));
    expect(fresh.ok && { phase: fresh.plan.campaign.phase, round: fresh.plan.campaign.round }).toEqual({ phase: "policy", round: 1 });
    const last = planResume(stored(played.afterRounds.at(-1)!.history));
    if (!last.ok) throw new Error(last.reason);
    expect(last.plan.campaign.result).toEqual(played.final.result);
    expect(last.plan.notice).toMatch(/picked up again at the election/);
  });

  it("refuses what it cannot rebuild, with the reason", () => {
    const history = played.afterRounds[1]!.history;
    expect(planResume(stored(history, { room: null }))).toEqual({ ok: false, reason: "no room ran it" });
    const tampered = [{ type: "speak" as const, mayor: "m1", text: "out of turn" }, ...history];
    expect(planResume(stored(tampered))).toMatchObject({ ok: false, reason: expect.stringMatching(/history event 1 \(speak\) was refused on replay/) });
    // Cut just before the last round's extraction: the events end in its resolving phase.
    const midRound = history.slice(0, history.map((e) => e.type).lastIndexOf("extracted"));
    expect(planResume(stored(midRound))).toMatchObject({ ok: false, reason: "its stored events end in the resolving phase" });
    const oddBot = stored(history);
    oddBot.mayors[1]!.strategy = "greedy";
    expect(planResume(oddBot)).toEqual({ ok: false, reason: 'mayor m2 is a bot of unknown strategy "greedy"' });
  });
});

describe("takeResumePlan", () => {
  it("gives nothing to a room a client creates, whatever its options say", () => {
    expect(takeResumePlan({ name: "Ada", private: true })).toBeNull();
    expect(takeResumePlan({ resumePlan: "guessed-key" })).toBeNull();
    expect(takeResumePlan(Object.create({ resumePlan: "inherited" }))).toBeNull();
    expect(takeResumePlan(null)).toBeNull();
  });
});
