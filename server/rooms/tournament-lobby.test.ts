import { describe, expect, it } from "vitest";
import { start } from "../../common/tournament/play.ts";
import { register } from "../../common/tournament/registration.ts";
import { tournamentStandings } from "../../common/tournament/standings.ts";
import type { Table } from "../../common/schemas/tournament.ts";
import { HOST, ok, openTournament, playerId } from "../../tests/support/tournament.ts";
import { TournamentLobby } from "./tournament-lobby.ts";

const live = (table: string) => ({ table, roomId: `R${table}`, phase: "lobby" as const, round: 0, rounds: 3, mayors: [] });

describe("TournamentLobby", () => {
  it("applies a transition, or hands its refusal back and changes nothing", () => {
    const lobby = new TournamentLobby(openTournament(2));
    const before = lobby.tournament;
    expect(lobby.apply(register(before, { player: playerId(1), name: "Again", seed: 0 }))).toEqual({
      code: "already_registered",
      message: "You are already registered.",
    });
    expect(lobby.tournament).toBe(before);
    expect(lobby.apply(register(before, { player: playerId(3), name: "Cy", seed: 0 }))).toBeNull();
    expect(lobby.tournament.entries).toHaveLength(3);
  });

  it("tells when an identity's last connection goes, and lists who is here once", () => {
    const lobby = new TournamentLobby(openTournament(2));
    lobby.connect("a1", playerId(1));
    lobby.connect("a2", playerId(1));
    lobby.connect("w", null);
    expect(lobby.view().present).toEqual([playerId(1)]);
    expect(lobby.disconnect("a1")).toBeNull();
    expect(lobby.disconnect("w")).toBeNull();
    expect(lobby.disconnect("a2")).toBe(playerId(1));
    expect(lobby.view().present).toEqual([]);
  });

  it("keeps live reports of the round's tables only, and forgets them with the round", () => {
    const lobby = new TournamentLobby(ok(start(openTournament(6), HOST)));
    lobby.setLive(live("r1t2"));
    lobby.setLive(live("r9t1"));
    lobby.roundEndsAt = 1234;
    expect(lobby.view()).toMatchObject({ live: [live("r1t2")], roundEndsAt: 1234, standings: tournamentStandings(lobby.tournament) });
    const seated = lobby.tournament.rounds[0]!.tables[1]!.seats[0]!.mayor;
    expect(lobby.unfinishedTableOf(seated)?.id).toBe("r1t2");
    lobby.newRound();
    expect(lobby.view()).toMatchObject({ live: [], roundEndsAt: 0 });
  });

  it("names, at the deadline, the players of unfinished tables that are away or never reported", () => {
    const lobby = new TournamentLobby(ok(start(openTournament(6), HOST)));
    const [first, second] = lobby.tournament.rounds[0]!.tables as [Table, Table];
    const humans = (t: Table) => t.seats.filter((s) => s.bot === null).map((s) => s.mayor);
    const [here, away, alsoHere] = humans(first);
    lobby.setLive({ ...live(first.id), mayors: [here!, away!, alsoHere!].map((player) => ({ player, name: "x", bot: false, connected: player !== away })) });
    expect(lobby.awayAtDeadline()).toEqual([away, ...humans(second)]);
  });
});
