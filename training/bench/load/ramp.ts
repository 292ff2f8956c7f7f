import { monitorEventLoopDelay } from "node:perf_hooks";
import type { LoadRoom } from "./load-room.ts";
import { roomBytes, Samples } from "./meter.ts";
import { startServerProcess } from "./server-process.ts";

/** What a level must keep: the 99th percentile of action → patch, in ms. */
export const P99_LIMIT_MS = 75;
const ROOMS_OPENED_AT_ONCE = 5;

export interface Target {
  name: string;
  /** The server's entry file and its environment. */
  entry: string;
  env: Record<string, string>;
  open(endpoint: string, latency: Samples): Promise<LoadRoom>;
  /** Runs once the server is up, before the idle heap is taken and the first level starts. */
  prepare?(endpoint: string): Promise<void>;
}

export interface RampOptions {
  levels: readonly number[];
  spectators: number;
  warmMs: number;
  windowMs: number;
  /** No new level starts past this many ms after the server started. */
  budgetMs: number;
  log(line: string): void;
}

export interface LevelResult {
  rooms: number;
  clients: number;
  samples: number;
  p50: number;
  p99: number;
  /** Server CPU in the window, in % of one core per 1,000 clients. */
  cpuPerThousand: number;
  bytesPerClientSecond: number;
  heapPerRoomKiB: number;
  /** The server's longest event-loop stall in the window (ms): how long one room's work held every other room up. */
  longestStallMs: number;
  /** The driving process's own event-loop delay p99 (ms): when high, the driver and not the server limits. */
  driverLagMs: number;
  held: boolean;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

/**
 * Steps the number of rooms up through `levels` against one fresh server process until a level misses the latency
 * limit or the time budget runs out; each level is measured over its own window after a warm-up.
 */
export async function ramp(target: Target, options: RampOptions): Promise<LevelResult[]> {
  const server = await startServerProcess(target.entry, target.env);
  const endpoint = `ws://127.0.0.1:${server.port}`;
  const started = performance.now();
  const latency = new Samples();
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const open: LoadRoom[] = [];
  const results: LevelResult[] = [];
  try {
    await target.prepare?.(endpoint);
    const baseHeap = await server.heapUsed();
    for (const level of options.levels) {
      if (performance.now() - started + options.warmMs + options.windowMs > options.budgetMs) {
        options.log(`${target.name}: time budget reached before ${level} rooms`);
        break;
      }
      while (open.length < level) {
        const batch = Math.min(ROOMS_OPENED_AT_ONCE, level - open.length);
        open.push(...(await Promise.all(Array.from({ length: batch }, () => target.open(endpoint, latency)))));
      }
      await sleep(options.warmMs);
      const clients = open.reduce((n, r) => n + r.rooms.length, 0);
      const bytes = () => open.reduce((n, r) => n + r.rooms.reduce((m, room) => m + roomBytes(room).total, 0), 0);
      latency.reset();
      lag.reset();
      const [bytes0, cpu0, t0, wall0] = [bytes(), server.cpuSeconds(), performance.now(), Date.now()];
      await sleep(options.windowMs);
      const wall1 = Date.now();
      const seconds = (performance.now() - t0) / 1000;
      const cpuShare = (server.cpuSeconds() - cpu0) / seconds;
      const heap = await server.heapUsed();
      const p99 = latency.quantile(0.99);
      const result: LevelResult = {
        rooms: open.length,
        clients,
        samples: latency.count,
        p50: latency.quantile(0.5),
        p99,
        cpuPerThousand: (cpuShare * 100 * 1000) / clients,
        bytesPerClientSecond: (bytes() - bytes0) / clients / seconds,
        heapPerRoomKiB: (heap - baseHeap) / open.length / 1024,
        longestStallMs: server.longestStallMs(wall0, wall1),
        driverLagMs: lag.percentile(99) / 1e6,
        held: p99 <= P99_LIMIT_MS,
      };
      results.push(result);
      options.log(
        `${target.name}: ${result.rooms} rooms, ${clients} clients: p50 ${fixed(result.p50, 1)} ms, p99 ${fixed(p99, 1)} ms (${result.samples} actions), ` +
          `server CPU ${fixed(cpuShare * 100, 1)}% of a core, ${fixed(result.bytesPerClientSecond)} B/client/s, heap ${fixed(result.heapPerRoomKiB)} KiB/room, ` +
          `longest loop stall ${fixed(result.longestStallMs, 1)} ms, ` +
          `driver lag p99 ${fixed(result.driverLagMs, 1)} ms → ${result.held ? "held" : "missed"}`,
      );
      if (!result.held) break;
    }
  } catch (error) {
    // A join refused or a connection dropped ends this target's ramp; the levels measured so far stand.
    options.log(`${target.name}: stopped by ${(error as Error).message || (error as Error).name}; the server's last output:\n${server.output() || "(none)"}`);
  } finally {
    lag.disable();
    await Promise.all(open.map((r) => r.close()));
    await server.stop();
  }
  return results;
}
