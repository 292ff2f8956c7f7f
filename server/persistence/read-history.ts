import type postgres from "postgres";
import type { ApprovalChange, CampaignEvent, CampaignSettings, RoundRecord, Speech, Standing, TileChange, Vote } from "../../common/schemas/campaign.ts";
import type { ActionRecord, Bars, Contradiction, PromiseRecord, Tone } from "../../common/schemas/game.ts";
import type { CampaignHistory, CampaignStatus, CampaignSummary, Ending, ModelCall, RoundHistory, SeatedMayor, StoredCitizen } from "../../common/schemas/history.ts";

type Round = { round: number };
type PromiseRow = Omit<PromiseRecord, "commitment" | "repeatedRounds" | "contradictionId"> & {
  commitment: PromiseRecord["commitment"] | null;
  repeatedRounds: number[];
  contradictionId: string | null;
};
type CitizenRow = StoredCitizen & { openingLine: string | null; tone: Tone | null; departureSeq: number | null };

export async function readFinished(sql: postgres.Sql, limit: number): Promise<CampaignSummary[]> {
  const rows = await sql<(Omit<CampaignSummary, "finishedAt"> & { finishedAt: Date })[]>`
    SELECT c.id, c.code, c.finished_at AS "finishedAt", c.rounds_played AS rounds, c.winner, c.ending,
      COALESCE((SELECT json_agg(json_build_object('id', m.mayor_id, 'name', m.name, 'color', m.color) ORDER BY m.seat)
                FROM mayors m WHERE m.campaign_id = c.id), '[]') AS mayors
    FROM campaigns c
    WHERE c.status = 'finished'
    ORDER BY c.finished_at DESC, c.id
    LIMIT ${limit}`;
  return rows.map((row) => ({ ...row, finishedAt: row.finishedAt.toISOString() }));
}

/** The optional fields of a promise are absent, not null or empty, as the engine writes them. */
function promiseOf({ commitment, repeatedRounds, contradictionId, ...rest }: PromiseRow): PromiseRecord {
  return {
    ...rest,
    ...(commitment === null ? {} : { commitment }),
    ...(repeatedRounds.length === 0 ? {} : { repeatedRounds }),
    ...(contradictionId === null ? {} : { contradictionId }),
  };
}

export async function readCampaign(sql: postgres.Sql, id: string): Promise<CampaignHistory | null> {
  // One snapshot, so a round being written meanwhile shows up in every table or in none.
  return sql.begin("ISOLATION LEVEL REPEATABLE READ READ ONLY", (tx) => readSnapshot(tx, id));
}

async function readSnapshot(sql: postgres.TransactionSql, id: string): Promise<CampaignHistory | null> {
  const [campaign] = await sql<
    {
      id: string;
      code: string;
      status: CampaignStatus;
      createdAt: Date;
      finishedAt: Date | null;
      settings: CampaignSettings;
      winner: string | null;
      ending: Ending | null;
      tieBreak: string | null;
    }[]
  >`
    SELECT id, code, status, created_at AS "createdAt", finished_at AS "finishedAt", settings, winner, ending, tie_break AS "tieBreak"
    FROM campaigns WHERE id = ${id}`;
  if (!campaign) return null;
  const [mayors, events, rounds, actions, speeches, promises, contradictions, reactions, citizens, calls, votes, standings] = await Promise.all([
    sql<SeatedMayor[]>`
      SELECT mayor_id AS id, name, color, seat, is_bot AS "isBot", strategy FROM mayors WHERE campaign_id = ${id} ORDER BY seat`,
    sql<{ event: CampaignEvent }[]>`SELECT event FROM events WHERE campaign_id = ${id} ORDER BY seq`,
    sql<
      {
        round: number;
        resolvedAt: Date;
        barsAtStart: Bars;
        barsBefore: Bars;
        barsAfter: Bars;
        summary: string;
        passiveChanges: TileChange[];
        approvalAfter: RoundRecord["approvalAfter"];
        barCauses: RoundRecord["barCauses"];
      }[]
    >`
      SELECT round, resolved_at AS "resolvedAt", bars_at_start AS "barsAtStart", bars_before AS "barsBefore", bars_after AS "barsAfter", summary,
        passive_changes AS "passiveChanges", approval_after AS "approvalAfter", bar_causes AS "barCauses"
      FROM rounds WHERE campaign_id = ${id} ORDER BY round`,
    sql<ActionRecord[]>`
      SELECT round, mayor_id AS mayor, x, y, action, from_tile AS "from", to_tile AS "to"
      FROM actions WHERE campaign_id = ${id} ORDER BY round, seq`,
    sql<Speech[]>`SELECT round, mayor_id AS mayor, text FROM speeches WHERE campaign_id = ${id} ORDER BY round, seq`,
    sql<PromiseRow[]>`
      SELECT id, owner, round, text, kind, domain, confidence, target AS "targetCitizen", deadline AS "deadlineRound", commitment,
        status, resolved_round AS "resolvedRound", verdict, repeated_rounds AS "repeatedRounds", contradiction_id AS "contradictionId"
      FROM promises WHERE campaign_id = ${id} ORDER BY seq`,
    sql<Contradiction[]>`
      SELECT id, owner, round, description, speech_quote AS "speechQuote", contradicts, severity
      FROM contradictions WHERE campaign_id = ${id} ORDER BY seq`,
    sql<(ApprovalChange & Round)[]>`
      SELECT round, citizen, mayor_id AS mayor, delta, cause, dialogue, tone, promise_id AS "promiseId"
      FROM reactions WHERE campaign_id = ${id} ORDER BY round, seq`,
    sql<CitizenRow[]>`
      SELECT citizen_id AS id, name, role, age, personality, kind, bloc, linked_mayor AS "linkedMayor", arrived_round AS "arrivedRound",
        departed_round AS "departedRound", opening_line AS "openingLine", tone, departure_seq AS "departureSeq"
      FROM citizens WHERE campaign_id = ${id} ORDER BY arrived_round, arrival_seq`,
    sql<(ModelCall & Round)[]>`
      SELECT round, part, mayor_id AS mayor, provider, model, latency_ms AS "latencyMs", prompt_tokens AS "promptTokens",
        completion_tokens AS "completionTokens", fallback_reason AS "fallbackReason"
      FROM model_calls WHERE campaign_id = ${id} ORDER BY round, seq`,
    sql<Vote[]>`SELECT seq AS "order", citizen, mayor_id AS mayor, votes FROM votes WHERE campaign_id = ${id} ORDER BY seq`,
    sql<Standing[]>`
      SELECT mayor_id AS mayor, rank, votes, approval_sum AS "approvalSum", kept, broken
      FROM standings WHERE campaign_id = ${id} ORDER BY rank, mayor_id`,
  ]);
  const allPromises = promises.map(promiseOf);
  const inRound = <T extends Round>(items: readonly T[], wanted: number) =>
    items.filter((item) => item.round === wanted).map(({ round, ...rest }) => rest);
  const roundHistory = rounds.map(
    (r): RoundHistory => ({
      ...r,
      resolvedAt: r.resolvedAt.toISOString(),
      actions: actions.filter((a) => a.round === r.round),
      speeches: speeches.filter((s) => s.round === r.round),
      promises: allPromises.filter((p) => p.round === r.round),
      outcomes: allPromises.flatMap((p) =>
        p.resolvedRound === r.round && p.status !== "pending" && p.verdict !== null ? [{ promiseId: p.id, status: p.status, verdict: p.verdict }] : [],
      ),
      contradictions: contradictions.filter((c) => c.round === r.round),
      reactions: inRound(reactions, r.round),
      arrived: citizens.flatMap((c) =>
        c.arrivedRound === r.round && c.openingLine !== null && c.tone !== null
          ? [{ citizen: c.name, linkedMayor: c.linkedMayor, openingLine: c.openingLine, tone: c.tone }]
          : [],
      ),
      departed: citizens
        .filter((c) => c.departedRound === r.round)
        .sort((a, b) => (a.departureSeq ?? 0) - (b.departureSeq ?? 0))
        .map((c) => c.name),
      modelCalls: inRound(calls, r.round),
    }),
  );
  return {
    ...campaign,
    createdAt: campaign.createdAt.toISOString(),
    finishedAt: campaign.finishedAt?.toISOString() ?? null,
    mayors: [...mayors],
    events: events.map((e) => e.event),
    rounds: roundHistory,
    promises: allPromises,
    citizens: citizens.map(({ openingLine, tone, departureSeq, ...citizen }) => citizen),
    votes: [...votes],
    standings: [...standings],
  };
}
