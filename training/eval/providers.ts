import type { ModelProvider } from "../../common/provider.ts";
import { localProvider } from "../../common/engine/local-models/local-provider.ts";

/** The providers the evaluation can run, by the name given on the command line. */
export function providerByName(name: string): ModelProvider {
  if (name === "local") return localProvider;
  throw new Error(`Unknown provider "${name}". Known: local.`);
}
