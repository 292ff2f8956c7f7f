import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INITIAL_SKILL, rateCampaign } from "../../common/rating/update.ts";
import { ordinal } from "openskill";
import type { PlayerId } from "../../common/schemas/identity.ts";
import { Tournament } from "../../common/schemas/tournament.ts";
import { abandon, finish, linkCampaign, pairNextRound, recordResult, start } from "../../common/tournament/play.ts";
import { removeEntry } from "../../common/tournament/registration.ts";
import type { Database } from "../../server/persistence/connect.ts";
import { migrate } from "../../server/persistence/migrate.ts";
import { createPostgresPlayerStore } from "../../server/persistence/postgres-player-store.ts";
import { createPostgresStore } from "../../server/persistence/postgres-store.ts";
import { createPostgresTournamentStore } from "../../server/persistence/postgres-tournament-store.ts";
import type { PlayerStore } from "../../server/persistence/PlayerStore.ts";
import type { Store } from "../../server/persistence/Store.ts";
import type { TournamentStore } from "../../server/persistence/TournamentStore.ts";
import { playedCampaign, saveWhole } from "./played-campaign.ts";
import type { StoreTarget } from "./store-targets.ts";
import { electionIn, HOST, ok, openTournament, playerId } from "./tournament.ts";

const digest = (text: string) => createHash("sha256").update(text).digest();

/** A stored campaign whose seats are the given players (mayor id = player id), as a room would create it. */
async function campaignOf(store: Store, id: string, players: readonly PlayerId[]) {
  const mayors = players.map((p, seat) => ({ id: p, name: `Mayor ${seat}`, color: "#336699", seat, isBot: false, strategy: null }));
  await store.createCampaign({ id, code: id.slice(0, 4), settings: { seed: 1, rounds: 3, mayors: mayors.map(({ id, name, color }) => ({ id, name, color })) }, mayors });
}

/** The players' and tournaments' storage contract; each *.test.ts beside the stores runs it against one database. */
export function describeCompetitionStoreContract(target: StoreTarget): void {
  describe(`Player and tournament store contract: ${target.name}`, () => {
    let db: Database;
    let campaigns: Store;
    let players: PlayerStore;
    let tournaments: TournamentStore;
    const [a, b, c, d] = [1, 2, 3, 4].map(playerId) as [PlayerId, PlayerId, PlayerId, PlayerId];

    beforeAll(async () => {
      db = await target.open();
      await migrate(db.sql);
      campaigns = createPostgresStore(db.sql);
      players = createPostgresPlayerStore(db.sql);
      tournaments = createPostgresTournamentStore(db.sql);
      for (let n = 1; n <= 12; n++) await players.createPlayer({ id: playerId(n), name: `Player ${n}`, tokenHash: digest(`token ${n}`) });
      await players.createPlayer({ id: HOST, name: "Host", tokenHash: digest("host token") });
    });
    afterAll(async () => {
      await db?.close();
      await target.cleanup();
    });

    it("finds a player by the digest of their token only, and never stores the token", async () => {
      expect(await players.playerByTokenHash(digest("token 2"))).toEqual({ id: b, name: "Player 2", skill: INITIAL_SKILL, games: 0 });
      expect(await players.playerByTokenHash(digest("token 99"))).toBeNull();
      await expect(players.createPlayer({ id: playerId(99), name: "Copy", tokenHash: digest("token 2") })).rejects.toThrow();
      const [row] = await db.sql<{ dump: string }[]>`SELECT row_to_json(p)::text AS dump FROM players p WHERE id = ${b}`;
      expect(row!.dump).not.toContain("token 2");
    });

    it("renames a player and says null for an unknown one", async () => {
      expect((await players.rename(c, "Ana"))?.name).toBe("Ana");
      expect((await players.getPlayer(c))?.name).toBe("Ana");
      expect(await players.rename(playerId(500), "Nobody")).toBeNull();
    });

    it("rates a campaign once from the current skills, keeping before and after", async () => {
      await campaignOf(campaigns, "rated-1", [a, b, c]);
      const ranking = [
        { player: a, rank: 1 },
        { player: b, rank: 2 },
        { player: c, rank: 2 },
      ];
      const changes = await players.rateCampaign("rated-1", ranking);
      expect(changes).toEqual(rateCampaign(ranking.map((r) => ({ ...r, skill: INITIAL_SKILL }))));
      expect(await players.rateCampaign("rated-1", ranking)).toEqual(changes);
      expect(await players.getPlayer(a)).toMatchObject({ skill: changes[0]!.after, games: 1 });

      await campaignOf(campaigns, "rated-2", [c, a, d]);
      const second = [
        { player: c, rank: 1 },
        { player: a, rank: 2 },
        { player: d, rank: 3 },
      ];
      const skills = new Map([...changes.map((x) => [x.player, x.after] as const), [d, INITIAL_SKILL] as const]);
      const changes2 = await players.rateCampaign("rated-2", second);
      expect(changes2).toEqual(rateCampaign(second.map((r) => ({ ...r, skill: skills.get(r.player)! }))));
      expect(await players.getPlayer(a)).toMatchObject({ skill: changes2[1]!.after, games: 2 });

      const history = await players.ratingHistory(a, { limit: 10 });
      expect(history.map((h) => [h.campaignId, h.rank, h.before, h.after])).toEqual([
        ["rated-2", 2, changes[0]!.after, changes2[1]!.after],
        ["rated-1", 1, INITIAL_SKILL, changes[0]!.after],
      ]);
    });

    it("refuses to rate unknown players and changes nothing", async () => {
      await campaignOf(campaigns, "rated-3", [a, b]);
      const before = await players.getPlayer(a);
      await expect(players.rateCampaign("rated-3", [{ player: a, rank: 1 }, { player: playerId(404), rank: 2 }])).rejects.toThrow(/does not exist/);
      expect(await players.getPlayer(a)).toEqual(before);
      expect(await players.ratingHistory(a, { limit: 10 })).toHaveLength(2);
    });

    it("ranks the leaderboard by ordinal, rated players only", async () => {
      const board = await players.leaderboard({ limit: 50 });
      expect(board.map((p) => p.id).sort()).toEqual([a, b, c, d].sort());
      const ordinals = board.map((p) => ordinal(p.skill));
      expect(ordinals).toEqual([...ordinals].sort((x, y) => y - x));
      expect(await players.leaderboard({ limit: 2 })).toHaveLength(2);
    });

    it("lists the campaigns a player sat in, with the election's rank once finished", async () => {
      const played = playedCampaign("played-for-profile", 5, 3, 3);
      await saveWhole(campaigns, played);
      const seat = played.final.result!.standings.find((s) => s.rank === 2)!;
      await players.linkSeats("played-for-profile", [{ mayor: seat.mayor, player: d }]);
      await players.linkSeats("played-for-profile", [{ mayor: seat.mayor, player: d }]);
      await players.linkSeats("rated-2", [{ mayor: d, player: d }]);
      const recent = await players.recentCampaigns(d, { limit: 10 });
      expect(recent.map((r) => [r.campaignId, r.status, r.rank, r.mayors])).toEqual([
        ["played-for-profile", "finished", 2, 3],
        ["rated-2", "lobby", null, 3],
      ]);
    });

    it("stores a tournament after every transition and gives back the same model", async () => {
      let t = openTournament(7, { tableSize: 3, rounds: 2, startsAt: "2031-05-01T18:00:00.000Z" });
      const saved = async () => {
        await tournaments.saveTournament(t);
        await tournaments.saveTournament(t);
        expect(await tournaments.getTournament(t.id)).toEqual(Tournament.parse(t));
      };
      await saved();
      t = ok(removeEntry(t, HOST, playerId(3)));
      await saved();
      t = ok(start(t, HOST));
      await saved();
      for (const [i, table] of t.rounds[0]!.tables.entries()) {
        t = ok(linkCampaign(t, table.id, `campaign-${table.id}`));
        const order = table.seats.map((s) => s.mayor);
        const tied = electionIn(table, order);
        tied.standings[1] = { ...tied.standings[1]!, votes: tied.standings[0]!.votes, approvalSum: tied.standings[0]!.approvalSum };
        t = ok(recordResult(t, table.id, i === 0 ? tied : electionIn(table, order), i === 1 ? [order[0]!] : []));
        await saved();
      }
      t = ok(pairNextRound(t));
      const someone = t.rounds[1]!.tables[0]!.seats[0]!.mayor;
      t = ok(abandon(t, someone));
      await saved();
      for (const table of t.rounds[1]!.tables) {
        t = ok(recordResult(t, table.id, electionIn(table, table.seats.map((s) => s.mayor)), []));
      }
      t = ok(finish(t));
      await saved();
      expect(await tournaments.getTournament("00000000-0000-4000-8000-000000000000")).toBeNull();
    });

    it("lists tournaments, most recent first", async () => {
      const [summary] = await tournaments.listTournaments({ limit: 5 });
      expect(summary).toMatchObject({ name: "Spring Cup", status: "finished", entries: 6, currentRound: 2, rounds: 2, tableSize: 3, rated: true });
      expect(summary!.startsAt).toBe("2031-05-01T18:00:00.000Z");
    });
  });
}
