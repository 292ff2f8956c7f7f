import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody, startMistralMock, type MistralMock, type MockOptions } from "./mistral-stand-in.ts";

export type FineTuningRoute = "list-files" | "upload" | "list-jobs" | "create-job" | "get-job";

/**
 * How the fine-tuning routes behave:
 * - error: the HTTP status a route answers instead of working (410 as the hosted service does since mid-2026,
 *   401, 429, 500), or null to work;
 * - latencyMs: a wait before every fine-tuning answer (a client timeout shorter than it times out);
 * - outcome: how a created job ends, after `runningPolls` reads that report it RUNNING.
 */
export interface FineTuningOptions {
  error?: (route: FineTuningRoute) => number | null;
  latencyMs?: number;
  outcome?: "succeeded" | "failed";
  runningPolls?: number;
}

export interface StoredFile {
  id: string;
  filename: string;
  purpose: string;
  bytes: number;
  sha256: string;
  createdAt: number;
}

export interface StoredJob {
  id: string;
  body: Record<string, unknown>;
  reads: number;
  createdAt: number;
}

export interface FineTuningMock extends MistralMock {
  files: StoredFile[];
  jobs: StoredJob[];
  /** Every fine-tuning request in order, as "ROUTE" or "ROUTE STATUS" when it answered an error. */
  requests: string[];
  setFineTuning(options: FineTuningOptions): void;
}

const ERRORS: Record<number, { message: string; type: string }> = {
  401: { message: "Unauthorized", type: "unauthorized" },
  410: { message: "Fine-tuning is no longer available: this API route has been retired.", type: "gone" },
  429: { message: "Requests rate limit exceeded", type: "rate_limited" },
  500: { message: "Internal server error", type: "internal_server_error" },
};

const seconds = () => Math.floor(Date.now() / 1000);

function routeOf(req: IncomingMessage): { route: FineTuningRoute; jobId?: string } | null {
  const path = new URL(req.url ?? "/", "http://stand-in").pathname;
  if (path === "/v1/files") return { route: req.method === "POST" ? "upload" : "list-files" };
  if (path === "/v1/fine_tuning/jobs") return { route: req.method === "POST" ? "create-job" : "list-jobs" };
  const job = /^\/v1\/fine_tuning\/jobs\/([^/]+)$/.exec(path);
  return job && req.method === "GET" ? { route: "get-job", jobId: job[1]! } : null;
}

function fileJson(file: StoredFile) {
  return {
    id: file.id,
    object: "file",
    bytes: file.bytes,
    created_at: file.createdAt,
    filename: file.filename,
    purpose: file.purpose,
    sample_type: "instruct",
    source: "upload",
    num_lines: null,
  };
}

/**
 * The chat-completions stand-in plus Mistral's files and fine-tuning routes, with the shapes SDK 2.4.0 validates:
 * uploads are kept (name, size, content hash), a created job runs for a few reads and then succeeds with a model
 * id or fails, and any route can answer an HTTP error instead (410 Gone, as the hosted service does now).
 */
export async function startFineTuningMock(chat: MockOptions = {}, initial: FineTuningOptions = {}): Promise<FineTuningMock> {
  const files: StoredFile[] = [];
  const jobs: StoredJob[] = [];
  const requests: string[] = [];
  let options = initial;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };

  function jobJson(job: StoredJob) {
    const running = options.runningPolls ?? 2;
    const done = job.reads > running;
    const status = job.reads === 0 ? "QUEUED" : !done ? "RUNNING" : options.outcome === "failed" ? "FAILED" : "SUCCESS";
    const steps = (job.body.hyperparameters as { training_steps?: number } | undefined)?.training_steps ?? 100;
    const checkpoints = Array.from({ length: Math.min(job.reads, running + 1) }, (_, i) => ({
      metrics: { train_loss: 1.2 / (i + 2), valid_loss: 1.3 / (i + 2), valid_mean_token_accuracy: 0.8 + i / 100 },
      step_number: Math.round((steps * (i + 1)) / (running + 1)),
      created_at: job.createdAt + i,
    }));
    return {
      id: job.id,
      auto_start: job.body.auto_start ?? true,
      model: job.body.model,
      status,
      created_at: job.createdAt,
      modified_at: job.createdAt + job.reads,
      training_files: (job.body.training_files as { file_id: string }[]).map((f) => f.file_id),
      validation_files: job.body.validation_files ?? null,
      object: "job",
      job_type: "completion",
      suffix: job.body.suffix ?? null,
      fine_tuned_model: status === "SUCCESS" ? `ft:${String(job.body.model)}:standin:${String(job.body.suffix ?? "model")}:${job.id.slice(-8)}` : null,
      trained_tokens: status === "SUCCESS" ? 123_456 : null,
      hyperparameters: job.body.hyperparameters ?? { learning_rate: 0.0001 },
      checkpoints: checkpoints.reverse(),
      events: [{ name: `status-updated`, data: { status }, created_at: job.createdAt + job.reads }],
    };
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const matched = routeOf(req);
    if (!matched) return false;
    const body = Buffer.from(await readBody(req), "utf8");
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    const status = options.error?.(matched.route) ?? null;
    requests.push(status === null ? matched.route : `${matched.route} ${status}`);
    if (status !== null) {
      const error = ERRORS[status] ?? { message: `HTTP ${status}`, type: "error" };
      send(res, status, { object: "error", message: error.message, type: error.type, param: null, code: String(status) });
      return true;
    }
    const url = new URL(req.url ?? "/", "http://stand-in");
    switch (matched.route) {
      case "list-files": {
        const search = url.searchParams.get("search") ?? "";
        const found = files.filter((f) => f.filename.includes(search));
        send(res, 200, { object: "list", data: found.map(fileJson), total: found.length });
        return true;
      }
      case "upload": {
        const form = await new Request("http://stand-in/v1/files", { method: "POST", headers: { "content-type": req.headers["content-type"] ?? "" }, body }).formData();
        const file = form.get("file");
        if (!(file instanceof Blob)) {
          send(res, 422, { object: "error", message: "file is required", type: "invalid_request_error", param: "file", code: null });
          return true;
        }
        const content = Buffer.from(await file.arrayBuffer());
        const stored: StoredFile = {
          id: `file-${files.length + 1}-${createHash("sha256").update(content).digest("hex").slice(0, 8)}`,
          filename: (file as File).name,
          purpose: String(form.get("purpose") ?? ""),
          bytes: content.length,
          sha256: createHash("sha256").update(content).digest("hex"),
          createdAt: seconds(),
        };
        files.push(stored);
        send(res, 200, fileJson(stored));
        return true;
      }
      case "list-jobs":
        send(res, 200, { object: "list", data: jobs.map(jobJson), total: jobs.length });
        return true;
      case "create-job": {
        const request = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
        const ids = [...((request.training_files as { file_id: string }[] | undefined) ?? []).map((f) => f.file_id), ...((request.validation_files as string[] | undefined) ?? [])];
        const missing = ids.find((id) => !files.some((f) => f.id === id));
        if (ids.length === 0 || missing) {
          send(res, 422, { object: "error", message: `unknown file ${missing ?? "(none given)"}`, type: "invalid_request_error", param: "training_files", code: null });
          return true;
        }
        const job: StoredJob = { id: `ftjob-${String(jobs.length + 1).padStart(8, "0")}`, body: request, reads: 0, createdAt: seconds() };
        jobs.push(job);
        send(res, 200, jobJson(job));
        return true;
      }
      case "get-job": {
        const job = jobs.find((j) => j.id === matched.jobId);
        if (!job) {
          send(res, 404, { object: "error", message: `no job ${matched.jobId}`, type: "not_found", param: null, code: null });
          return true;
        }
        job.reads++;
        send(res, 200, jobJson(job));
        return true;
      }
    }
  }

  const mock = await startMistralMock(chat, route);
  return Object.assign(mock, {
    files,
    jobs,
    requests,
    setFineTuning(next: FineTuningOptions) {
      options = next;
    },
  });
}
