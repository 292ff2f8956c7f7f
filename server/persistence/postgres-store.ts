import type postgres from "postgres";
import type { Campaign, CampaignEvent } from "../../common/schemas/campaign.ts";
import type { ResolveReport } from "../../providers/resolve-round.ts";
import type { NewCampaign, Store } from "./Store.ts";
import { readCampaign, readFinished } from "./read-history.ts";
import { roundRows } from "./round-rows.ts";

type Tx = postgres.TransactionSql;
type Row = Record<string, postgres.ParameterOrJSON<never>>;

/** Inserts rows whose keys are column names, skipping rows already there (every write may be retried). */
async function insertAll(tx: Tx, table: string, rows: readonly Record<string, unknown>[], jsonColumns: readonly string[] = []) {
  if (rows.length === 0) return;
  const values = rows.map(
    (row) =>
      Object.fromEntries(
        Object.entries(row).map(([column, value]) => [
          column,
          jsonColumns.includes(column) && value !== null ? tx.json(value as postgres.JSONValue) : value,
        ]),
      ) as Row,
  );
  await tx`INSERT INTO ${tx(table)} ${tx(values)} ON CONFLICT DO NOTHING`;
}

/** Appends the events past those already stored; the history only ever grows at its end. */
async function appendEvents(tx: Tx, campaignId: string, history: readonly CampaignEvent[]) {
  const [row] = await tx<{ stored: number }[]>`SELECT COALESCE(MAX(seq), 0)::int AS stored FROM events WHERE campaign_id = ${campaignId}`;
  const stored = row?.stored ?? 0;
  const rows = history.slice(stored).map((event, i) => ({ campaign_id: campaignId, seq: stored + i + 1, event }));
  await insertAll(tx, "events", rows, ["event"]);
}

export function createPostgresStore(sql: postgres.Sql): Store {
  return {
    async createCampaign({ id, code, settings, mayors }: NewCampaign) {
      await sql.begin(async (tx) => {
        await tx`
          INSERT INTO campaigns (id, code, settings, seed, rounds)
          VALUES (${id}, ${code}, ${tx.json(settings)}, ${settings.seed}, ${settings.rounds})
          ON CONFLICT (id) DO NOTHING`;
        const rows = mayors.map((m) => ({
          campaign_id: id,
          mayor_id: m.id,
          name: m.name,
          color: m.color,
          seat: m.seat,
          is_bot: m.isBot,
          strategy: m.strategy,
        }));
        await insertAll(tx, "mayors", rows);
      });
    },

    async saveRound(campaignId: string, campaign: Campaign, report: ResolveReport) {
      const rows = roundRows(campaignId, campaign, report);
      const { record } = rows;
      await sql.begin(async (tx) => {
        await tx`
          UPDATE campaigns SET status = 'running', rounds_played = GREATEST(rounds_played, ${record.round})
          WHERE id = ${campaignId} AND status <> 'finished'`;
        const round = {
          campaign_id: campaignId,
          round: record.round,
          bars_at_start: record.barsAtStart,
          bars_before: record.barsBefore,
          bars_after: record.barsAfter,
          summary: record.summary,
          passive_changes: record.passiveChanges,
          approval_after: record.approvalAfter,
          bar_causes: record.barCauses,
        };
        await insertAll(tx, "rounds", [round], ["bars_at_start", "bars_before", "bars_after", "passive_changes", "approval_after", "bar_causes"]);
        await insertAll(tx, "actions", rows.actions);
        await insertAll(tx, "speeches", rows.speeches);
        if (rows.promises.length > 0) {
          const promises = rows.promises.map((p) => ({ ...p, commitment: p.commitment && tx.json(p.commitment) }) as Row);
          await tx`
            INSERT INTO promises ${tx(promises)}
            ON CONFLICT (campaign_id, id) DO UPDATE
            SET status = excluded.status, resolved_round = excluded.resolved_round, verdict = excluded.verdict,
              repeated_rounds = excluded.repeated_rounds, contradiction_id = excluded.contradiction_id
            WHERE promises.status = 'pending'`;
        }
        await insertAll(tx, "contradictions", rows.contradictions, ["contradicts"]);
        await insertAll(tx, "reactions", rows.reactions);
        await insertAll(tx, "citizens", rows.citizens);
        for (const d of rows.departures) {
          await tx`
            UPDATE citizens SET departed_round = ${d.round}, departure_seq = ${d.seq}
            WHERE campaign_id = ${campaignId} AND citizen_id = ${d.citizenId}`;
        }
        await insertAll(tx, "model_calls", rows.modelCalls);
        await appendEvents(tx, campaignId, campaign.history);
      });
    },

    async finishCampaign(campaignId: string, campaign: Campaign) {
      const { result } = campaign;
      if (campaign.phase !== "ended" || !result) throw new Error(`campaign ${campaignId} has not ended`);
      await sql.begin(async (tx) => {
        const votes = result.votes.map((v) => ({ campaign_id: campaignId, seq: v.order, citizen: v.citizen, mayor_id: v.mayor, votes: v.votes }));
        await insertAll(tx, "votes", votes);
        const standings = result.standings.map((s) => ({
          campaign_id: campaignId,
          mayor_id: s.mayor,
          rank: s.rank,
          votes: s.votes,
          approval_sum: s.approvalSum,
          kept: s.kept,
          broken: s.broken,
        }));
        await insertAll(tx, "standings", standings);
        await appendEvents(tx, campaignId, campaign.history);
        await tx`
          UPDATE campaigns
          SET status = 'finished', finished_at = COALESCE(finished_at, now()), rounds_played = ${campaign.rounds.length},
              winner = ${result.winner}, ending = ${result.ending}, tie_break = ${result.tieBreak}
          WHERE id = ${campaignId}`;
      });
    },

    listFinished: ({ limit }) => readFinished(sql, limit),
    getCampaign: (id) => readCampaign(sql, id),
  };
}
