import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkCampaign, start } from "../../common/tournament/play.ts";
import type { Database } from "../../server/persistence/connect.ts";
import { newIdentity } from "../../server/identity/tokens.ts";
import { migrate } from "../../server/persistence/migrate.ts";
import { createPostgresPlayerStore } from "../../server/persistence/postgres-player-store.ts";
import { createPostgresResumeStore } from "../../server/persistence/postgres-resume-store.ts";
import { createPostgresStore } from "../../server/persistence/postgres-store.ts";
import { createPostgresTournamentStore } from "../../server/persistence/postgres-tournament-store.ts";
import type { ResumeStore, RoomRecord } from "../../server/persistence/ResumeStore.ts";
import type { Store } from "../../server/persistence/Store.ts";
import { playedCampaign } from "./played-campaign.ts";
import type { StoreTarget } from "./store-targets.ts";
import { HOST, ok, openTournament, playerId } from "./tournament.ts";

const ROOM: RoomRecord = { lobby: { rounds: 7, seconds: { policy: 30, speech: 45, reactions: 6 } }, rated: false, isPrivate: true };

/** The resume store on one database: what a restarted process reads back, and the interrupted mark. */
export function describeResumeStoreContract(target: StoreTarget): void {
  describe(`ResumeStore contract: ${target.name}`, () => {
    let db: Database;
    let store: Store;
    let resume: ResumeStore;

    beforeAll(async () => {
      db = await target.open();
      await migrate(db.sql);
      store = createPostgresStore(db.sql);
      resume = createPostgresResumeStore(db.sql);
    });

    afterAll(async () => {
      await db?.close();
      await target.cleanup();
    });

    it("gives a process back its running campaigns with their rooms, seats, identities and events so far", async () => {
      const played = playedCampaign("running-a", 21, 3);
      await store.createCampaign(played.created);
      await resume.keepRoom(played.id, "game-1.example:2567", ROOM);
      for (const [i, state] of played.afterRounds.slice(0, 2).entries()) await store.saveRound(played.id, state, played.reports[i]!);
      const players = createPostgresPlayerStore(db.sql);
      const { id, tokenHash } = newIdentity();
      await players.createPlayer({ id, name: "Ada", tokenHash });
      await players.linkSeats(played.id, [{ mayor: "m1", player: id }]);

      const running = await resume.running("game-1.example:2567");
      expect(running.map((c) => c.id)).toEqual(["running-a"]);
      const [campaign] = running;
      expect(campaign).toMatchObject({ code: played.created.code, settings: played.final.settings, room: ROOM });
      expect(campaign!.events).toEqual(played.afterRounds[1]!.history);
      expect(campaign!.mayors).toEqual(played.created.mayors.map((m) => ({ ...m, player: m.id === "m1" ? id : null })));
      expect(await resume.running("game-2.example:2567")).toEqual([]);
    });

    it("never lists a finished campaign, and an interrupted one only until it is marked", async () => {
      const finished = playedCampaign("finished-b", 22, 2, 3);
      await store.createCampaign(finished.created);
      await resume.keepRoom(finished.id, "p", ROOM);
      for (const [i, state] of finished.afterRounds.entries()) await store.saveRound(finished.id, state, finished.reports[i]!);
      await store.finishCampaign(finished.id, finished.final);
      const stuck = playedCampaign("stuck-c", 23, 2, 3);
      await store.createCampaign(stuck.created);
      await resume.keepRoom(stuck.id, "p", ROOM);
      expect((await resume.running("p")).map((c) => ({ id: c.id, events: c.events.length }))).toEqual([{ id: "stuck-c", events: 0 }]);

      await resume.markInterrupted(stuck.id);
      await resume.markInterrupted(finished.id);
      expect(await resume.running("p")).toEqual([]);
      expect((await store.getCampaign(stuck.id))?.status).toBe("interrupted");
      expect((await store.getCampaign(finished.id))?.status).toBe("finished");
    });

    it("gives back the open tournaments as stored with their tables' campaigns, and marks one interrupted for good", async () => {
      const players = createPostgresPlayerStore(db.sql);
      const tournaments = createPostgresTournamentStore(db.sql);
      for (const [id, name] of [[HOST, "Host"], ...[1, 2, 3].map((n) => [playerId(n), `Player ${n}`])] as const) {
        await players.createPlayer({ id, name, tokenHash: newIdentity().tokenHash });
      }
      const table = playedCampaign("table-d", 24, 3, 3);
      await store.createCampaign(table.created);
      await resume.keepRoom(table.id, "p", ROOM);
      const registering = { ...openTournament(3), id: randomUUID(), code: "OPEN01" };
      let running = ok(start({ ...openTournament(3), id: randomUUID(), code: "RUN001" }, HOST));
      running = ok(linkCampaign(running, running.rounds[0]!.tables[0]!.id, table.id));
      const finished = { ...openTournament(3), id: randomUUID(), code: "DONE01", status: "finished" as const };
      for (const t of [registering, running, finished]) await tournaments.saveTournament(t);
      const endsAt = "2026-12-06T01:02:03.456Z";
      await tournaments.keepRoundDeadline(running.id, endsAt);
      await tournaments.saveTournament(running);

      expect(await resume.openTournaments()).toEqual([registering.id, running.id]);
      expect(await resume.openTournament(running.id), "the host's deadline is kept across saves").toEqual({
        tournament: running,
        roundEndsAt: endsAt,
        campaigns: [{ id: table.id, status: "lobby", process: "p" }],
      });
      expect(await resume.openTournament(registering.id)).toEqual({ tournament: registering, roundEndsAt: null, campaigns: [] });
      expect(await resume.openTournament(randomUUID())).toBeNull();

      await resume.markTournamentInterrupted(running.id);
      await resume.markTournamentInterrupted(finished.id);
      expect(await resume.openTournaments()).toEqual([registering.id]);
      const statuses = await db.sql<{ code: string; status: string }[]>`SELECT code, status FROM tournaments ORDER BY code`;
      expect(statuses.map((r) => [r.code, r.status])).toEqual([["DONE01", "finished"], ["OPEN01", "registration"], ["RUN001", "interrupted"]]);
      // An interrupted tournament reads as such, with its results so far.
      expect(await tournaments.getTournament(running.id)).toEqual({ ...running, status: "interrupted" });
      expect((await tournaments.listTournaments({ limit: 10 })).find((x) => x.id === running.id)?.status).toBe("interrupted");
    });

    it("refuses to keep a room for a campaign that is not stored", async () => {
      await expect(resume.keepRoom("nowhere", "p", ROOM)).rejects.toThrow(/campaign nowhere is not stored/);
    });
  });
}
