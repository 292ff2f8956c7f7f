import { monitorEventLoopDelay } from "node:perf_hooks";

/**
 * Loaded into a benchmarked server process (`--import`) beside its own entry: on SIGUSR2 it writes the live heap
 * (after a full collection, hence `--expose-gc`) to stderr, and every half second the longest event-loop stall of
 * the half second before (`bench:loop <from> <to> <ms>`, wall-clock ms), so the driver can take any window's longest
 * stall. A signal and stderr and not an IPC channel: Colyseus turns on pm2's metrics whenever the process has an IPC
 * channel, which would change what is measured.
 */
const STALL_REPORT_MS = 500;

process.on("SIGUSR2", () => {
  (globalThis as { gc?: () => void }).gc?.();
  process.stderr.write(`\nbench:heap ${process.memoryUsage().heapUsed}\n`);
});

// A 2 ms resolution: a stall reads at most 2 ms short. The timer is libuv's, so it costs the process next to nothing.
const delay = monitorEventLoopDelay({ resolution: 2 });
delay.enable();
let since = Date.now();
setInterval(() => {
  const now = Date.now();
  process.stderr.write(`\nbench:loop ${since} ${now} ${(delay.max / 1e6).toFixed(1)}\n`);
  delay.reset();
  since = now;
}, STALL_REPORT_MS).unref();
