import type { Answer, CallReport, ModelProvider } from "../provider.ts";
import { CitizensOutput } from "../../common/schemas/contracts/citizens.ts";
import { ExtractionOutput } from "../../common/schemas/contracts/extraction.ts";
import type { z } from "zod";
import { extractSpeech } from "./extraction/extract-speech.ts";
import { reactCitizens } from "./citizens/react-citizens.ts";

function run<S extends z.ZodType>(schema: S, compute: () => unknown): Answer<z.infer<S>> {
  const started = performance.now();
  const report = (): CallReport => ({ provider: "local", model: "local-rules", latencyMs: performance.now() - started, promptTokens: 0, completionTokens: 0 });
  try {
    const parsed = schema.safeParse(compute());
    if (parsed.success) return { ok: true, value: parsed.data, report: report() };
    return { ok: false, error: `local engine broke the contract: ${parsed.error.issues[0]?.message}`, report: report() };
  } catch (error) {
    return { ok: false, error: `local engine failed: ${(error as Error).message}`, report: report() };
  }
}

/** The offline provider: the deterministic engines of this folder behind the provider interface. */
export const localProvider: ModelProvider = {
  name: "local",
  async extract(inputs) {
    return Object.fromEntries(Object.entries(inputs).map(([mayor, input]) => [mayor, run(ExtractionOutput, () => extractSpeech(input))]));
  },
  async react(input) {
    return run(CitizensOutput, () => reactCitizens(input));
  },
};
