import type { ResolveReport } from "../../../providers/resolve-round.ts";
import type { CallReport } from "../../../providers/provider.ts";
import type { TestServer } from "./server.ts";

const connections = new WeakMap<TestServer, ReturnType<TestServer["sql"]>>();

/**
 * How the models answered one round, as the server stored it (clients are never sent provider internals): waits
 * for the write queue to land, then reads the round's model calls of the campaign playing in room `code`.
 */
export async function storedReport(server: TestServer, code: string, round: number): Promise<ResolveReport> {
  await server.running.queue.idle();
  // One connection per server: the embedded Postgres serves few connections at once.
  const sql = connections.get(server) ?? server.sql();
  connections.set(server, sql);
  const rows = await sql<{ part: string; mayor_id: string | null; provider: string; model: string; latency_ms: number; prompt_tokens: number; completion_tokens: number; fallback_reason: string | null }[]>`
    SELECT m.part, m.mayor_id, m.provider, m.model, m.latency_ms, m.prompt_tokens, m.completion_tokens, m.fallback_reason
    FROM model_calls m JOIN campaigns c ON c.id = m.campaign_id
    WHERE c.code = ${code} AND m.round = ${round} AND c.created_at = (SELECT max(created_at) FROM campaigns WHERE code = ${code})
    ORDER BY m.seq`;
  const call = (row: (typeof rows)[number]): CallReport => ({
    provider: row.provider,
    model: row.model,
    latencyMs: row.latency_ms,
    promptTokens: row.prompt_tokens,
    completionTokens: row.completion_tokens,
    ...(row.fallback_reason === null ? {} : { fallbackReason: row.fallback_reason }),
  });
  const citizens = rows.find((r) => r.part === "citizens");
  if (!citizens) throw new Error(`no stored model calls for round ${round} of room ${code}`);
  return {
    extraction: Object.fromEntries(rows.filter((r) => r.part === "extraction").map((r) => [r.mayor_id!, call(r)])),
    citizens: call(citizens),
  };
}
