import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { Mistral } from "@mistralai/mistralai";
import { readExamples, type ModelName } from "../data/format.ts";
import { splitPath } from "../data/split.ts";
import { explain, type Failure } from "./errors.ts";
import { recordModel, type FineTunedModel } from "./models-record.ts";

export interface LaunchOptions {
  model: ModelName;
  base: string;
  trainingSteps: number;
  learningRate: number;
  dryRun: boolean;
  /** Resume polling an existing job instead of creating one. */
  jobId?: string;
  apiKey?: string;
  serverUrl?: string;
  pollMs: number;
  timeoutMs: number;
  recordFile: string;
}

export type LaunchResult = { ok: true; entry: FineTunedModel | null } | { ok: false; failure: Failure };

const SUFFIX: Record<ModelName, string> = { extraction: "eco_extract", citizens: "eco_citizens" };
const DONE = new Set(["SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED"]);
/** Reads of a running job that may fail in a row (rate limit, a 5xx, a timeout) before the launcher gives up. */
const POLL_ERRORS_TOLERATED = 5;

interface DataFile {
  file: string;
  sha256: string;
  examples: number;
  content: Buffer;
  /** The name it is uploaded under: the content hash in it lets a retry find the upload instead of repeating it. */
  uploadName: string;
}

function dataFile(model: ModelName, part: "train" | "validation"): DataFile {
  const file = splitPath(model, part);
  // Every line passes the contracts before anything leaves the machine; the test split is never read.
  const examples = readExamples(model, file).length;
  const content = readFileSync(file);
  const sha256 = createHash("sha256").update(content).digest("hex");
  return { file: `training/data/${model}/${basename(file)}`, sha256, examples, content, uploadName: `ecotopia-${model}-${part}-${sha256.slice(0, 16)}.jsonl` };
}

async function ensureUploaded(client: Mistral, data: DataFile, log: (line: string) => void): Promise<string> {
  const existing = await client.files.list({ purpose: "fine-tune", search: data.uploadName });
  const found = existing.data.find((f) => f.filename === data.uploadName && f.sizeBytes === data.content.length);
  if (found) {
    log(`${data.file}: already uploaded as ${found.id}`);
    return found.id;
  }
  const uploaded = await client.files.upload({ file: { fileName: data.uploadName, content: data.content }, purpose: "fine-tune" });
  log(`${data.file}: uploaded as ${uploaded.id} (${data.examples} examples)`);
  return uploaded.id;
}

interface JobView {
  id: string;
  status: string;
  fineTunedModel: string | null;
  trainedTokens: number | null;
  step: number | null;
  trainLoss: number | null;
  validLoss: number | null;
  validMeanTokenAccuracy: number | null;
}

function view(job: unknown): JobView {
  const j = job as {
    id?: string;
    status?: string;
    fineTunedModel?: string | null;
    trainedTokens?: number | null;
    checkpoints?: { stepNumber: number; metrics: { trainLoss?: number | null; validLoss?: number | null; validMeanTokenAccuracy?: number | null } }[];
  };
  if (typeof j.id !== "string" || typeof j.status !== "string") throw new Error("the server answered a job without an id or status");
  const latest = [...(j.checkpoints ?? [])].sort((a, b) => b.stepNumber - a.stepNumber)[0];
  return {
    id: j.id,
    status: j.status,
    fineTunedModel: j.fineTunedModel ?? null,
    trainedTokens: j.trainedTokens ?? null,
    step: latest?.stepNumber ?? null,
    trainLoss: latest?.metrics.trainLoss ?? null,
    validLoss: latest?.metrics.validLoss ?? null,
    validMeanTokenAccuracy: latest?.metrics.validMeanTokenAccuracy ?? null,
  };
}

const figure = (name: string, value: number | null) => (value === null ? "" : ` · ${name} ${value.toFixed(3)}`);

async function pollUntilDone(client: Mistral, jobId: string, options: LaunchOptions, progress: (line: string) => void): Promise<JobView> {
  let failures = 0;
  for (;;) {
    try {
      const job = view(await client.fineTuning.jobs.get({ jobId }));
      failures = 0;
      const step = job.step === null ? "" : ` · step ${job.step}/${options.trainingSteps}`;
      progress(`job ${job.id} ${job.status}${step}${figure("train loss", job.trainLoss)}${figure("valid loss", job.validLoss)}`);
      if (DONE.has(job.status)) return job;
    } catch (error) {
      if (++failures > POLL_ERRORS_TOLERATED) throw error;
      progress(`job ${jobId}: read failed (${explain(error, "the server").message}); trying again`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
}

/**
 * Upload the model's train and validation split (once per content), create the job with the original's
 * hyperparameters, poll it to the end and record the fine-tuned model id. A probe of the fine-tuning routes comes
 * first, so a refusing service (410 Gone) is found before anything is uploaded.
 */
export async function launchFineTune(options: LaunchOptions, log: (line: string) => void, progress = log): Promise<LaunchResult> {
  const server = options.serverUrl ?? "the Mistral API";
  let train: DataFile;
  let validation: DataFile;
  try {
    train = dataFile(options.model, "train");
    validation = dataFile(options.model, "validation");
  } catch (error) {
    return { ok: false, failure: { message: `The training data is not valid, nothing was sent: ${(error as Error).message}`, exitCode: 2 } };
  }
  const hyperparameters = { trainingSteps: options.trainingSteps, learningRate: options.learningRate };
  if (options.dryRun) {
    for (const d of [train, validation]) log(`would upload ${d.file} (${d.examples} examples, sha256 ${d.sha256}) as ${d.uploadName}`);
    log(`would create a job: base ${options.base}, suffix ${SUFFIX[options.model]}, ${JSON.stringify(hyperparameters)}, on ${server}`);
    return { ok: true, entry: null };
  }
  if (!options.apiKey) return { ok: false, failure: { message: "MISTRAL_API_KEY is not set (use --dry-run to see the plan without a key).", exitCode: 2 } };
  const client = new Mistral({
    apiKey: options.apiKey,
    ...(options.serverUrl ? { serverURL: options.serverUrl } : {}),
    timeoutMs: options.timeoutMs,
    retryConfig: { strategy: "none" },
  });
  try {
    let jobId = options.jobId;
    if (!jobId) {
      await client.fineTuning.jobs.list({ pageSize: 1 });
      const trainingId = await ensureUploaded(client, train, log);
      const validationId = await ensureUploaded(client, validation, log);
      const created = view(
        await client.fineTuning.jobs.create({
          model: options.base,
          trainingFiles: [{ fileId: trainingId, weight: 1 }],
          validationFiles: [validationId],
          suffix: SUFFIX[options.model],
          hyperparameters,
          autoStart: true,
        }),
      );
      jobId = created.id;
      log(`job ${jobId} created (resume polling with --job ${jobId})`);
    }
    const job = await pollUntilDone(client, jobId, options, progress);
    if (job.status !== "SUCCESS" || !job.fineTunedModel) {
      return { ok: false, failure: { message: `Job ${job.id} ended ${job.status}; nothing was recorded.`, exitCode: 1 } };
    }
    const entry: FineTunedModel = {
      model: options.model,
      modelId: job.fineTunedModel,
      jobId: job.id,
      base: options.base,
      server: options.serverUrl ?? "https://api.mistral.ai",
      finishedAt: new Date().toISOString(),
      hyperparameters,
      data: { train: pick(train), validation: pick(validation) },
      figures: { trainedTokens: job.trainedTokens, trainLoss: job.trainLoss, validLoss: job.validLoss, validMeanTokenAccuracy: job.validMeanTokenAccuracy },
    };
    recordModel(entry, options.recordFile);
    return { ok: true, entry };
  } catch (error) {
    return { ok: false, failure: explain(error, server) };
  }
}

const pick = ({ file, sha256, examples }: DataFile) => ({ file, sha256, examples });
