import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type postgres from "postgres";
import { connectDatabase } from "../server/persistence/connect.ts";
import { finishedSince } from "../server/persistence/finished-since.ts";
import { readCampaign } from "../server/persistence/read-history.ts";
import { campaignCandidates, type Candidate, type CandidateValue } from "../training/export/candidates.ts";
import { exampleKey, knownKeys } from "../training/export/dedup.ts";

export const DEFAULT_OUT = fileURLToPath(new URL("../training/candidates.jsonl", import.meta.url));
const ORDER: Record<CandidateValue, number> = { "disagrees-with-local": 0, "model-answer": 1, "local-answer": 2 };

export interface ExportSummary {
  campaigns: number;
  found: number;
  duplicates: number;
  written: Candidate[];
  invalid: string[];
}

/**
 * Reads the campaigns finished since `since` and appends their model calls to `out` as candidate examples,
 * most valuable first, leaving out any whose text is already in training/data or in `out`: a second run over
 * the same campaigns adds nothing.
 */
export async function exportCandidates(sql: postgres.Sql, since: Date, out: string): Promise<ExportSummary> {
  const known = knownKeys(out);
  const summary: ExportSummary = { campaigns: 0, found: 0, duplicates: 0, written: [], invalid: [] };
  for (const id of await finishedSince(sql, since)) {
    const history = await readCampaign(sql, id);
    if (!history) continue;
    summary.campaigns++;
    const { candidates, invalid } = campaignCandidates(history);
    summary.invalid.push(...invalid);
    for (const candidate of candidates) {
      summary.found++;
      const key = exampleKey(candidate.review.model, candidate);
      if (known.has(key)) {
        summary.duplicates++;
        continue;
      }
      known.add(key);
      summary.written.push(candidate);
    }
  }
  summary.written.sort((a, b) => ORDER[a.review.value] - ORDER[b.review.value]);
  if (summary.written.length > 0) {
    mkdirSync(dirname(out), { recursive: true });
    appendFileSync(out, summary.written.map((c) => `${JSON.stringify(c)}\n`).join(""));
  }
  return summary;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { since: { type: "string" }, out: { type: "string", default: DEFAULT_OUT } } });
  const since = new Date(values.since ?? "");
  if (!values.since || Number.isNaN(since.getTime())) {
    console.error("Usage: npm run export-candidates -- --since YYYY-MM-DD [--out FILE]   (reads DATABASE_URL, or the embedded database in DATA_DIR)");
    return 2;
  }
  // The embedded database is one process's folder: stop the server that uses it first, or give DATABASE_URL.
  const database = await connectDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { dataDir: process.env.DATA_DIR || "data" });
  try {
    const summary = await exportCandidates(database.sql, since, values.out!);
    const valuable = summary.written.filter((c) => c.review.value === "disagrees-with-local").length;
    console.log(
      `${summary.campaigns} campaigns finished since ${since.toISOString()}: ${summary.found} model calls, ${summary.duplicates} already known, ` +
        `${summary.written.length} new candidates (${valuable} where a model disagreed with the local engine) appended to ${values.out} for review`,
    );
    for (const line of summary.invalid) console.log(`left out (breaks the contracts): ${line}`);
    return 0;
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") throw new Error("this database holds no campaign history (no campaigns table): is it the game's?");
    throw error;
  } finally {
    await database.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
