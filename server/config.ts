import { z } from "zod";

/** An empty variable (`MISTRAL_API_KEY=` in an env file) counts as unset. */
const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const seconds = (fallback: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/** The server's configuration, from the environment only; a client never chooses any of it. */
export const ServerConfig = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(2567),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default("data"),
  REDIS_URL: z.string().url().optional(),
  PUBLIC_ADDRESS: z.string().optional(),
  MODEL_PROVIDER: z.enum(["local", "mistral"]).default("local"),
  MISTRAL_API_KEY: unsetIfEmpty(z.string().min(1)),
  MISTRAL_SERVER_URL: unsetIfEmpty(z.string().url()),
  MISTRAL_EXTRACTION_MODEL: z.string().min(1).default("ministral-8b-latest"),
  MISTRAL_CITIZENS_MODEL: z.string().min(1).default("ministral-8b-latest"),
  MISTRAL_CALL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  RESOLVE_DEADLINE_MS: z.coerce.number().int().min(200).max(120_000).default(12_000),
  RECONNECT_SECONDS: seconds(60, 1, 600),
  POLICY_SECONDS: seconds(60, 10, 300),
  SPEECH_SECONDS: seconds(90, 15, 600),
  REACTIONS_SECONDS: seconds(12, 3, 60),
  CLIENT_DIR: z.string().default("dist"),
});
export type ServerConfig = z.infer<typeof ServerConfig>;

const WithKey = ServerConfig.refine((c) => c.MODEL_PROVIDER !== "mistral" || c.MISTRAL_API_KEY !== undefined, {
  message: "MODEL_PROVIDER=mistral needs MISTRAL_API_KEY (any value for a self-hosted MISTRAL_SERVER_URL that ignores it)",
  path: ["MISTRAL_API_KEY"],
});

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = WithKey.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Invalid configuration: ${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data;
}
