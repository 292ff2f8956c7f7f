import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { TEST_ENV } from "./server.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BOOT_WAIT_MS = 45_000;

/** `npm start`'s server in a child process of its own, so that a test can kill it as an operator or a crash would. */
export interface ServerProcess {
  port: number;
  /** Everything it printed, line by line. */
  readonly output: string[];
  /** Sends `signal` and waits for the process to exit. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/** Starts `node --import tsx server/main.ts` with the test timers and `env`, and waits until it says it is live. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, ...TEST_ENV, CLIENT_DIR: "no-client-needed", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not start within ${BOOT_WAIT_MS} ms`), BOOT_WAIT_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`the server process ${why}:\n${output.join("\n")}`));
    };
    let partial = "";
    const read = (chunk: Buffer) => {
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop()!;
      for (const line of lines) {
        output.push(line);
        const live = /is live on http:\/\/localhost:(\d+)/.exec(line);
        if (!live) continue;
        clearTimeout(timer);
        resolve({
          port: Number(live[1]),
          output,
          async kill(signal) {
            child.kill(signal);
            await exited;
          },
        });
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.once("exit", (code, signal) => fail(`exited (${signal ?? code}) before it was live`));
  });
}
