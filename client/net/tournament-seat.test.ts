import { describe, expect, it } from "vitest";
import { forgetTournamentSeat, loadTournamentSeat, returningTo, saveTournamentSeat } from "./tournament-seat.ts";
import { memoryStorage } from "../../tests/fixtures/memory-storage.ts";

describe("the tournament of this tab's campaign", () => {
  it("is kept until forgotten, and a broken entry reads as none", () => {
    const storage = memoryStorage();
    expect(loadTournamentSeat(storage)).toBeNull();
    saveTournamentSeat({ tournament: "TOURNY", room: "CAMPGN", spectator: false }, storage);
    expect(loadTournamentSeat(storage)).toEqual({ tournament: "TOURNY", room: "CAMPGN", spectator: false });
    forgetTournamentSeat(storage);
    expect(loadTournamentSeat(storage)).toBeNull();
    storage.setItem("ecotopia.tournament-seat", "{not json");
    expect(loadTournamentSeat(storage)).toBeNull();
    storage.setItem("ecotopia.tournament-seat", JSON.stringify({ tournament: "TOURNY" }));
    expect(loadTournamentSeat(storage)).toBeNull();
  });

  it("brings a reload back to the campaign from its own address or the tournament's, only for the seat it names", () => {
    const inTournament = { tournament: "TOURNY", room: "CAMPGN", spectator: false };
    const seat = { code: "CAMPGN" };
    expect(returningTo(seat, inTournament, "/c/CAMPGN")).toBe(true);
    expect(returningTo(seat, inTournament, "/tournament/TOURNY")).toBe(true);
    expect(returningTo(seat, inTournament, "/tournament/OTHERS")).toBe(false);
    expect(returningTo(seat, inTournament, "/")).toBe(false);
    expect(returningTo(seat, inTournament, "/leaderboard")).toBe(false);
    expect(returningTo({ code: "ANOTHR" }, inTournament, "/c/ANOTHR"), "a later campaign of the tab's own").toBe(false);
    expect(returningTo(null, inTournament, "/c/CAMPGN"), "the seat was given up").toBe(false);
    expect(returningTo(seat, null, "/c/CAMPGN")).toBe(false);
  });
});
