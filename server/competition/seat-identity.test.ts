import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueIdentity } from "../identity/identity.ts";
import { newIdentity } from "../identity/tokens.ts";
import { connectDatabase, type Database } from "../persistence/connect.ts";
import { migrate } from "../persistence/migrate.ts";
import { createPostgresPlayerStore } from "../persistence/postgres-player-store.ts";
import type { PlayerStore, StoredPlayer } from "../persistence/PlayerStore.ts";
import { Lobby } from "../rooms/lobby.ts";
import { admitMayor } from "./seat-identity.ts";

describe("admitMayor", () => {
  let db: Database;
  let players: PlayerStore;
  let ada: { player: StoredPlayer; token: string };
  const lobby = () => new Lobby({ policy: 60, speech: 90, reactions: 12 });

  beforeAll(async () => {
    db = await connectDatabase();
    await migrate(db.sql);
    players = createPostgresPlayerStore(db.sql);
    ada = await issueIdentity(players, "Ada");
  });
  afterAll(async () => {
    await db?.close();
  });

  it("admits a guest and an identity to a free seat of an open lobby", async () => {
    expect(await admitMayor({ players, lobby: lobby(), token: undefined, started: false, reserved: false })).toEqual({ player: null });
    expect(await admitMayor({ players, lobby: lobby(), token: ada.token, started: false, reserved: false })).toEqual({ player: ada.player });
  });

  it("refuses an unknown, malformed or truncated token with the same sentence", async () => {
    for (const token of [newIdentity().token, "not a token", ada.token.slice(1), `${ada.token}x`]) {
      await expect(admitMayor({ players, lobby: lobby(), token, started: false, reserved: false })).rejects.toThrow("This identity token is not valid.");
    }
  });

  it("gives a held seat back to its identity after the start, but not while another connection holds it", async () => {
    const room = lobby();
    room.join("s1", { name: "Ada" }, ada.player.id);
    await expect(admitMayor({ players, lobby: room, token: ada.token, started: true, reserved: false })).rejects.toThrow("another connection");
    room.dropped("m1");
    expect(await admitMayor({ players, lobby: room, token: ada.token, started: true, reserved: false })).toEqual({ player: ada.player });
    await expect(admitMayor({ players, lobby: room, token: undefined, started: true, reserved: false })).rejects.toThrow("already started");
  });

  it("keeps a tournament table's seats for their identities, and refuses a full lobby", async () => {
    const table = lobby();
    table.reserve([{ player: ada.player.id, bot: null, name: "Ada" }, { player: null, bot: "green", name: "Bot" }]);
    expect(await admitMayor({ players, lobby: table, token: ada.token, started: false, reserved: true })).toEqual({ player: ada.player });
    const stranger = await issueIdentity(players, "Eve");
    await expect(admitMayor({ players, lobby: table, token: stranger.token, started: false, reserved: true })).rejects.toThrow("reserved");
    const full = lobby();
    for (let i = 0; i < 6; i++) full.addBot("green");
    await expect(admitMayor({ players, lobby: full, token: undefined, started: false, reserved: false })).rejects.toThrow("full");
  });
});
