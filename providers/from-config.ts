import { localProvider } from "./local/local-provider.ts";
import type { ModelProvider } from "./provider.ts";
import type { ProviderConfig } from "./config.ts";
import { mistralProvider } from "./mistral.ts";

/**
 * The provider the server configuration names; only the server's environment chooses it, never a client. `local`
 * serves the local engines (the server's runs them in a worker thread).
 */
export function providerFromConfig(config: ProviderConfig, local: ModelProvider = localProvider): ModelProvider {
  if (config.MODEL_PROVIDER === "local") return local;
  return mistralProvider({
    apiKey: config.MISTRAL_API_KEY!,
    ...(config.MISTRAL_SERVER_URL ? { serverUrl: config.MISTRAL_SERVER_URL } : {}),
    extractionModel: config.MISTRAL_EXTRACTION_MODEL,
    citizensModel: config.MISTRAL_CITIZENS_MODEL,
    callTimeoutMs: config.MISTRAL_CALL_TIMEOUT_MS,
  });
}
