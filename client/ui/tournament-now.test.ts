import { describe, expect, it } from "vitest";
import type { LiveTable } from "../../common/schemas/tournament-room.ts";
import type { Tournament } from "../../common/schemas/tournament.ts";
import { start } from "../../common/tournament/play.ts";
import { closeRegistration } from "../../common/tournament/registration.ts";
import { HOST, ok, openTournament, playerId } from "../../tests/support/tournament.ts";
import { tournamentNow } from "./tournament-now.ts";

const board = (tournament: Tournament, live: LiveTable[] = []) => ({ tournament, standings: [], live, present: [] });
const tableOf = (t: Tournament, phase: LiveTable["phase"]): LiveTable => {
  const table = t.rounds[0]!.tables[0]!;
  return {
    table: table.id,
    roomId: "ABCDE",
    phase,
    round: 1,
    rounds: 3,
    mayors: table.seats.map((s) => ({ player: s.bot ? null : s.mayor, name: s.mayor, bot: s.bot !== null, connected: true })),
  };
};

describe("what a tournament page tells each visitor to do now", () => {
  const open = openTournament(4);

  it("asks a visitor to register, tells a registered player to wait here, and the host to share, close and start", () => {
    expect(tournamentNow(board(open), null)).toMatch(/press Register/);
    expect(tournamentNow(board(open), playerId(2))).toMatch(/You are registered.*opens by itself/);
    expect(tournamentNow(board(open), HOST)).toMatch(/Share the link.*Start \(at least 2 players\)/);
    const closed = ok(closeRegistration(open, HOST));
    expect(tournamentNow(board(closed), HOST)).toMatch(/Press Start/);
    expect(tournamentNow(board(closed), null)).toMatch(/Registration is closed/);
  });

  it("sends a player to their campaign while it is on, and anyone else to watch", () => {
    const running = ok(start(open, HOST));
    const seated = running.rounds[0]!.tables[0]!.seats.find((s) => s.bot === null)!.mayor;
    const elsewhere = running.entries.map((e) => e.player).find((p) => !running.rounds[0]!.tables[0]!.seats.some((s) => s.mayor === p))!;
    expect(tournamentNow(board(running, [tableOf(running, "policy")]), seated)).toMatch(/your campaign is on/);
    expect(tournamentNow(board(running, [tableOf(running, "ended")]), seated)).toMatch(/Round 1 of 3 is being played\. Your next campaign/);
    expect(tournamentNow(board(running, [tableOf(running, "policy")]), elsewhere)).toMatch(/Your next campaign opens here/);
    expect(tournamentNow(board(running, [tableOf(running, "policy")]), null)).toMatch(/Press Watch/);
    const absent = { ...running, entries: running.entries.map((e) => (e.player === elsewhere ? { ...e, absent: true } : e)) };
    expect(tournamentNow(board(absent), elsewhere)).toMatch(/without you.*paired again/);
  });

  it("names a scheduled start", () => {
    const scheduled = openTournament(2, { startsAt: "2030-01-01T12:00:00.000Z" });
    expect(tournamentNow(board(scheduled), null)).toMatch(/starts by itself at/);
  });

  it("points to the standings once it is over", () => {
    expect(tournamentNow(board({ ...open, status: "finished" }), null)).toMatch(/over.*standings/);
  });

  it("says why a tournament the server could not pick up again ended where it did, and refuses to start it", () => {
    const interrupted = { ...ok(start(open, HOST)), status: "interrupted" as const };
    expect(tournamentNow(board(interrupted), HOST)).toMatch(/server stopped during round 1 of 3.*standings below are as they stood/);
    expect(start(interrupted, HOST)).toMatchObject({ ok: false, code: "already_started" });
  });
});
