import { createHash, randomUUID } from "node:crypto";
import postgres from "postgres";
import type { PlayerId } from "../../../common/schemas/identity.ts";
import { createPostgresPlayerStore } from "../../../server/persistence/postgres-player-store.ts";
import { createPostgresStore } from "../../../server/persistence/postgres-store.ts";
import { playedCampaign, saveWhole } from "../../support/played-campaign.ts";

const playerId = (n: number): PlayerId => `p${createHash("sha256").update(`seeded player ${n}`).digest("hex").slice(0, 16)}`;

/**
 * Writes, through the server's own stores, named players and finished 3-mayor campaigns rated from their final
 * standings: what a leaderboard and a player's page show after some play, without playing it in a browser.
 */
export async function seedRatedHistory(databaseUrl: string, names: readonly string[], campaigns: number): Promise<PlayerId[]> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const store = createPostgresStore(sql);
    const players = createPostgresPlayerStore(sql);
    const ids = names.map((_, i) => playerId(i));
    for (const [i, name] of names.entries()) {
      await players.createPlayer({ id: ids[i]!, name, tokenHash: createHash("sha256").update(`seed ${i}`).digest() });
    }
    for (let c = 0; c < campaigns; c++) {
      const played = playedCampaign(randomUUID(), 11 + c, 3, 3);
      await saveWhole(store, played);
      const seated = played.created.mayors.map((m, seat) => ({ mayor: m.id, player: ids[(seat + c) % ids.length]! }));
      await players.linkSeats(played.id, seated);
      const rankOf = new Map(played.final.result!.standings.map((s) => [s.mayor, s.rank]));
      await players.rateCampaign(played.id, seated.map((s) => ({ player: s.player, rank: rankOf.get(s.mayor)! })));
    }
    return ids;
  } finally {
    await sql.end();
  }
}
