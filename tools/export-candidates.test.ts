import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Campaign } from "../common/schemas/campaign.ts";
import { mistralProvider } from "../providers/mistral.ts";
import { localProvider } from "../providers/local/local-provider.ts";
import type { ResolveReport } from "../providers/resolve-round.ts";
import { startMistralMock, type MistralMock } from "../providers/stand-in/mistral-stand-in.ts";
import { withFallback } from "../providers/with-fallback.ts";
import { connectDatabase, type Database } from "../server/persistence/connect.ts";
import { migrate } from "../server/persistence/migrate.ts";
import { createPostgresStore } from "../server/persistence/postgres-store.ts";
import { parseExampleLine } from "../training/data/format.ts";
import { exampleKey, knownKeys } from "../training/export/dedup.ts";
import type { Candidate } from "../training/export/candidates.ts";
import { simulateCampaign } from "../training/simulate/simulate.ts";
import { exportCandidates } from "./export-candidates.ts";

let database: Database;
let mock: MistralMock;
let dir: string;
let played: Campaign;

/**
 * Bots play one campaign through the Mistral provider on the stand-in, behind the local fallback as the server
 * runs it: some speeches get an answer that disagrees with the local engine (out of range, clamped), one gets
 * broken JSON twice so the fallback answers, the rest the engine's own answer. Every round goes to the store.
 */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ecotopia-export-"));
  mock = await startMistralMock({
    behaviour: (call) => {
      if (call.part !== "extraction") return "correct";
      const input = call.input as { round: number; mayor: { id: string } };
      if (input.round === 2 && input.mayor.id === "m3") return "invalid-json";
      return call.index % 5 === 1 ? "out-of-range" : "correct";
    },
  });
  database = await connectDatabase({ dataDir: "memory://" });
  await migrate(database.sql);
  const store = createPostgresStore(database.sql);
  const primary = mistralProvider({ apiKey: "stand-in", serverUrl: mock.url, extractionModel: "ft:extract", citizensModel: "ft:citizens", callTimeoutMs: 5_000 });
  const rounds: { campaign: Campaign; report: ResolveReport }[] = [];
  const result = await simulateCampaign(11, ["green", "liar", "balanced"], 4, withFallback(primary, localProvider, 20_000), (campaign, report) =>
    rounds.push({ campaign, report }),
  );
  played = result.campaign;
  const mayors = played.settings.mayors.map((m, seat) => ({ ...m, seat, isBot: true, strategy: Object.values(result.strategies)[seat]! }));
  await store.createCampaign({ id: "c-export", code: "EXPORT", settings: played.settings, mayors });
  for (const { campaign, report } of rounds) await store.saveRound("c-export", campaign, report);
  await store.finishCampaign("c-export", played);
});

afterAll(async () => {
  await database?.close();
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

const lines = (file: string) => readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Candidate);

describe("npm run export-candidates", () => {
  it("exports a bot campaign's model calls as valid candidates for both models, most valuable first, none already in the data", async () => {
    const out = join(dir, "first.jsonl");
    const summary = await exportCandidates(database.sql, new Date(Date.now() - 3_600_000), out);
    expect(summary.campaigns).toBe(1);
    expect(summary.invalid).toEqual([]);
    const written = lines(out);
    expect(written.length).toBe(summary.written.length);
    expect(written.length + summary.duplicates).toBe(summary.found);
    expect(new Set(written.map((c) => c.review.model))).toEqual(new Set(["extraction", "citizens"]));
    for (const c of written) {
      expect(() => parseExampleLine(c.review.model, JSON.stringify({ messages: c.messages }))).not.toThrow();
      expect(c.review).toMatchObject({ status: "pending", campaign: "c-export" });
    }
    const values = written.map((c) => c.review.value);
    expect(values).toContain("disagrees-with-local");
    expect(values).toContain("local-answer");
    expect(values.indexOf("disagrees-with-local")).toBe(0);
    expect(values.lastIndexOf("disagrees-with-local")).toBeLessThan(values.indexOf("model-answer") === -1 ? Infinity : values.indexOf("model-answer"));
    const fallback = written.find((c) => c.review.fallbackReason !== null);
    expect(fallback?.review.provider).toBe("local");
    // Nothing that training/data already holds (test split included).
    const dataKeys = knownKeys(join(dir, "none.jsonl"));
    for (const c of written) expect(dataKeys.has(exampleKey(c.review.model, c))).toBe(false);
  });

  it("rebuilds each model input exactly as the game sent it, and keeps the answer the game used", () => {
    const written = lines(join(dir, "first.jsonl"));
    for (const c of written) {
      const sent = mock.calls.find((call) => call.part === c.review.model && call.messages[1]!.content === c.messages[1].content);
      expect(sent, `${c.review.model} round ${c.review.round} ${c.review.mayor}`).toBeDefined();
    }
    const reacted = played.history.filter((e) => e.type === "reacted").map((e) => JSON.stringify(e.output));
    for (const c of written.filter((w) => w.review.model === "citizens")) expect(reacted).toContain(c.messages[2].content);
  });

  it("a second run over the same campaigns adds nothing new", async () => {
    const out = join(dir, "first.jsonl");
    const before = readFileSync(out, "utf8");
    const summary = await exportCandidates(database.sql, new Date(Date.now() - 3_600_000), out);
    expect(summary.written).toEqual([]);
    expect(summary.duplicates).toBe(summary.found);
    expect(readFileSync(out, "utf8")).toBe(before);
  });

  it("the command reads DATABASE_URL and exports only campaigns finished since --since", async () => {
    const run = (since: string, out: string) =>
      promisify(execFile)(process.execPath, ["--import", "tsx", "tools/export-candidates.ts", "--since", since, "--out", out], {
        env: { ...process.env, DATABASE_URL: database.url },
      });
    const later = await run(new Date(Date.now() + 3_600_000).toISOString(), join(dir, "later.jsonl"));
    expect(later.stdout).toMatch(/^0 campaigns finished since/);
    const now = await run("2026-01-01", join(dir, "cli.jsonl"));
    expect(now.stdout).toMatch(/^1 campaigns finished since .*: \d+ model calls, \d+ already known, [1-9]\d* new candidates/);
    await expect(run("yesterday-ish", join(dir, "bad.jsonl"))).rejects.toThrow(/Usage/);
  });
});
