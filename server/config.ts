import { z } from "zod";
import { formatIssue, hasKeyWhenNeeded, NEEDS_KEY, ProviderConfig } from "../providers/config.ts";

const seconds = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** The server's configuration, from the environment only; a client never chooses any of it. */
export const ServerConfig = ProviderConfig.extend({
  PORT: z.coerce.number().int().min(0).max(65535).default(2567),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default("data"),
  RESOLVE_DEADLINE_MS: z.coerce.number().int().min(200).max(120_000).default(12_000),
  RECONNECT_SECONDS: seconds(60, 1, 600),
  POLICY_SECONDS: seconds(60, 10, 300),
  SPEECH_SECONDS: seconds(90, 15, 600),
  REACTIONS_SECONDS: seconds(12, 3, 60),
  CLIENT_DIR: z.string().default("dist"),
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
);

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = Checked.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration: ${formatIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}
