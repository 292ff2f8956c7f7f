import type postgres from "postgres";

/** The ids of campaigns finished at or after `since`, oldest first (for the training-candidate export). */
export async function finishedSince(sql: postgres.Sql, since: Date): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    SELECT id FROM campaigns WHERE status = 'finished' AND finished_at >= ${since} ORDER BY finished_at, id`;
  return rows.map((row) => row.id);
}
