import { parentPort } from "node:worker_threads";
import type { CitizensInput } from "../../common/schemas/contracts/citizens.ts";
import type { ExtractionInput } from "../../common/schemas/contracts/extraction.ts";
import type { MayorId } from "../../common/schemas/game.ts";
import type { ModelProvider } from "../../providers/provider.ts";

/** One call, from the game's thread to a provider's thread; requests carry an id that their answer repeats. */
export type ProviderCall = { part: "extract"; inputs: Record<MayorId, ExtractionInput> } | { part: "react"; input: CitizensInput };
export type ProviderRequest = ProviderCall & { id: number };

/**
 * Serves `provider` from a worker thread (`worker-provider.ts` is the other end): says `{ ready: true }` once
 * listening, then answers each request `{ id, answer }` in the order asked.
 */
export function serveProvider(provider: ModelProvider): void {
  const port = parentPort!;
  port.on("message", async (request: ProviderRequest) => {
    const answer = request.part === "extract" ? await provider.extract(request.inputs) : await provider.react(request.input);
    port.postMessage({ id: request.id, answer });
  });
  port.postMessage({ ready: true });
}
