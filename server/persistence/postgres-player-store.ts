import type postgres from "postgres";
import { INITIAL_SKILL, rateCampaign } from "../../common/rating/update.ts";
import type { PlayedCampaign, RatedCampaign } from "../../common/schemas/players-api.ts";
import type { RatingChange } from "../../common/schemas/rating.ts";
import type { PlayerStore, StoredPlayer } from "./PlayerStore.ts";

interface PlayerRow {
  id: string;
  name: string;
  mu: number;
  sigma: number;
  games: number;
}

const player = (row: PlayerRow): StoredPlayer => ({ id: row.id, name: row.name, skill: { mu: row.mu, sigma: row.sigma }, games: row.games });
const first = (rows: PlayerRow[]) => (rows[0] ? player(rows[0]) : null);

interface HistoryRow {
  player: string;
  campaignId: string;
  ratedAt: Date;
  rank: number;
  muBefore: number;
  sigmaBefore: number;
  muAfter: number;
  sigmaAfter: number;
}

const change = (row: HistoryRow): RatingChange => ({
  player: row.player,
  rank: row.rank,
  before: { mu: row.muBefore, sigma: row.sigmaBefore },
  after: { mu: row.muAfter, sigma: row.sigmaAfter },
});

const HISTORY_COLUMNS = (sql: postgres.Sql | postgres.TransactionSql) => sql`
  player_id AS player, campaign_id AS "campaignId", rated_at AS "ratedAt", rank,
  mu_before AS "muBefore", sigma_before AS "sigmaBefore", mu_after AS "muAfter", sigma_after AS "sigmaAfter"`;

export function createPostgresPlayerStore(sql: postgres.Sql): PlayerStore {
  return {
    async createPlayer({ id, name, tokenHash }) {
      const rows = await sql<PlayerRow[]>`
        INSERT INTO players (id, name, token_hash, mu, sigma)
        VALUES (${id}, ${name}, ${tokenHash}, ${INITIAL_SKILL.mu}, ${INITIAL_SKILL.sigma})
        RETURNING id, name, mu, sigma, games`;
      return player(rows[0]!);
    },

    playerByTokenHash: async (tokenHash) => first(await sql<PlayerRow[]>`SELECT id, name, mu, sigma, games FROM players WHERE token_hash = ${tokenHash}`),
    getPlayer: async (id) => first(await sql<PlayerRow[]>`SELECT id, name, mu, sigma, games FROM players WHERE id = ${id}`),
    rename: async (id, name) => first(await sql<PlayerRow[]>`UPDATE players SET name = ${name} WHERE id = ${id} RETURNING id, name, mu, sigma, games`),

    async linkSeats(campaignId, seats) {
      if (seats.length === 0) return;
      const rows = seats.map((s) => ({ campaign_id: campaignId, mayor_id: s.mayor, player_id: s.player }));
      await sql`INSERT INTO campaign_players ${sql(rows)} ON CONFLICT DO NOTHING`;
    },

    async rateCampaign(campaignId, ranking) {
      return sql.begin(async (tx) => {
        const ids = ranking.map((r) => r.player);
        // Locked in id order, so two campaigns sharing players always wait for each other, never deadlock.
        const rows = await tx<PlayerRow[]>`SELECT id, name, mu, sigma, games FROM players WHERE id IN ${tx(ids)} ORDER BY id FOR UPDATE`;
        const stored = await tx<HistoryRow[]>`SELECT ${HISTORY_COLUMNS(tx)} FROM rating_history WHERE campaign_id = ${campaignId}`;
        if (stored.length > 0) {
          const byPlayer = new Map(stored.map((row) => [row.player, change(row)]));
          return ranking.map((r) => byPlayer.get(r.player)!);
        }
        const current = new Map(rows.map((row) => [row.id, player(row)]));
        const unknown = ids.find((id) => !current.has(id));
        if (unknown) throw new Error(`player ${unknown} does not exist`);
        const changes = rateCampaign(ranking.map((r) => ({ player: r.player, skill: current.get(r.player)!.skill, rank: r.rank })));
        const history = changes.map((c) => ({
          player_id: c.player,
          campaign_id: campaignId,
          rank: c.rank,
          mu_before: c.before.mu,
          sigma_before: c.before.sigma,
          mu_after: c.after.mu,
          sigma_after: c.after.sigma,
        }));
        await tx`INSERT INTO rating_history ${tx(history)}`;
        for (const c of changes) {
          await tx`UPDATE players SET mu = ${c.after.mu}, sigma = ${c.after.sigma}, games = games + 1 WHERE id = ${c.player}`;
        }
        return changes;
      });
    },

    async leaderboard({ limit }) {
      const rows = await sql<PlayerRow[]>`
        SELECT id, name, mu, sigma, games FROM players WHERE games > 0 ORDER BY (mu - 3 * sigma) DESC, id LIMIT ${limit}`;
      return rows.map(player);
    },

    async ratingHistory(id, { limit }): Promise<RatedCampaign[]> {
      const rows = await sql<HistoryRow[]>`
        SELECT ${HISTORY_COLUMNS(sql)} FROM rating_history WHERE player_id = ${id} ORDER BY rated_at DESC, campaign_id LIMIT ${limit}`;
      return rows.map((row) => {
        const { before, after, rank } = change(row);
        return { campaignId: row.campaignId, ratedAt: row.ratedAt.toISOString(), rank, before, after };
      });
    },

    async recentCampaigns(id, { limit }): Promise<PlayedCampaign[]> {
      const rows = await sql<(Omit<PlayedCampaign, "finishedAt"> & { finishedAt: Date | null })[]>`
        SELECT c.id AS "campaignId", c.code, c.status, c.finished_at AS "finishedAt",
          (SELECT count(*)::int FROM mayors m WHERE m.campaign_id = c.id) AS mayors, s.rank
        FROM campaign_players cp
        JOIN campaigns c ON c.id = cp.campaign_id
        LEFT JOIN standings s ON s.campaign_id = cp.campaign_id AND s.mayor_id = cp.mayor_id
        WHERE cp.player_id = ${id}
        ORDER BY COALESCE(c.finished_at, c.created_at) DESC, c.id
        LIMIT ${limit}`;
      return rows.map((row) => ({ ...row, finishedAt: row.finishedAt?.toISOString() ?? null }));
    },
  };
}
