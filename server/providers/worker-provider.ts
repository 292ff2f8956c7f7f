import type { Worker } from "node:worker_threads";
import { z } from "zod";
import { CitizensOutput } from "../../common/schemas/contracts/citizens.ts";
import { ExtractionOutput } from "../../common/schemas/contracts/extraction.ts";
import type { Answer, CallReport, ModelProvider } from "../../providers/provider.ts";
import { startTypeScriptWorker } from "../typescript-worker.ts";
import type { ProviderCall, ProviderRequest } from "./serve-provider.ts";

/** A provider served by a worker thread; `close` stops the thread. */
export interface WorkerProvider extends ModelProvider {
  close(): Promise<void>;
}

const Report = z.object({
  provider: z.string(),
  model: z.string(),
  latencyMs: z.number(),
  promptTokens: z.number(),
  completionTokens: z.number(),
  fallbackReason: z.string().optional(),
});
const answerOf = <S extends z.ZodType>(value: S) =>
  z.discriminatedUnion("ok", [z.object({ ok: z.literal(true), value, report: Report }), z.object({ ok: z.literal(false), error: z.string(), report: Report })]);
const ExtractionAnswer = answerOf(ExtractionOutput);
const CitizensAnswer = answerOf(CitizensOutput);
const Reply = z.object({ id: z.number(), answer: z.unknown() });
const Ready = z.object({ ready: z.literal(true) });

interface Thread {
  worker: Worker;
  /** Whether it has loaded and listens: a late answer before that is a slow start, not a stuck thread. */
  ready: boolean;
  pending: Map<number, { resolve(answer: unknown): void; reject(error: Error): void }>;
}

/**
 * `provider` of the module at `module` (a file that calls `serveProvider`), run in a worker thread so that its work
 * never holds up the game's event loop. What comes back is parsed with the model contracts, like any model's
 * answer, and reported with the round trip's latency. The thread starts at once; when it dies, the calls it held
 * fail (resolving falls back as for any failed provider) and the next call starts a fresh one. A call aborted
 * unanswered (a deadline passed) retires its thread as stuck.
 */
export function workerProvider(name: string, module: URL): WorkerProvider {
  let current: Thread | null = null;
  let nextId = 0;

  const retire = (thread: Thread) => {
    if (current === thread) current = null;
    void thread.worker.terminate();
  };

  function start(): Thread {
    const thread: Thread = { worker: startTypeScriptWorker(module), ready: false, pending: new Map() };
    let failure = "";
    thread.worker.unref();
    thread.worker.on("message", (message: unknown) => {
      const reply = Reply.safeParse(message);
      if (reply.success) {
        const call = thread.pending.get(reply.data.id);
        thread.pending.delete(reply.data.id);
        call?.resolve(reply.data.answer);
      } else if (Ready.safeParse(message).success) {
        thread.ready = true;
      } else {
        failure = `: ${JSON.stringify(message).slice(0, 200)}`;
        retire(thread);
      }
    });
    thread.worker.on("error", (error) => {
      failure = `: ${error.message}`;
    });
    thread.worker.on("exit", (code) => {
      if (current === thread) current = null;
      for (const call of thread.pending.values()) call.reject(new Error(`the ${name} worker stopped (exit code ${code})${failure}`));
      thread.pending.clear();
    });
    return thread;
  }

  function ask(call: ProviderCall, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(new Error(`the ${name} worker was not asked: aborted`));
    const thread = (current ??= start());
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const abort = () => {
        thread.pending.delete(id);
        reject(new Error(`the ${name} worker's answer was given up on`));
        if (thread.ready) retire(thread);
      };
      thread.pending.set(id, {
        resolve(answer) {
          signal?.removeEventListener("abort", abort);
          resolve(answer);
        },
        reject(error) {
          signal?.removeEventListener("abort", abort);
          reject(error);
        },
      });
      signal?.addEventListener("abort", abort, { once: true });
      thread.worker.postMessage({ ...call, id } satisfies ProviderRequest);
    });
  }

  /** One part's answer as the contract allows it, else a failed answer saying why; latency is the round trip. */
  function checked<T>(schema: z.ZodType<Answer<T>>, raw: unknown, latencyMs: number): Answer<T> {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ...parsed.data, report: { ...parsed.data.report, latencyMs } };
    const report: CallReport = { provider: name, model: name, latencyMs, promptTokens: 0, completionTokens: 0 };
    return { ok: false, error: `the ${name} worker broke the contract: ${parsed.error.issues[0]?.message}`, report };
  }

  current = start();
  return {
    name,
    async extract(inputs, signal) {
      const started = performance.now();
      const answers = await ask({ part: "extract", inputs }, signal);
      const latencyMs = performance.now() - started;
      const byMayor = typeof answers === "object" && answers !== null ? (answers as Record<string, unknown>) : {};
      return Object.fromEntries(Object.keys(inputs).map((mayor) => [mayor, checked(ExtractionAnswer, Object.hasOwn(byMayor, mayor) ? byMayor[mayor] : undefined, latencyMs)]));
    },
    async react(input, signal) {
      const started = performance.now();
      const answer = await ask({ part: "react", input }, signal);
      return checked(CitizensAnswer, answer, performance.now() - started);
    },
    async close() {
      const thread = current;
      current = null;
      await thread?.worker.terminate();
    },
  };
}

/** The local engines (`providers/local/`) in a worker thread: the server's local provider and its fallback. */
export const localWorkerProvider = (): WorkerProvider => workerProvider("local", new URL("./local.worker.ts", import.meta.url));
