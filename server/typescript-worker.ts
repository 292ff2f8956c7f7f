import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * The nice value of the server's worker threads (the local models, the embedded database) on Linux, where it is a
 * thread's own: the game's event loop (nice 0) then takes the core back at once when a message arrives, instead of
 * sharing it evenly with a resolving round or a database write, which can wait a few milliseconds.
 */
export const WORKER_NICE = 10;

/**
 * A worker thread running the TypeScript module at `module`, at a lower priority than the game's loop (WORKER_NICE).
 * The thread's first lines register tsx in it, then load the module: a worker thread does not inherit the parent's
 * loader hooks (neither under `node --import tsx` nor under Vitest). A module that cannot load is reported by a
 * message `{ error }`.
 */
export function startTypeScriptWorker(module: URL, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  // setpriority(0) names the calling thread on Linux; elsewhere it would name the whole process, so it is skipped.
  // Only ever lowered: a server already started nicer keeps its value (raising priority needs a privilege). A system
  // that refuses it (a sandbox without setpriority) runs the thread at its own priority: speed, not correctness.
  const nice =
    process.platform === "linux"
      ? `try { const os = require("node:os"); if (os.getPriority() < ${WORKER_NICE}) os.setPriority(${WORKER_NICE}); } catch {}\n`
      : "";
  const boot = `${nice}import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })
  .catch((error) => require("node:worker_threads").parentPort.postMessage({ error: String(error) }));`;
  return new Worker(boot, { ...options, eval: true });
}
