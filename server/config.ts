import { z } from "zod";
import { DEFAULT_PHASE_SECONDS } from "../common/schemas/messages.ts";
import { formatIssue, hasKeyWhenNeeded, NEEDS_KEY, ProviderConfig, unsetIfEmpty } from "../providers/config.ts";

const seconds = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);
/** A per-address abuse limit (see server/http/address-limits.ts); every e2e client comes from one loopback address, so tests raise them. */
const perAddress = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback);

/** The server's configuration, from the environment only; a client never chooses any of it. */
export const ServerConfig = ProviderConfig.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(2567),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default("data"),
  RESOLVE_DEADLINE_MS: z.coerce.number().int().min(200).max(120_000).default(12_000),
  RECONNECT_SECONDS: seconds(60, 1, 600),
  POLICY_SECONDS: seconds(DEFAULT_PHASE_SECONDS.policy, 10, 300),
  SPEECH_SECONDS: seconds(DEFAULT_PHASE_SECONDS.speech, 15, 600),
  REACTIONS_SECONDS: seconds(DEFAULT_PHASE_SECONDS.reactions, 3, 60),
  CLIENT_DIR: z.string().default("dist"),
  /** The operators' secret for /monitor (Colyseus's monitor); without one the monitor is not served at all. */
  ADMIN_TOKEN: unsetIfEmpty(z.string().min(16, "must be at least 16 characters, or it is easy to guess")),
  /** How long a seat reserved by matchmaking waits for its WebSocket; an unused one holds a place in the room until then. */
  SEAT_RESERVATION_SECONDS: seconds(8, 2, 30),
  /** Redis shared by several server processes (Colyseus's presence and driver): rooms, codes and seats across processes. */
  REDIS_URL: unsetIfEmpty(z.string().url()),
  /**
   * Where clients reach this very process (host[:port][/path], no scheme): seats reserved on another process send
   * the client's WebSocket here. Also names the campaigns this process resumes after a restart.
   */
  PUBLIC_ADDRESS: unsetIfEmpty(z.string().regex(/^[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9_-]+)*$/, "must be host[:port][/path], without a scheme")),
  /**
   * Reverse proxies in front of this process that append the client's address to X-Forwarded-For (0: none, the
   * connection's peer is the client). Behind one proxy every client would otherwise share the proxy's address.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Open WebSocket connections per client address (a household or a classroom shares one). */
  CONNECTIONS_PER_ADDRESS: perAddress(32),
  /** Rooms created (create or quick match) per client address per minute. */
  ROOMS_PER_ADDRESS_PER_MINUTE: perAddress(10),
  /** Join codes that matched no room, per client address per minute: the pace of any code-guesser. */
  CODE_MISSES_PER_ADDRESS_PER_MINUTE: perAddress(10),
  /** Seats reserved and not yet taken (their WebSocket not yet open), per client address. */
  OPEN_RESERVATIONS_PER_ADDRESS: perAddress(8),
});
export type ServerConfig = z.infer<typeof ServerConfig>;

/** Resolving asks twice in a row (speeches, then citizens); each part gets half, so the phase keeps one hard deadline. */
export const partDeadlineMs = (config: Pick<ServerConfig, "RESOLVE_DEADLINE_MS">): number => Math.floor(config.RESOLVE_DEADLINE_MS / 2);

const Checked = ServerConfig.refine(hasKeyWhenNeeded, { message: NEEDS_KEY, path: ["MISTRAL_API_KEY"] }).refine(
  (c) => c.MODEL_PROVIDER !== "mistral" || c.MISTRAL_CALL_TIMEOUT_MS < partDeadlineMs(c),
  {
    message: "must be below half of RESOLVE_DEADLINE_MS (each of the two model parts of resolving gets half), or the call could never time out before the fallback answers",
    path: ["MISTRAL_CALL_TIMEOUT_MS"],
  },
)
  .refine((c) => !c.REDIS_URL || c.PUBLIC_ADDRESS, {
    message: "is needed with REDIS_URL: each process needs its own public address for the WebSockets of seats reserved elsewhere",
    path: ["PUBLIC_ADDRESS"],
  })
  .refine((c) => !c.REDIS_URL || c.DATABASE_URL, {
    message: "is needed with REDIS_URL: processes that share rooms must share one history database (an embedded one is each process's own)",
    path: ["DATABASE_URL"],
  });

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = Checked.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration: ${formatIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}
