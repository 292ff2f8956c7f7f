import { z } from "zod";

/** An empty variable (`MISTRAL_API_KEY=` in an env file) counts as unset. */
export const unsetIfEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

/** Which models read the speeches and play the citizens: the server's environment chooses, never a client. */
export const ProviderConfig = z.object({
  MODEL_PROVIDER: z.enum(["local", "mistral"]).default("local"),
  MISTRAL_API_KEY: unsetIfEmpty(z.string().min(1)),
  MISTRAL_SERVER_URL: unsetIfEmpty(z.string().url()),
  MISTRAL_EXTRACTION_MODEL: z.string().min(1).default("ministral-8b-latest"),
  MISTRAL_CITIZENS_MODEL: z.string().min(1).default("ministral-8b-latest"),
  MISTRAL_CALL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
});
export type ProviderConfig = z.infer<typeof ProviderConfig>;

export const NEEDS_KEY = "MODEL_PROVIDER=mistral needs MISTRAL_API_KEY (any value for a self-hosted MISTRAL_SERVER_URL that ignores it)";

/** The cross-field rule every user of the provider config shares. */
export const hasKeyWhenNeeded = (c: ProviderConfig): boolean => c.MODEL_PROVIDER !== "mistral" || c.MISTRAL_API_KEY !== undefined;

/** Reads the provider configuration alone (the evaluation CLI, the fine-tune launcher). */
export function loadProviderConfig(env: NodeJS.ProcessEnv = process.env): ProviderConfig {
  const parsed = ProviderConfig.refine(hasKeyWhenNeeded, { message: NEEDS_KEY, path: ["MISTRAL_API_KEY"] }).safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration: ${formatIssue(parsed.error.issues[0]!)}`);
  return parsed.data;
}

export const formatIssue = (issue: z.core.$ZodIssue): string => `${issue.path.join(".")}: ${issue.message}`;
