import { LocalPresence, ServerError } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import { start } from "../../common/tournament/play.ts";
import { electionIn, HOST, ok, openTournament, playerId } from "../../tests/support/tournament.ts";
import { Lobby } from "../rooms/lobby.ts";
import { claimTable, offerTable, prepareTable, tableSpec, toTableMayors, type TableSpec } from "./table-link.ts";

const spec: TableSpec = {
  tournamentId: "6f1c2b9e-8a43-4d6b-9c1e-2f5a7b3d9e10",
  table: "r1t2",
  round: 1,
  settings: { rounds: 3, seconds: { policy: 10, speech: 15, reactions: 3 } },
  rated: true,
  seats: [
    { player: playerId(1), bot: null, name: "Ada" },
    { player: null, bot: "green", name: "Bot" },
    { player: playerId(2), bot: null, name: "Bo" },
  ],
};

describe("the table link", () => {
  it("hands an offered table to the one room created with its key, once", async () => {
    const presence = new LocalPresence();
    const key = await offerTable(presence, spec);
    expect(await claimTable(presence, key)).toEqual(spec);
    await expect(claimTable(presence, key)).rejects.toThrow(ServerError);
  });

  it("leaves ordinary rooms alone and refuses a forged or malformed key with one sentence", async () => {
    const presence = new LocalPresence();
    await offerTable(presence, spec);
    expect(await claimTable(presence, { name: "Ada", private: true })).toBeNull();
    expect(await claimTable(presence, undefined)).toBeNull();
    for (const table of ["0".repeat(32), "nope", 7, { $ne: null }]) {
      await expect(claimTable(presence, { table })).rejects.toThrow("No such tournament table.");
    }
  });

  it("seats the table in order in the lobby: identities waiting, bots ready, the tournament's settings, nobody hosting", () => {
    const lobby = new Lobby({ policy: 60, speech: 90, reactions: 12 });
    prepareTable(lobby, spec);
    expect(lobby.seats.map((s) => [s.mayor, s.player, s.bot, s.ready, s.connected])).toEqual([
      ["m1", playerId(1), null, true, false],
      ["m2", null, "green", true, false],
      ["m3", playerId(2), null, true, false],
    ]);
    expect(lobby.seats[1]!.name).toBe("Green bot");
    expect(lobby.byPlayer(playerId(2))?.mayor).toBe("m3");
    expect(lobby).toMatchObject({ settings: spec.settings, rated: true, host: null });
  });

  it("leaves the seats of a resumed table to its stored campaign, and still takes the tournament's settings", () => {
    const lobby = new Lobby({ policy: 60, speech: 90, reactions: 12 });
    prepareTable(lobby, { ...spec, resumed: true });
    expect(lobby.seats).toEqual([]);
    expect(lobby).toMatchObject({ settings: spec.settings, rated: true });
  });

  it("specifies a table's campaign from the tournament: its seats labelled as in the standings, bots by strategy", () => {
    const t = ok(start(openTournament(4, { tableSize: 3 }), HOST));
    const round = t.rounds[0]!;
    const withBot = round.tables.find((x) => x.seats.some((s) => s.bot !== null))!;
    const made = tableSpec(t, withBot, round.round);
    expect(made).toMatchObject({ tournamentId: t.id, table: withBot.id, round: 1, settings: t.settings.campaign, rated: t.settings.rated });
    expect(made.resumed).toBeUndefined();
    expect(made.seats).toEqual(
      withBot.seats.map((s) => (s.bot ? { player: null, bot: s.bot, name: "Bot" } : { player: s.mayor, bot: null, name: t.entries.find((e) => e.player === s.mayor)!.name })),
    );
  });

  it("turns a campaign's mayor ids into the table's, seat by seat", () => {
    const t = ok(start(openTournament(3), HOST));
    const table = t.rounds[0]!.tables[0]!;
    const inCampaign = electionIn({ ...table, seats: table.seats.map((s, i) => ({ ...s, mayor: `m${i + 1}` })) }, ["m3", "m1", "m2"]);
    const mapped = toTableMayors(table, inCampaign, ["m2"]);
    const ids = table.seats.map((s) => s.mayor);
    expect(mapped.result.standings.map((s) => s.mayor)).toEqual([ids[2], ids[0], ids[1]]);
    expect(mapped.result.winner).toBe(ids[2]);
    expect(mapped.abandoned).toEqual([ids[1]]);
  });
});
