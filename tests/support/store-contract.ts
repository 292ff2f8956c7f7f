import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { readdir } from "node:fs/promises";
import postgres from "postgres";
import { z } from "zod";
import { replay } from "../../common/engine/replay.ts";
import { CampaignHistory, CampaignSummary } from "../../common/schemas/history.ts";
import type { Database } from "../../server/persistence/connect.ts";
import { migrate } from "../../server/persistence/migrate.ts";
import { createPostgresStore } from "../../server/persistence/postgres-store.ts";
import type { Store } from "../../server/persistence/Store.ts";
import { WriteQueue } from "../../server/persistence/write-queue.ts";
import { expectedCalls, playedCampaign, saveWhole, type PlayedCampaign } from "./played-campaign.ts";
import type { StoreTarget } from "./store-targets.ts";
import { startTcpProxy } from "./tcp-proxy.ts";

const TABLES = ["events", "citizens", "votes", "standings", "rounds", "actions", "speeches", "promises", "contradictions", "reactions", "model_calls"] as const;
type Counts = Record<(typeof TABLES)[number], number>;

async function counts(sql: postgres.Sql, campaignId: string): Promise<Counts> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const [row] = await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM ${sql(table)} WHERE campaign_id = ${campaignId}`;
      return [table, row!.n] as const;
    }),
  );
  return Object.fromEntries(entries) as Counts;
}

/** The one suite every store must pass; each *.test.ts in server/persistence runs it against one database. */
export function describeStoreContract(target: StoreTarget): void {
  describe(`Store contract: ${target.name}`, () => {
    let db: Database;
    let store: Store;
    const whole: PlayedCampaign = playedCampaign("whole", 6);

    beforeAll(async () => {
      db = await target.open();
      await migrate(db.sql);
      store = createPostgresStore(db.sql);
    });
    afterAll(async () => {
      await db?.close();
      await target.cleanup();
    });

    it("applies each migration once", async () => {
      expect(await migrate(db.sql)).toEqual([]);
      const rows = await db.sql<{ name: string }[]>`SELECT name FROM schema_migrations ORDER BY name`;
      const files = (await readdir(new URL("../../migrations/", import.meta.url))).filter((f) => f.endsWith(".sql")).sort();
      expect(rows.map((r) => r.name)).toEqual(files);
    });

    it("stores a campaign round by round and gives back the engine's data", async () => {
      const { final, afterRounds, reports } = whole;
      await store.createCampaign(whole.created);
      expect((await store.getCampaign("whole"))?.status).toBe("lobby");
      await store.saveRound("whole", afterRounds[0]!, reports[0]!);
      const running = await store.getCampaign("whole");
      expect(running?.status).toBe("running");
      expect(running?.events).toEqual(afterRounds[0]!.history);
      await saveWhole(store, whole);

      const stored = (await store.getCampaign("whole"))!;
      // What the API sends must fit the schema the client parses it with.
      expect(CampaignHistory.parse(stored)).toEqual(stored);
      expect(z.array(CampaignSummary).parse(await store.listFinished({ limit: 5 }))).toHaveLength(1);
      expect(stored).toMatchObject({ id: "whole", code: "C6", status: "finished", settings: final.settings, mayors: whole.created.mayors });
      expect(stored).toMatchObject({ winner: final.result!.winner, ending: final.result!.ending, tieBreak: final.result!.tieBreak });
      expect(stored.events).toEqual(final.history);
      expect(replay(stored.settings, stored.events)).toEqual(final);
      expect(stored.promises).toEqual(final.promises);
      expect(stored.votes).toEqual(final.result!.votes);
      expect(stored.standings).toEqual(final.result!.standings);
      expect(stored.rounds.flatMap((r) => r.actions)).toEqual(final.actions);
      expect(stored.rounds.flatMap((r) => r.speeches)).toEqual(final.speeches);
      expect(stored.rounds.flatMap((r) => r.promises)).toEqual(final.promises);
      expect(stored.rounds.flatMap((r) => r.contradictions)).toEqual(final.contradictions);
      for (const [i, r] of stored.rounds.entries()) {
        const { approvalChanges, ...record } = final.rounds[i]!;
        expect(r).toMatchObject({ ...record, reactions: approvalChanges, modelCalls: expectedCalls(reports[i]!) });
      }
      const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(stored.citizens).map(({ departedRound, ...c }) => c)).toEqual(
        byId([...final.formerCitizens, ...final.citizens]).map((c) => ({
          id: c.id,
          name: c.name,
          role: c.role,
          age: c.age,
          personality: c.personality,
          kind: c.kind,
          bloc: c.bloc,
          linkedMayor: c.linkedMayor,
          arrivedRound: c.arrivedRound,
        })),
      );
      expect(byId(stored.citizens.filter((c) => c.departedRound !== null)).map((c) => c.id)).toEqual(byId(final.formerCitizens).map((c) => c.id));

      expect(await counts(db.sql, "whole")).toEqual({
        events: final.history.length,
        citizens: final.citizens.length + final.formerCitizens.length,
        votes: final.result!.votes.length,
        standings: final.settings.mayors.length,
        rounds: final.rounds.length,
        actions: final.actions.length,
        speeches: final.speeches.length,
        promises: final.promises.length,
        contradictions: final.contradictions.length,
        reactions: final.rounds.reduce((n, r) => n + r.approvalChanges.length, 0),
        model_calls: reports.reduce((n, r) => n + Object.keys(r.extraction).length + 1, 0),
      });
      expect(final.contradictions.length * final.actions.length * final.formerCitizens.length).toBeGreaterThan(0);
    });

    it("accepts every write again, even an old round, without changing anything", async () => {
      const before = await store.getCampaign("whole");
      const rows = await counts(db.sql, "whole");
      await saveWhole(store, whole);
      await store.saveRound("whole", whole.afterRounds[0]!, whole.reports[0]!);
      expect(await store.getCampaign("whole")).toEqual(before);
      expect(await counts(db.sql, "whole")).toEqual(rows);
    });

    it("leaves nothing of a round whose transaction failed", async () => {
      const played = playedCampaign("doomed", 5);
      await store.createCampaign(played.created);
      await db.sql.unsafe(`
        CREATE FUNCTION refuse_doomed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'injected failure'; END $$;
        CREATE TRIGGER refuse_doomed BEFORE INSERT ON events FOR EACH ROW WHEN (NEW.campaign_id = 'doomed') EXECUTE FUNCTION refuse_doomed();`);
      await expect(store.saveRound("doomed", played.afterRounds[0]!, played.reports[0]!)).rejects.toThrow(/injected failure/);
      expect(Object.values(await counts(db.sql, "doomed")).every((n) => n === 0)).toBe(true);
      expect((await store.getCampaign("doomed"))?.status).toBe("lobby");

      await db.sql.unsafe("DROP TRIGGER refuse_doomed ON events; DROP FUNCTION refuse_doomed()");
      await store.saveRound("doomed", played.afterRounds[0]!, played.reports[0]!);
      const saved = await counts(db.sql, "doomed");
      expect(saved.rounds).toBe(1);
      expect(saved.events).toBe(played.afterRounds[0]!.history.length);
    });

    it("lists finished campaigns, most recent first", async () => {
      const ids = ["list-a", "list-b", "list-c"];
      for (const [i, id] of ids.entries()) await saveWhole(store, playedCampaign(id, 20 + i, 2, 3));
      await store.createCampaign(playedCampaign("list-open", 30, 2, 3).created);

      const all = await store.listFinished({ limit: 100 });
      expect(all.map((s) => s.id).filter((id) => id.startsWith("list-"))).toEqual(["list-c", "list-b", "list-a"]);
      expect(all.every((s, i) => i === 0 || s.finishedAt <= all[i - 1]!.finishedAt)).toBe(true);
      const [latest] = await store.listFinished({ limit: 1 });
      const played = playedCampaign("list-c", 22, 2, 3);
      expect(latest).toEqual({
        id: "list-c",
        code: "C22",
        finishedAt: expect.any(String),
        rounds: played.final.rounds.length,
        mayors: played.final.settings.mayors,
        winner: played.final.result!.winner,
        ending: played.final.result!.ending,
      });
      expect(await store.getCampaign("nobody")).toBeNull();
    });

    it("keeps writes made while the database is unreachable and lands them in order once it is back", async () => {
      const proxy = await startTcpProxy(db.url);
      const sql = postgres(proxy.url, { max: 1, onnotice: () => {} });
      const cutOff = createPostgresStore(sql);
      const queue = new WriteQueue({ baseDelayMs: 20, maxDelayMs: 100 });
      const played = playedCampaign("outage", 7, 3, 4);
      try {
        queue.enqueue("outage", "create", () => cutOff.createCampaign(played.created));
        await queue.idle();
        await proxy.down();
        for (const [i, state] of played.afterRounds.entries()) {
          queue.enqueue("outage", `round ${i + 1}`, () => cutOff.saveRound("outage", state, played.reports[i]!));
        }
        queue.enqueue("outage", "finish", () => cutOff.finishCampaign("outage", played.final));
        await vi.waitFor(() => expect(queue.status().failures).toBeGreaterThanOrEqual(2), { timeout: 10_000 });
        expect(queue.status()).toMatchObject({ pending: played.afterRounds.length + 1, lastError: { label: "round 1" } });
        expect((await store.getCampaign("outage"))?.rounds).toEqual([]);

        await proxy.up();
        await queue.idle();
        const stored = await store.getCampaign("outage");
        expect(stored?.status).toBe("finished");
        expect(stored?.events).toEqual(played.final.history);
        expect(stored?.rounds.map((r) => r.round)).toEqual(played.final.rounds.map((r) => r.round));
        expect(queue.status().pending).toBe(0);
      } finally {
        queue.stop();
        await sql.end({ timeout: 1 });
        await proxy.close();
      }
    });

    it.runIf(target.reopen)("keeps finished campaigns across a restart", async () => {
      const before = await store.getCampaign("whole");
      await db.close();
      db = await target.reopen!();
      store = createPostgresStore(db.sql);
      expect(await migrate(db.sql)).toEqual([]);
      expect(await store.getCampaign("whole")).toEqual(before);
      expect((await store.listFinished({ limit: 100 })).map((s) => s.id)).toContain("whole");
    });
  });
}
