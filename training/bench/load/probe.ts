/**
 * Loaded into a benchmarked server process (`--import`) beside its own entry: on SIGUSR2 it writes the live heap
 * (after a full collection, hence `--expose-gc`) to stderr. A signal and not an IPC channel: Colyseus turns on pm2's
 * metrics whenever the process has an IPC channel, which would change what is measured.
 */
process.on("SIGUSR2", () => {
  (globalThis as { gc?: () => void }).gc?.();
  process.stderr.write(`\nbench:heap ${process.memoryUsage().heapUsed}\n`);
});
