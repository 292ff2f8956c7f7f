import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFineTuningMock, type FineTuningMock } from "../../providers/stand-in/fine-tuning-stand-in.ts";
import { splitPath } from "../data/split.ts";
import { launchFineTune, type LaunchOptions } from "./launch.ts";
import { readModels } from "./models-record.ts";

let mock: FineTuningMock;
let dir: string;
let record: string;

beforeAll(async () => {
  mock = await startFineTuningMock();
  dir = mkdtempSync(join(tmpdir(), "ecotopia-finetune-"));
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  mock.files.length = 0;
  mock.jobs.length = 0;
  mock.requests.length = 0;
  mock.setFineTuning({});
  record = join(dir, `models-${Date.now()}.json`);
  writeFileSync(record, '{ "models": [] }\n');
});

const options = (extra: Partial<LaunchOptions> = {}): LaunchOptions => ({
  model: "extraction",
  base: "ministral-8b-latest",
  trainingSteps: 100,
  learningRate: 0.0001,
  dryRun: false,
  apiKey: "stand-in-key",
  serverUrl: mock.url,
  pollMs: 5,
  timeoutMs: 5_000,
  recordFile: record,
  ...extra,
});

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

function cli(...args: string[]) {
  return promisify(execFile)(process.execPath, ["--import", "tsx", "training/finetune/cli.ts", ...args], {
    env: { ...process.env, MISTRAL_API_KEY: "stand-in-key", MISTRAL_SERVER_URL: mock.url },
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe("npm run finetune against the fine-tuning stand-in", () => {
  it("uploads both splits, creates the job with the hyperparameters, polls to the end and records the model id with its data hashes", async () => {
    const progress: string[] = [];
    const result = await launchFineTune(options({ model: "citizens", trainingSteps: 60, learningRate: 0.0002 }), () => {}, (line) => progress.push(line));
    expect(result.ok).toBe(true);
    expect(mock.files.map((f) => f.sha256)).toEqual([sha256(splitPath("citizens", "train")), sha256(splitPath("citizens", "validation"))]);
    expect(mock.jobs[0]!.body).toMatchObject({
      model: "ministral-8b-latest",
      training_files: [{ file_id: mock.files[0]!.id, weight: 1 }],
      validation_files: [mock.files[1]!.id],
      hyperparameters: { training_steps: 60, learning_rate: 0.0002 },
      auto_start: true,
    });
    expect(progress.some((line) => /RUNNING · step \d+\/60 · train loss/.test(line))).toBe(true);
    expect(progress.at(-1)).toMatch(/SUCCESS/);
    const [entry] = readModels(record);
    expect(entry!.modelId).toMatch(/^ft:ministral-8b-latest:/);
    expect(entry!.jobId).toBe(mock.jobs[0]!.id);
    expect(entry!.data.train.sha256).toBe(sha256(splitPath("citizens", "train")));
    expect(entry!.figures.validLoss).toEqual(expect.any(Number));
  });

  it("a dry run sends nothing", async () => {
    const lines: string[] = [];
    expect((await launchFineTune(options({ dryRun: true }), (l) => lines.push(l))).ok).toBe(true);
    expect(mock.requests).toEqual([]);
    expect(lines.join("\n")).toContain(sha256(splitPath("extraction", "train")));
  });

  it("410 Gone: one sentence pointing to the TRL recipe, its own exit code, nothing uploaded or recorded", async () => {
    mock.setFineTuning({ error: (route) => (route === "list-jobs" || route === "create-job" ? 410 : null) });
    const { code, stdout, stderr } = await cli("--model", "extraction", "--record", record);
    expect(code).toBe(3);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/refuses new jobs \(410 Gone\).*TRL recipe in training\/jobs\//);
    expect(stdout).not.toMatch(/uploaded/);
    expect(mock.files).toEqual([]);
    expect(readModels(record)).toEqual([]);
  });

  it("a retry after a failed job creation reuses the uploads instead of repeating them", async () => {
    mock.setFineTuning({ error: (route) => (route === "create-job" ? 500 : null) });
    const first = await launchFineTune(options(), () => {});
    expect(first).toMatchObject({ ok: false, failure: { exitCode: 6 } });
    expect(mock.files).toHaveLength(2);
    mock.setFineTuning({});
    const lines: string[] = [];
    const second = await launchFineTune(options(), (l) => lines.push(l));
    expect(second.ok).toBe(true);
    expect(mock.files).toHaveLength(2);
    expect(mock.requests.filter((r) => r.startsWith("upload"))).toHaveLength(2);
    expect(lines.filter((l) => l.includes("already uploaded"))).toHaveLength(2);
  });

  it.each([
    [401, /refused the key \(401 Unauthorized\): check MISTRAL_API_KEY/, 4],
    [429, /rate limiting this key \(429\)/, 5],
    [503, /failed \(HTTP 503\): try again later/, 6],
  ])("HTTP %i has its own message", async (status, message, exitCode) => {
    mock.setFineTuning({ error: () => status });
    const result = await launchFineTune(options(), () => {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure).toMatchObject({ message: expect.stringMatching(message), exitCode });
    expect(mock.files).toEqual([]);
  });

  it("a server that does not answer in time has its own message", async () => {
    mock.setFineTuning({ latencyMs: 400 });
    const result = await launchFineTune(options({ timeoutMs: 100 }), () => {});
    expect(result).toMatchObject({ ok: false, failure: { message: expect.stringMatching(/did not answer in time/), exitCode: 7 } });
  });

  it("a failed job is reported and nothing is recorded", async () => {
    mock.setFineTuning({ outcome: "failed" });
    const result = await launchFineTune(options(), () => {});
    expect(result).toMatchObject({ ok: false, failure: { message: expect.stringMatching(/ended FAILED; nothing was recorded/) } });
    expect(readModels(record)).toEqual([]);
  });
});
