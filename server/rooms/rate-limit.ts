/** A token bucket per client: `burst` messages at once, refilled at `perSecond`. Time comes from the caller. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {}

  allow(key: string, nowMs: number): boolean {
    const bucket = this.refilled(key, nowMs);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return allowed;
  }

  /** Whether `allow` would pass now, without spending anything. */
  wouldAllow(key: string, nowMs: number): boolean {
    return this.refilled(key, nowMs).tokens >= 1;
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }

  /** Drops the buckets that are full again (they hold nothing a new bucket would not), so keys never pile up. */
  prune(nowMs: number): void {
    for (const key of [...this.buckets.keys()]) if (this.refilled(key, nowMs).tokens >= this.burst) this.buckets.delete(key);
  }

  private refilled(key: string, nowMs: number): { tokens: number; at: number } {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: nowMs };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((nowMs - bucket.at) / 1000) * this.perSecond);
    bucket.at = nowMs;
    return bucket;
  }
}
