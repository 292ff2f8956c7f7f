import type postgres from "postgres";
import type { CampaignEvent } from "../../common/schemas/campaign.ts";
import { createPostgresTournamentStore } from "./postgres-tournament-store.ts";
import type { ResumeStore, RunningCampaign } from "./ResumeStore.ts";

export function createPostgresResumeStore(sql: postgres.Sql): ResumeStore {
  const tournaments = createPostgresTournamentStore(sql);
  return {
    async keepRoom(campaignId, process, room) {
      const [updated] = await sql`
        UPDATE campaigns SET process = ${process}, room = ${sql.json(room)} WHERE id = ${campaignId} RETURNING id`;
      if (!updated) throw new Error(`campaign ${campaignId} is not stored`);
    },

    async running(process) {
      // One snapshot, so that a round being stored meanwhile is in the events entirely or not at all.
      return sql.begin("ISOLATION LEVEL REPEATABLE READ READ ONLY", async (tx) => {
        const campaigns = await tx<Omit<RunningCampaign, "mayors" | "events">[]>`
          SELECT id, code, settings, room FROM campaigns
          WHERE status IN ('lobby', 'running') AND process = ${process}
          ORDER BY created_at, id`;
        const rebuilt: RunningCampaign[] = [];
        for (const campaign of campaigns) {
          const mayors = await tx<RunningCampaign["mayors"]>`
            SELECT m.mayor_id AS id, m.name, m.color, m.seat, m.is_bot AS "isBot", m.strategy, p.player_id AS player
            FROM mayors m LEFT JOIN campaign_players p ON p.campaign_id = m.campaign_id AND p.mayor_id = m.mayor_id
            WHERE m.campaign_id = ${campaign.id} ORDER BY m.seat`;
          const events = await tx<{ event: CampaignEvent }[]>`SELECT event FROM events WHERE campaign_id = ${campaign.id} ORDER BY seq`;
          rebuilt.push({ ...campaign, mayors: [...mayors], events: events.map((e) => e.event) });
        }
        return rebuilt;
      });
    },

    async markInterrupted(campaignId) {
      await sql`UPDATE campaigns SET status = 'interrupted' WHERE id = ${campaignId} AND status IN ('lobby', 'running')`;
    },

    async openTournaments() {
      const rows = await sql<{ id: string }[]>`
        SELECT id FROM tournaments WHERE status IN ('registration', 'closed', 'running') ORDER BY created_at, id`;
      return rows.map((r) => r.id);
    },

    async openTournament(id) {
      const tournament = await tournaments.getTournament(id);
      if (!tournament) return null;
      const campaigns = await sql<{ id: string; status: string; process: string }[]>`
        SELECT c.id, c.status, c.process FROM campaigns c
        JOIN tournament_tables t ON t.campaign_id = c.id
        WHERE t.tournament_id = ${id} ORDER BY t.round, t.seq`;
      const [deadline] = await sql<{ roundEndsAt: Date | null }[]>`SELECT round_ends_at AS "roundEndsAt" FROM tournaments WHERE id = ${id}`;
      return { tournament, roundEndsAt: deadline?.roundEndsAt?.toISOString() ?? null, campaigns: [...campaigns] };
    },

    async markTournamentInterrupted(id) {
      await sql`UPDATE tournaments SET status = 'interrupted', updated_at = now() WHERE id = ${id} AND status IN ('registration', 'closed', 'running')`;
    },
  };
}
