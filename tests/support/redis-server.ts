import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { connect } from "node:net";
import { freePort } from "./postgres-server.ts";

const REDIS_SERVER = "/usr/bin/redis-server";
const READY_WAIT_MS = 20_000;

export const REDIS_MISSING = "Redis scale-out tests skipped: install with `apt-get install -y redis-server`";

export function redisServerAvailable(): boolean {
  return existsSync(REDIS_SERVER);
}

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

/** Whether Redis answers PONG on `port` (false while it does not listen yet). */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
  });
}

/** A throwaway Debian redis-server on a free loopback port, keeping nothing on disk. */
export async function startRedisServer(): Promise<RedisServer> {
  if (!redisServerAvailable()) throw new Error(REDIS_MISSING);
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const started = performance.now();
  while (!(await ping(port))) {
    if (child.exitCode !== null || performance.now() - started > READY_WAIT_MS) {
      child.kill("SIGKILL");
      throw new Error(`redis-server on port ${port} did not start`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
