import { LocalPresence, ServerError } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import { start } from "../../common/tournament/play.ts";
import { electionIn, HOST, ok, openTournament, playerId } from "../../tests/support/tournament.ts";
import { Lobby } from "../rooms/lobby.ts";
import { claimTable, offerTable, prepareTable, toTableMayors, type TableSpec } from "./table-link.ts";

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
