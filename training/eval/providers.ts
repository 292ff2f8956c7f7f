import type { ModelProvider } from "../../providers/provider.ts";
import { localProvider } from "../../providers/local/local-provider.ts";
import { loadProviderConfig } from "../../providers/config.ts";
import { providerFromConfig } from "../../providers/from-config.ts";

/**
 * The providers the evaluation can run, by the name given on the command line. "mistral" reads the same
 * environment as the server (MISTRAL_API_KEY, MISTRAL_SERVER_URL, model ids), so base and fine-tuned models
 * are compared on one table by changing MISTRAL_EXTRACTION_MODEL / MISTRAL_CITIZENS_MODEL.
 */
export function providerByName(name: string): ModelProvider {
  if (name === "local") return localProvider;
  if (name === "mistral") return providerFromConfig(loadProviderConfig({ ...process.env, MODEL_PROVIDER: "mistral" }));
  throw new Error(`Unknown provider "${name}". Known: local, mistral.`);
}
