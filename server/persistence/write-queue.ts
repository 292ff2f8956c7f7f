export interface WriteQueueOptions {
  /** Wait before the first retry; it doubles on every failure in a row, up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  onError?: (error: unknown, write: { key: string; label: string; attempt: number }) => void;
}

export interface WriteQueueStatus {
  /** Writes not yet done, including the ones being retried. */
  pending: number;
  /** Failed attempts since the queue started. */
  failures: number;
  lastError: { message: string; label: string; at: string } | null;
}

interface Write {
  label: string;
  run: () => Promise<unknown>;
  landed: () => void;
}

/**
 * Keeps writes that must not be lost. Writes with the same key (a campaign id) run one at a time in the order
 * given; a failed write is retried with backoff until it succeeds, and the ones behind it wait. Every write must
 * therefore be idempotent: a write whose commit was lost with the connection runs again.
 */
export class WriteQueue {
  private readonly lanes = new Map<string, Write[]>();
  private readonly timers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly onError: WriteQueueOptions["onError"];
  private stopped = false;
  private pendingCount = 0;
  private failures = 0;
  private lastError: WriteQueueStatus["lastError"] = null;

  // The cap is short so that a database back from an outage sees the queue drain within seconds; a failed
  // attempt per campaign every few seconds costs the database nothing while it is away.
  constructor({ baseDelayMs = 250, maxDelayMs = 4_000, onError }: WriteQueueOptions = {}) {
    this.baseDelayMs = baseDelayMs;
    this.maxDelayMs = maxDelayMs;
    this.onError = onError;
  }

  /** Resolves once this write has landed; it never rejects (a failure is retried), and stays pending if the queue stops first. */
  enqueue(key: string, label: string, run: () => Promise<unknown>): Promise<void> {
    if (this.stopped) throw new Error("the write queue is stopped");
    this.pendingCount += 1;
    return new Promise((landed) => {
      const lane = this.lanes.get(key);
      if (lane) {
        lane.push({ label, run, landed });
        return;
      }
      const fresh = [{ label, run, landed }];
      this.lanes.set(key, fresh);
      void this.drain(key, fresh);
    });
  }

  status(): WriteQueueStatus {
    return { pending: this.pendingCount, failures: this.failures, lastError: this.lastError };
  }

  /** Resolves once every write enqueued so far (and since) is done. */
  idle(): Promise<void> {
    if (this.pendingCount === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops retrying; writes still pending are dropped with the queue (call on shutdown, after a bounded idle()). */
  stop(): void {
    this.stopped = true;
    for (const { timer, wake } of this.timers) {
      clearTimeout(timer);
      wake();
    }
    this.timers.clear();
  }

  private async drain(key: string, lane: Write[]): Promise<void> {
    let attempt = 0;
    while (lane.length > 0 && !this.stopped) {
      const write = lane[0]!;
      try {
        await write.run();
      } catch (error) {
        attempt += 1;
        this.failures += 1;
        this.lastError = { message: error instanceof Error ? error.message : String(error), label: write.label, at: new Date().toISOString() };
        this.onError?.(error, { key, label: write.label, attempt });
        await this.sleep(Math.min(this.baseDelayMs * 2 ** (attempt - 1), this.maxDelayMs));
        continue;
      }
      attempt = 0;
      lane.shift();
      this.pendingCount -= 1;
      write.landed();
    }
    if (this.stopped) return;
    this.lanes.delete(key);
    if (this.pendingCount === 0) this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.timers.delete(entry);
          resolve();
        }, ms),
        wake: resolve,
      };
      this.timers.add(entry);
    });
  }
}
