import { matchMaker } from "@colyseus/core";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { CallReport } from "../../providers/provider.ts";
import type { ResolveReport } from "../../providers/resolve-round.ts";
import type { WriteQueueStatus } from "../persistence/write-queue.ts";

/** What a room reports to operators; every call is cheap and never throws into the game. */
export interface RoomMetrics {
  /** The room's campaign entered `phase`: the phase before it (if any) ends now. */
  phaseEntered(roomId: string, phase: string, nowMs: number): void;
  /** A round was resolved by the configured `provider` (some parts possibly by its fallback). */
  roundResolved(provider: string, report: ResolveReport): void;
  roomClosed(roomId: string): void;
}

// Phases last from a few seconds (reactions) to ten minutes (the longest speech phase).
const PHASE_BUCKETS = [1, 3, 5, 10, 15, 30, 60, 90, 120, 300, 600];
// Model calls: the local engine answers in milliseconds, a remote model in seconds, the deadline is at most a minute.
const CALL_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60];

/**
 * The server's Prometheus metrics (served at GET /metrics): rooms and clients of this process, phase durations,
 * model calls per provider (latency, answered or fallen back, tokens), the storage write queue, and prom-client's
 * process metrics (memory, CPU, event loop). One registry per server, so tests may run several in one process.
 */
export class ServerMetrics implements RoomMetrics {
  readonly registry = new Registry();
  private readonly phases = new Map<string, { phase: string; atMs: number }>();
  private readonly phaseSeconds: Histogram<"phase">;
  private readonly callSeconds: Histogram<"provider" | "part" | "outcome">;
  private readonly calls: Counter<"provider" | "part" | "outcome">;
  private readonly tokens: Counter<"provider" | "kind">;

  constructor(writeQueue: () => WriteQueueStatus) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: "ecotopia_rooms",
      help: "Rooms open on this process.",
      registers,
      collect() {
        this.set(matchMaker.stats.local.roomCount);
      },
    });
    new Gauge({
      name: "ecotopia_clients",
      help: "Clients connected to this process's rooms.",
      registers,
      collect() {
        this.set(matchMaker.stats.local.ccu);
      },
    });
    new Gauge({
      name: "ecotopia_write_queue_depth",
      help: "Storage writes not yet done (retried until the database answers).",
      registers,
      collect() {
        this.set(writeQueue().pending);
      },
    });
    new Counter({
      name: "ecotopia_write_failures_total",
      help: "Failed storage write attempts since start (each is retried).",
      registers,
      collect() {
        this.reset();
        this.inc(writeQueue().failures);
      },
    });
    this.phaseSeconds = new Histogram({
      name: "ecotopia_phase_seconds",
      help: "How long campaign phases lasted; resolving is the whole model round trip.",
      labelNames: ["phase"],
      buckets: PHASE_BUCKETS,
      registers,
    });
    this.callSeconds = new Histogram({
      name: "ecotopia_model_call_seconds",
      help: "Latency of each resolving part by the configured provider, fallback wait included.",
      labelNames: ["provider", "part", "outcome"],
      buckets: CALL_BUCKETS,
      registers,
    });
    this.calls = new Counter({
      name: "ecotopia_model_calls_total",
      help: "Resolving parts by the configured provider: answered by it, or by the fallback (the fallback rate).",
      labelNames: ["provider", "part", "outcome"],
      registers,
    });
    this.tokens = new Counter({ name: "ecotopia_model_tokens_total", help: "Model tokens spent, by the configured provider.", labelNames: ["provider", "kind"], registers });
  }

  phaseEntered(roomId: string, phase: string, nowMs: number): void {
    const before = this.phases.get(roomId);
    // The room re-enters a phase after a failure (its exception boundary): the phase goes on, it did not restart.
    if (before?.phase === phase) return;
    if (before) this.phaseSeconds.observe({ phase: before.phase }, Math.max(0, nowMs - before.atMs) / 1000);
    if (phase === "ended") this.phases.delete(roomId);
    else this.phases.set(roomId, { phase, atMs: nowMs });
  }

  roundResolved(provider: string, report: ResolveReport): void {
    const parts: [string, CallReport][] = [...Object.values(report.extraction).map((r) => ["extraction", r] as [string, CallReport]), ["citizens", report.citizens]];
    for (const [part, call] of parts) {
      const labels = { provider, part, outcome: call.fallbackReason === undefined ? "answered" : "fallback" };
      this.calls.inc(labels);
      this.callSeconds.observe(labels, call.latencyMs / 1000);
      this.tokens.inc({ provider, kind: "prompt" }, call.promptTokens);
      this.tokens.inc({ provider, kind: "completion" }, call.completionTokens);
    }
  }

  roomClosed(roomId: string): void {
    this.phases.delete(roomId);
  }

  /** The Prometheus text exposition of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }
}
