import { Mistral } from "@mistralai/mistralai";
import { z } from "zod";
import type { Answer, CallReport, ModelProvider } from "./provider.ts";
import { CITIZENS_SYSTEM_PROMPT, EXTRACTION_SYSTEM_PROMPT } from "./prompts.ts";
import { CitizensOutput } from "../common/schemas/contracts/citizens.ts";
import { clampCitizens, clampExtraction } from "../common/schemas/contracts/clamp-model-output.ts";
import { ExtractionOutput } from "../common/schemas/contracts/extraction.ts";

export interface MistralSettings {
  apiKey: string;
  /** A self-hosted server that speaks the same API (e.g. vLLM serving the LoRA weights); the hosted API when absent. */
  serverUrl?: string;
  extractionModel: string;
  citizensModel: string;
  /** Per HTTP call; the resolving deadline around all calls is the fallback's. */
  callTimeoutMs: number;
}

interface Contract<S extends z.ZodType> {
  system: string;
  schema: S;
  clamp: (raw: unknown) => unknown;
  model: string;
  temperature: number;
  maxTokens: number;
}

/**
 * The Mistral chat-completions provider. The system prompt is fixed and the game facts go in as the contract's JSON
 * input; the answer must be JSON, is clamped and validated against the zod contract, and gets one retry when it is
 * not valid. HTTP errors are not retried here: the fallback answers instead, inside the round's deadline.
 */
export function mistralProvider(settings: MistralSettings): ModelProvider {
  const client = new Mistral({ apiKey: settings.apiKey, ...(settings.serverUrl ? { serverURL: settings.serverUrl } : {}) });

  async function call<S extends z.ZodType>(contract: Contract<S>, input: unknown, signal?: AbortSignal): Promise<Answer<z.infer<S>>> {
    const started = performance.now();
    const report: CallReport = { provider: "mistral", model: contract.model, latencyMs: 0, promptTokens: 0, completionTokens: 0 };
    let lastError = "";
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const response = await client.chat.complete(
          {
            model: contract.model,
            temperature: contract.temperature,
            maxTokens: contract.maxTokens,
            responseFormat: {
              type: "json_schema",
              jsonSchema: { name: "answer", schemaDefinition: z.toJSONSchema(contract.schema, { target: "draft-7", io: "output" }), strict: true },
            },
            messages: [
              { role: "system", content: contract.system },
              { role: "user", content: JSON.stringify(input) },
            ],
          },
          // The SDK ignores its timeoutMs whenever a signal is given, so the per-call timeout travels in the signal.
          { retries: { strategy: "none" }, signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(settings.callTimeoutMs)]) : AbortSignal.timeout(settings.callTimeoutMs) },
        );
        report.promptTokens += response.usage?.promptTokens ?? 0;
        report.completionTokens += response.usage?.completionTokens ?? 0;
        const content = response.choices?.[0]?.message?.content;
        const text = typeof content === "string" ? content : "";
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          lastError = "the answer is not JSON";
          continue;
        }
        const parsed = contract.schema.safeParse(contract.clamp(raw));
        if (parsed.success) return { ok: true, value: parsed.data, report: { ...report, latencyMs: performance.now() - started } };
        const issue = parsed.error.issues[0];
        lastError = `the answer breaks the contract at ${issue?.path.join(".") || "the top"}: ${issue?.message}`;
      } catch (error) {
        return { ok: false, error: `request failed: ${(error as Error).message}`, report: { ...report, latencyMs: performance.now() - started } };
      }
    }
    return { ok: false, error: lastError, report: { ...report, latencyMs: performance.now() - started } };
  }

  const extraction: Contract<typeof ExtractionOutput> = {
    system: EXTRACTION_SYSTEM_PROMPT,
    schema: ExtractionOutput,
    clamp: clampExtraction,
    model: settings.extractionModel,
    temperature: 0.2,
    maxTokens: 1500,
  };
  const citizens: Contract<typeof CitizensOutput> = {
    system: CITIZENS_SYSTEM_PROMPT,
    schema: CitizensOutput,
    clamp: clampCitizens,
    model: settings.citizensModel,
    temperature: 0.7,
    maxTokens: 3000,
  };

  return {
    name: "mistral",
    async extract(inputs, signal) {
      const entries = await Promise.all(Object.entries(inputs).map(async ([mayor, input]) => [mayor, await call(extraction, input, signal)] as const));
      return Object.fromEntries(entries);
    },
    react(input, signal) {
      return call(citizens, input, signal);
    },
  };
}
