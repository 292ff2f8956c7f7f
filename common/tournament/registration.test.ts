import { describe, expect, it } from "vitest";
import { MAX_ENTRIES, Tournament } from "../schemas/tournament.ts";
import { HOST, ok, openTournament, playerId } from "../../tests/support/tournament.ts";
import { start } from "./play.ts";
import { closeRegistration, register, removeEntry } from "./registration.ts";

const newcomer = { player: playerId(99), name: "Ana", seed: 1.5 };

describe("registration", () => {
  it("adds players in order as valid plain data", () => {
    const t = ok(register(openTournament(2), newcomer));
    expect(t.entries.map((e) => e.player)).toEqual([playerId(1), playerId(2), playerId(99)]);
    expect(t.entries[2]).toEqual({ ...newcomer, absent: false });
    expect(Tournament.parse(t)).toEqual(t);
  });

  it("refuses a second registration, a full tournament, and any registration once closed or started", () => {
    const t = openTournament(2);
    expect(register(t, { ...newcomer, player: playerId(1) })).toMatchObject({ ok: false, code: "already_registered" });
    expect(register(openTournament(MAX_ENTRIES), newcomer)).toMatchObject({ ok: false, code: "tournament_full" });
    expect(register(ok(closeRegistration(t, HOST)), newcomer)).toMatchObject({ ok: false, code: "registration_closed" });
    expect(register(ok(start(t, HOST)), newcomer)).toMatchObject({ ok: false, code: "already_started" });
  });

  it("lets the host remove anyone and a player remove only themselves, before the start", () => {
    const t = openTournament(3);
    expect(ok(removeEntry(t, HOST, playerId(2))).entries.map((e) => e.player)).toEqual([playerId(1), playerId(3)]);
    expect(ok(removeEntry(t, playerId(3), playerId(3))).entries).toHaveLength(2);
    expect(removeEntry(t, playerId(1), playerId(2))).toMatchObject({ ok: false, code: "not_host" });
    expect(removeEntry(t, HOST, playerId(42))).toMatchObject({ ok: false, code: "not_registered" });
    expect(removeEntry(ok(start(t, HOST)), HOST, playerId(2))).toMatchObject({ ok: false, code: "already_started" });
  });

  it("closes registration for the host only, once", () => {
    const t = openTournament(2);
    expect(closeRegistration(t, playerId(1))).toMatchObject({ ok: false, code: "not_host", message: "Only the host can do that." });
    const closed = ok(closeRegistration(t, HOST));
    expect(closed.status).toBe("closed");
    expect(closeRegistration(closed, HOST)).toMatchObject({ ok: false, code: "registration_closed" });
  });
});
