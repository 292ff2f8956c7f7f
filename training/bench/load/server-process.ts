import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const PROBE = fileURLToPath(new URL("./probe.ts", import.meta.url));
/** Generous: on a busy machine compiling the server and starting the embedded database can take a minute. */
const START_WAIT_MS = 180_000;
const STOP_WAIT_MS = 8_000;
const TICKS_PER_SECOND = 100;

/** Whether `taskset` can pin a process to a core on this machine. */
export const CAN_PIN = spawnSync("taskset", ["-c", "0", "true"]).status === 0;

/** Pins this (the driving) process to `core`, away from the server's; false where taskset is missing. */
export function pinSelf(core: number): boolean {
  return CAN_PIN && spawnSync("taskset", ["-a", "-p", "-c", String(core), String(process.pid)]).status === 0;
}

export interface ServerProcess {
  port: number;
  /** CPU seconds (user + system) used so far by the process and every process it started. */
  cpuSeconds(): number;
  /** The last lines the server wrote, to explain a failure. */
  output(): string;
  /** The live heap after a full collection, in bytes. */
  heapUsed(): Promise<number>;
  /** The longest event-loop stall (ms) the probe saw in its reports lying wholly between two `Date.now()` times. */
  longestStallMs(fromMs: number, toMs: number): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, "127.0.0.1", done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** The process and its descendants, from /proc (a child of the server, like an embedded database, counts too). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${name}/stat`, "utf8").split(") ")[1]!.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while the table was read.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function cpuTicks(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

async function waitHealthy(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < START_WAIT_MS) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`the server did not answer on port ${port} within ${START_WAIT_MS} ms:\n${output()}`);
}

/**
 * Starts `entry` (a TypeScript server listening on $PORT with a GET /health) pinned to core 0 when taskset exists,
 * with the probe loaded. The process is stopped when this one exits, whatever the reason.
 */
export async function startServerProcess(entry: string, env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const node = [process.execPath, "--expose-gc", "--import", "tsx", "--import", PROBE, entry];
  const [command, ...args] = CAN_PIN ? ["taskset", "-c", "0", ...node] : node;
  const child = spawn(command!, args, { env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" }, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const heapWaiters: ((bytes: number) => void)[] = [];
  const stalls: { from: number; to: number; ms: number }[] = [];
  const keep = (line: string) => {
    const heap = /^bench:heap (\d+)$/.exec(line);
    const stall = /^bench:loop (\d+) (\d+) ([\d.]+)$/.exec(line);
    if (heap) heapWaiters.shift()?.(Number(heap[1]));
    else if (stall) stalls.push({ from: Number(stall[1]), to: Number(stall[2]), ms: Number(stall[3]) });
    else log = `${log}${line}\n`.slice(-4000);
  };
  createInterface({ input: child.stdout! }).on("line", keep);
  createInterface({ input: child.stderr! }).on("line", keep);
  const kill = () => child.kill("SIGKILL");
  process.once("exit", kill);
  const pid = child.pid!;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  try {
    await waitHealthy(port, child, () => log);
  } catch (error) {
    kill();
    throw error;
  }
  return {
    port,
    output: () => log,
    cpuSeconds: () => processTree(pid).reduce((sum, p) => sum + cpuTicks(p), 0) / TICKS_PER_SECOND,
    heapUsed: () =>
      new Promise((resolve) => {
        heapWaiters.push(resolve);
        child.kill("SIGUSR2");
      }),
    longestStallMs(fromMs, toMs) {
      const inside = stalls.filter((s) => s.from >= fromMs && s.to <= toMs).map((s) => s.ms);
      return inside.length ? Math.max(...inside) : Number.NaN;
    },
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(kill, STOP_WAIT_MS);
      await exited;
      clearTimeout(timer);
      process.off("exit", kill);
    },
  };
}
