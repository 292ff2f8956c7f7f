import { getPriority } from "node:os";
import { describe, expect, it } from "vitest";
import { startTypeScriptWorker, WORKER_NICE } from "./typescript-worker.ts";

describe("startTypeScriptWorker", () => {
  it.runIf(process.platform === "linux")("runs the thread at WORKER_NICE and leaves the game's own thread as it was", async () => {
    const before = getPriority();
    const worker = startTypeScriptWorker(new URL("../tests/fixtures/priority.worker.ts", import.meta.url));
    try {
      const answer = await new Promise<{ nice?: number; error?: string }>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
      expect(answer).toEqual({ nice: Math.max(before, WORKER_NICE) });
      expect(getPriority()).toBe(before);
    } finally {
      await worker.terminate();
    }
  });
});
