import { Worker, type WorkerOptions } from "node:worker_threads";

/**
 * A worker thread running the TypeScript module at `module`. The thread's first lines register tsx in it, then load
 * the module: a worker thread does not inherit the parent's loader hooks (neither under `node --import tsx` nor under
 * Vitest). A module that cannot load is reported by a message `{ error }`.
 */
export function startTypeScriptWorker(module: URL, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  const boot = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })
  .catch((error) => require("node:worker_threads").parentPort.postMessage({ error: String(error) }));`;
  return new Worker(boot, { ...options, eval: true });
}
