import { describe, expect, it } from "vitest";
import type { CallReport } from "../../providers/provider.ts";
import { parsePrometheusText, total } from "../../tests/support/prometheus-text.ts";
import { WriteQueue } from "../persistence/write-queue.ts";
import { ServerMetrics } from "./metrics.ts";

const call = (provider: string, latencyMs: number, fallbackReason?: string): CallReport => ({
  provider,
  model: "m",
  latencyMs,
  promptTokens: 100,
  completionTokens: 20,
  ...(fallbackReason ? { fallbackReason } : {}),
});

describe("ServerMetrics", () => {
  it("exposes valid Prometheus text with process memory, rooms and the write queue", async () => {
    const queue = new WriteQueue();
    const samples = parsePrometheusText(await new ServerMetrics(() => queue.status()).text());
    expect(total(samples, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === "ecotopia_rooms")).toBe(true);
    expect(samples.some((s) => s.name === "ecotopia_clients")).toBe(true);
    expect(total(samples, "ecotopia_write_queue_depth")).toBe(0);
    expect(total(samples, "ecotopia_write_failures_total")).toBe(0);
  });

  it("counts model calls per provider, the fallback's share, tokens and their latency", async () => {
    const metrics = new ServerMetrics(() => new WriteQueue().status());
    metrics.roundResolved("mistral", { extraction: { m1: call("mistral", 1200), m2: call("local", 3000, "timeout") }, citizens: call("mistral", 800) });
    const samples = parsePrometheusText(await metrics.text());
    expect(total(samples, "ecotopia_model_calls_total", { provider: "mistral", outcome: "answered" })).toBe(2);
    expect(total(samples, "ecotopia_model_calls_total", { provider: "mistral", part: "extraction", outcome: "fallback" })).toBe(1);
    expect(total(samples, "ecotopia_model_tokens_total", { provider: "mistral", kind: "prompt" })).toBe(300);
    expect(total(samples, "ecotopia_model_call_seconds_sum", { part: "citizens" })).toBeCloseTo(0.8);
    expect(total(samples, "ecotopia_model_call_seconds_bucket", { part: "extraction", outcome: "fallback", le: "2" })).toBe(0);
    expect(total(samples, "ecotopia_model_call_seconds_bucket", { part: "extraction", outcome: "fallback", le: "4" })).toBe(1);
  });

  it("times each phase of a room from its start to the next one's, a re-entry after a failure included", async () => {
    const metrics = new ServerMetrics(() => new WriteQueue().status());
    metrics.phaseEntered("ROOM", "policy", 0);
    metrics.phaseEntered("ROOM", "policy", 5_000);
    metrics.phaseEntered("ROOM", "speech", 12_000);
    metrics.phaseEntered("ROOM", "resolving", 40_000);
    metrics.phaseEntered("ROOM", "ended", 41_500);
    metrics.phaseEntered("ROOM", "policy", 50_000);
    metrics.roomClosed("ROOM");
    const samples = parsePrometheusText(await metrics.text());
    expect(total(samples, "ecotopia_phase_seconds_sum", { phase: "policy" })).toBe(12);
    expect(total(samples, "ecotopia_phase_seconds_sum", { phase: "speech" })).toBe(28);
    expect(total(samples, "ecotopia_phase_seconds_count", { phase: "resolving" })).toBe(1);
    expect(total(samples, "ecotopia_phase_seconds_count")).toBe(3);
  });

  it("shows the storage writes waiting and every failed attempt", async () => {
    const queue = new WriteQueue({ baseDelayMs: 1, maxDelayMs: 1 });
    const metrics = new ServerMetrics(() => queue.status());
    let attempts = 0;
    queue.enqueue("c1", "round 1", async () => {
      attempts += 1;
      if (attempts <= 3) throw new Error("database away");
    });
    queue.enqueue("c1", "round 2", async () => {});
    const before = parsePrometheusText(await metrics.text());
    expect(total(before, "ecotopia_write_queue_depth")).toBe(2);
    await queue.idle();
    const after = parsePrometheusText(await metrics.text());
    expect(total(after, "ecotopia_write_failures_total")).toBe(3);
    expect(total(after, "ecotopia_write_queue_depth")).toBe(0);
    queue.stop();
  });

  it("refuses text that is not Prometheus's format", () => {
    expect(() => parsePrometheusText("# TYPE a counter\na{x=1} 2\n")).toThrow(/line 2/);
    expect(() => parsePrometheusText("b 1\n")).toThrow(/no TYPE/);
    expect(() => parsePrometheusText("# TYPE c gauge\nc twelve\n")).toThrow(/not Prometheus text/);
  });
});
