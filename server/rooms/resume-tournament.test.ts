import { describe, expect, it } from "vitest";
import { LocalPresence } from "@colyseus/core";
import type { Tournament } from "../../common/schemas/tournament.ts";
import { linkCampaign, recordResult, start } from "../../common/tournament/play.ts";
import { closeRegistration } from "../../common/tournament/registration.ts";
import { playedCampaign } from "../../tests/support/played-campaign.ts";
import { electionIn, HOST, ok, openTournament } from "../../tests/support/tournament.ts";
import type { OpenTournament } from "../persistence/ResumeStore.ts";
import { claimTournament, planResume, planTournamentResume, takeTournamentPlan, type ResumePlan } from "./resume.ts";

const ME = "game-1.example:2567";
const played = playedCampaign("table-campaign", 12, 3, 3);

/** Six players started in tables of three, round 1's tables linked to campaigns c1 and c2. */
function running(): Tournament {
  let t = ok(start(openTournament(6, { tableSize: 3 }), HOST));
  t.rounds[0]!.tables.forEach((table, i) => (t = ok(linkCampaign(t, table.id, `c${i + 1}`))));
  return t;
}

/** The campaign `id` as this process resumed it, with the table's players in its human seats. */
function resumedAs(id: string, code: string, t: Tournament, tableIndex: number): ResumePlan {
  const seats = t.rounds[0]!.tables[tableIndex]!.seats;
  const mayors = played.created.mayors.map((m, i) => ({ ...m, isBot: false, strategy: null, player: seats[i]!.mayor }));
  const room = { lobby: t.settings.campaign, rated: true, isPrivate: true };
  const planned = planResume({ id, code, settings: played.final.settings, room, mayors, events: [...played.afterRounds[0]!.history] });
  if (!planned.ok) throw new Error(planned.reason);
  return planned.plan;
}

const stored = (tournament: Tournament, campaigns: OpenTournament["campaigns"] = [], roundEndsAt: string | null = null): OpenTournament => ({ tournament, campaigns, roundEndsAt });

const NOW = Date.parse("2026-12-06T01:00:00.000Z");
const RECONNECT_MS = 30_000;
const here = (resumedHere: ReadonlyMap<string, ResumePlan> = new Map()) => ({ process: ME, resumedHere, now: NOW, reconnectMs: RECONNECT_MS });

describe("planTournamentResume", () => {
  it("reopens a tournament in registration or closed as it is, with no table to open", () => {
    const open = openTournament(4);
    expect(planTournamentResume(stored(open), here())).toEqual({ ok: true, plan: { tournament: open, resumed: [], fresh: [], roundEndsAt: null } });
    const closed = ok(closeRegistration(open, HOST));
    expect(planTournamentResume(stored(closed), here())).toMatchObject({ ok: true, plan: { tournament: closed } });
  });

  it("shows each table resumed here at its campaign's code, every human away until back", () => {
    const t = running();
    const resumedHere = new Map([
      ["c1", resumedAs("c1", "TAB001", t, 0)],
      ["c2", resumedAs("c2", "TAB002", t, 1)],
    ]);
    const planned = planTournamentResume(stored(t, [{ id: "c1", status: "running", process: ME }, { id: "c2", status: "running", process: ME }]), here(resumedHere));
    if (!planned.ok) throw new Error(planned.reason);
    expect(planned.plan.fresh).toEqual([]);
    expect(planned.plan.roundEndsAt, "no host deadline was kept").toBeNull();
    expect(planned.plan.resumed).toEqual(
      t.rounds[0]!.tables.map((table, i) => ({
        table: table.id,
        roomId: `TAB00${i + 1}`,
        phase: "policy",
        round: 2,
        rounds: t.settings.campaign.rounds,
        mayors: table.seats.map((s) => ({ player: s.mayor, name: t.entries.find((e) => e.player === s.mayor)!.name, bot: false, connected: false })),
      })),
    );
  });

  it("opens afresh a table whose campaign was never created, is interrupted or finished unrecorded, or failed to resume here", () => {
    const t = running();
    const [first, second] = t.rounds[0]!.tables as [Tournament["rounds"][0]["tables"][0], Tournament["rounds"][0]["tables"][0]];
    const unlinked: Tournament = { ...t, rounds: [{ round: 1, tables: [{ ...first, campaignId: null }, second] }] };
    expect(planTournamentResume(stored(unlinked, [{ id: "c2", status: "interrupted", process: ME }]), here())).toMatchObject({
      ok: true,
      plan: { resumed: [], fresh: [first.id, second.id] },
    });
    // Stored as running on this process, yet not resumed: its replay failed and it was marked interrupted meanwhile.
    const failed = [{ id: "c1", status: "running", process: ME }, { id: "c2", status: "finished", process: ME }];
    expect(planTournamentResume(stored(t, failed), here())).toMatchObject({ ok: true, plan: { fresh: [first.id, second.id] } });
  });

  it("leaves to another process the table it still runs, and skips tables with a result", () => {
    let t = running();
    const [first, second] = t.rounds[0]!.tables;
    t = ok(recordResult(t, first!.id, electionIn(first!, first!.seats.map((s) => s.mayor)), []));
    const campaigns = [{ id: "c1", status: "finished", process: ME }, { id: "c2", status: "running", process: "game-2.example:2567" }];
    expect(planTournamentResume(stored(t, campaigns), here())).toMatchObject({ ok: true, plan: { resumed: [], fresh: [] } });
    expect(second!.result).toBeNull();
  });

  it("refuses a tournament that is not open", () => {
    const finished: Tournament = { ...running(), status: "finished" };
    expect(planTournamentResume(stored(finished), here())).toEqual({ ok: false, reason: "it is stored as finished" });
    const roundless: Tournament = { ...running(), rounds: [] };
    expect(planTournamentResume(stored(roundless), here())).toEqual({ ok: false, reason: "it is running without a round" });
  });

  it("keeps the host's deadline for the round in play; one that passed while the server was down, or ends within the reconnection window, ends with that window", () => {
    const standing = new Date(NOW + 10 * 60_000).toISOString();
    expect(planTournamentResume(stored(running(), [], standing), here())).toMatchObject({ ok: true, plan: { roundEndsAt: Date.parse(standing) } });
    const passed = new Date(NOW - 60_000).toISOString();
    expect(planTournamentResume(stored(running(), [], passed), here())).toMatchObject({ ok: true, plan: { roundEndsAt: NOW + RECONNECT_MS } });
    const tooSoon = new Date(NOW + RECONNECT_MS / 2).toISOString();
    expect(planTournamentResume(stored(running(), [], tooSoon), here())).toMatchObject({ ok: true, plan: { roundEndsAt: NOW + RECONNECT_MS } });
  });
});

describe("takeTournamentPlan", () => {
  it("gives nothing to a tournament room a client creates, whatever its options say", () => {
    expect(takeTournamentPlan({ token: "x", create: {} })).toBeNull();
    expect(takeTournamentPlan({ resumePlan: "guessed-key" })).toBeNull();
    expect(takeTournamentPlan(Object.create({ resumePlan: "inherited" }))).toBeNull();
    expect(takeTournamentPlan(undefined)).toBeNull();
  });
});

describe("claimTournament", () => {
  it("lets only the first of two processes booting at once reopen a tournament", async () => {
    const shared = new LocalPresence();
    const claims = await Promise.all([claimTournament("t1", shared), claimTournament("t1", shared), claimTournament("t2", shared)]);
    expect(claims).toEqual([true, false, true]);
  });
});
