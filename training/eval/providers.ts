import type { ModelProvider } from "../../providers/provider.ts";
import { localProvider } from "../../providers/local/local-provider.ts";
import { loadProviderConfig } from "../../providers/config.ts";
import { providerFromConfig } from "../../providers/from-config.ts";
import type { ModelName } from "../data/format.ts";

export type ProviderColumn = { spec: string; provider: ModelProvider } | { spec: string; skipped: string };

const MODEL_VARIABLE: Record<ModelName, "MISTRAL_EXTRACTION_MODEL" | "MISTRAL_CITIZENS_MODEL"> = {
  extraction: "MISTRAL_EXTRACTION_MODEL",
  citizens: "MISTRAL_CITIZENS_MODEL",
};

/**
 * The provider a command-line spec names: `local`; `mistral` (the model ids of the server's environment); or
 * `mistral:<model-id>` (a base model or a fine-tuned id, for the model being evaluated). Mistral reads the same
 * environment as the server (MISTRAL_API_KEY, MISTRAL_SERVER_URL), so a self-hosted server of the TRL weights
 * goes through the same table. Without a key the column is skipped, with the reason.
 */
export function providerFromSpec(spec: string, model: ModelName, env: NodeJS.ProcessEnv = process.env): ProviderColumn {
  if (spec === "local") return { spec, provider: localProvider };
  const [name, ...rest] = spec.split(":");
  if (name !== "mistral") throw new Error(`Unknown provider "${spec}". Known: local, mistral, mistral:<model-id>.`);
  const modelId = rest.join(":");
  if (rest.length > 0 && modelId === "") throw new Error(`"${spec}" names no model id (mistral:<model-id>)`);
  if (!env.MISTRAL_API_KEY) return { spec, skipped: "MISTRAL_API_KEY is not set (any value for a self-hosted MISTRAL_SERVER_URL)" };
  const config = loadProviderConfig({ ...env, MODEL_PROVIDER: "mistral", ...(modelId ? { [MODEL_VARIABLE[model]]: modelId } : {}) });
  return { spec: modelId ? spec : `mistral:${config[MODEL_VARIABLE[model]]}`, provider: providerFromConfig(config) };
}
