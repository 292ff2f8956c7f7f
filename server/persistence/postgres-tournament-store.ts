import type postgres from "postgres";
import { Tournament, type Table, type TableSeat, type TablePlacing, type TournamentSummary } from "../../common/schemas/tournament.ts";
import type { TournamentStore } from "./TournamentStore.ts";

type SeatRow = { tableId: string; seat: number; mayor: string; bot: TableSeat["bot"]; abandoned: boolean };
type ResultRow = TablePlacing & { tableId: string };
type TableRow = { tableId: string; round: number; campaignId: string | null };

function tablesOf(tables: TableRow[], seats: SeatRow[], results: ResultRow[]): Tournament["rounds"] {
  const rounds = new Map<number, Table[]>();
  for (const t of tables) {
    const mine = seats.filter((s) => s.tableId === t.tableId);
    const placings = results.filter((r) => r.tableId === t.tableId);
    const table: Table = {
      id: t.tableId,
      campaignId: t.campaignId,
      seats: mine.map((s) => ({ mayor: s.mayor, bot: s.bot })),
      abandoned: mine.filter((s) => s.abandoned).map((s) => s.mayor),
      result: placings.length === 0 ? null : placings.map(({ tableId: _, ...p }) => p),
    };
    rounds.set(t.round, [...(rounds.get(t.round) ?? []), table]);
  }
  return [...rounds].map(([round, list]) => ({ round, tables: list }));
}

export function createPostgresTournamentStore(sql: postgres.Sql): TournamentStore {
  return {
    async keepRoundDeadline(id, endsAt) {
      await sql`UPDATE tournaments SET round_ends_at = ${endsAt}, updated_at = now() WHERE id = ${id}`;
    },

    async saveTournament(t) {
      await sql.begin(async (tx) => {
        await tx`
          INSERT INTO tournaments (id, code, host, settings, status)
          VALUES (${t.id}, ${t.code}, ${t.host}, ${tx.json(t.settings)}, ${t.status})
          ON CONFLICT (id) DO UPDATE SET settings = excluded.settings, status = excluded.status, updated_at = now()`;
        const players = t.entries.map((e) => e.player);
        if (players.length === 0) await tx`DELETE FROM tournament_entries WHERE tournament_id = ${t.id}`;
        else await tx`DELETE FROM tournament_entries WHERE tournament_id = ${t.id} AND player_id NOT IN ${tx(players)}`;
        if (t.entries.length > 0) {
          const entries = t.entries.map((e, seq) => ({ tournament_id: t.id, player_id: e.player, seq, name: e.name, seed: e.seed, absent: e.absent }));
          await tx`
            INSERT INTO tournament_entries ${tx(entries)}
            ON CONFLICT (tournament_id, player_id) DO UPDATE SET seq = excluded.seq, name = excluded.name, seed = excluded.seed, absent = excluded.absent`;
        }
        const tables = t.rounds.flatMap((r) => r.tables.map((table, seq) => ({ round: r.round, seq, table })));
        if (tables.length === 0) return;
        const tableRows = tables.map(({ round, seq, table }) => ({ tournament_id: t.id, table_id: table.id, round, seq, campaign_id: table.campaignId }));
        await tx`
          INSERT INTO tournament_tables ${tx(tableRows)}
          ON CONFLICT (tournament_id, table_id) DO UPDATE SET campaign_id = excluded.campaign_id`;
        const seats = tables.flatMap(({ table }) =>
          table.seats.map((s, seat) => ({
            tournament_id: t.id,
            table_id: table.id,
            seat,
            mayor_id: s.mayor,
            player_id: s.bot === null ? s.mayor : null,
            bot: s.bot,
            abandoned: table.abandoned.includes(s.mayor),
          })),
        );
        await tx`
          INSERT INTO tournament_seats ${tx(seats)}
          ON CONFLICT (tournament_id, table_id, seat) DO UPDATE SET abandoned = excluded.abandoned`;
        const results = tables.flatMap(({ table }) =>
          (table.result ?? []).map((p, seq) => ({
            tournament_id: t.id,
            table_id: table.id,
            mayor_id: p.mayor,
            seq,
            rank: p.rank,
            votes: p.votes,
            points: p.points,
            abandoned: p.abandoned,
          })),
        );
        // A recorded result never changes (common/tournament/play.ts refuses a second one).
        if (results.length > 0) await tx`INSERT INTO tournament_results ${tx(results)} ON CONFLICT DO NOTHING`;
      });
    },

    async getTournament(id) {
      return sql.begin("ISOLATION LEVEL REPEATABLE READ READ ONLY", async (tx) => {
        const [row] = await tx<Pick<Tournament, "id" | "code" | "host" | "settings" | "status">[]>`
          SELECT id, code, host, settings, status FROM tournaments WHERE id = ${id}`;
        if (!row) return null;
        const entries = await tx<Tournament["entries"]>`
          SELECT player_id AS player, name, seed, absent FROM tournament_entries WHERE tournament_id = ${id} ORDER BY seq`;
        const tables = await tx<TableRow[]>`
          SELECT table_id AS "tableId", round, campaign_id AS "campaignId" FROM tournament_tables WHERE tournament_id = ${id} ORDER BY round, seq`;
        const seats = await tx<SeatRow[]>`
          SELECT table_id AS "tableId", seat, mayor_id AS mayor, bot, abandoned FROM tournament_seats WHERE tournament_id = ${id} ORDER BY table_id, seat`;
        const results = await tx<ResultRow[]>`
          SELECT table_id AS "tableId", mayor_id AS mayor, rank, votes, points, abandoned
          FROM tournament_results WHERE tournament_id = ${id} ORDER BY table_id, seq`;
        return Tournament.parse({ ...row, entries: [...entries], rounds: tablesOf([...tables], [...seats], [...results]) });
      });
    },

    async listTournaments({ limit }): Promise<TournamentSummary[]> {
      const rows = await sql<(Omit<TournamentSummary, "createdAt" | "name" | "rounds" | "tableSize" | "rated" | "startsAt"> & {
        settings: Tournament["settings"];
        createdAt: Date;
      })[]>`
        SELECT t.id, t.code, t.status, t.settings, t.created_at AS "createdAt",
          (SELECT count(*)::int FROM tournament_entries e WHERE e.tournament_id = t.id) AS entries,
          (SELECT COALESCE(max(round), 0)::int FROM tournament_tables x WHERE x.tournament_id = t.id) AS "currentRound"
        FROM tournaments t
        ORDER BY t.created_at DESC, t.id
        LIMIT ${limit}`;
      return rows.map(({ settings, createdAt, ...row }) => ({
        ...row,
        name: settings.name,
        rounds: settings.rounds,
        tableSize: settings.tableSize,
        rated: settings.rated,
        startsAt: settings.startsAt,
        createdAt: createdAt.toISOString(),
      }));
    },
  };
}
