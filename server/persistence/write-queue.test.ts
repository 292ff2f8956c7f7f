import { afterEach, describe, expect, it } from "vitest";
import { WriteQueue } from "./write-queue.ts";

/** A write that fails its first `failures` attempts, logging each try. */
function flaky(log: string[], name: string, failures = 0) {
  let tries = 0;
  return async () => {
    tries += 1;
    log.push(`${name}#${tries}`);
    if (tries <= failures) throw new Error(`${name} failed`);
  };
}

describe("WriteQueue", () => {
  let queue: WriteQueue;
  afterEach(() => queue.stop());

  it("runs the writes of one key in order, each after the previous one succeeded", async () => {
    queue = new WriteQueue({ baseDelayMs: 1 });
    const log: string[] = [];
    queue.enqueue("a", "first", flaky(log, "first", 2));
    queue.enqueue("a", "second", flaky(log, "second"));
    expect(queue.status().pending).toBe(2);
    await queue.idle();
    expect(log).toEqual(["first#1", "first#2", "first#3", "second#1"]);
    expect(queue.status()).toMatchObject({ pending: 0, failures: 2, lastError: { message: "first failed", label: "first" } });
  });

  it("tells each caller when its own write has landed, after the retries it needed", async () => {
    queue = new WriteQueue({ baseDelayMs: 1 });
    const log: string[] = [];
    const seenWhenLanded = (write: Promise<void>) => write.then(() => [...log]);
    const first = seenWhenLanded(queue.enqueue("a", "first", flaky(log, "first", 2)));
    const second = seenWhenLanded(queue.enqueue("a", "second", flaky(log, "second")));
    expect((await first).slice(0, 3)).toEqual(["first#1", "first#2", "first#3"]);
    expect(await second).toEqual(["first#1", "first#2", "first#3", "second#1"]);
  });

  it("does not hold up other keys behind a failing write", async () => {
    queue = new WriteQueue({ baseDelayMs: 5_000 });
    const log: string[] = [];
    queue.enqueue("broken", "stuck", flaky(log, "stuck", 1));
    queue.enqueue("fine", "other", flaky(log, "other"));
    await expect.poll(() => log).toContain("other#1");
    expect(queue.status().pending).toBe(1);
  });

  it("backs off exponentially up to the cap", async () => {
    const attempts: number[] = [];
    queue = new WriteQueue({ baseDelayMs: 10, maxDelayMs: 40, onError: (_, write) => attempts.push(write.attempt) });
    const started = Date.now();
    queue.enqueue("a", "slow", flaky([], "slow", 5));
    await queue.idle();
    expect(attempts).toEqual([1, 2, 3, 4, 5]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(10 + 20 + 40 + 40 + 40 - 5);
  });

  it("refuses writes once stopped", () => {
    queue = new WriteQueue();
    queue.stop();
    expect(() => queue.enqueue("a", "late", async () => {})).toThrow(/stopped/);
  });
});
