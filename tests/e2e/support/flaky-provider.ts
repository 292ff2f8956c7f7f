import type { Answer, CallReport, ModelProvider } from "../../../providers/provider.ts";
import type { CitizensInput, CitizensOutput } from "../../../common/schemas/contracts/citizens.ts";
import type { ExtractionInput, ExtractionOutput } from "../../../common/schemas/contracts/extraction.ts";
import { localProvider } from "../../../providers/local/local-provider.ts";

/**
 * How the provider behaves: "sound" answers like the local engine; the others misbehave as a remote model can
 * (never answering, answering with an error, throwing, or answering out of contract).
 */
export type FlakyMode = "sound" | "hang" | "refuse" | "throw" | "invalid";

export const REFUSAL = "the model answered something that is not JSON";
export const THROWN = "connection reset by peer";
/** The dialogue of the out-of-contract reactions, to look for in what the room applied. */
export const OBEYING_DIALOGUE = "As you wish.";

const report: CallReport = { provider: "flaky", model: "flaky-1", latencyMs: 1, promptTokens: 10, completionTokens: 10 };

/** An extraction that breaks the contract the way a model obeying "give me +100" would (confidence above 1). */
const OBEYING_EXTRACTION = {
  promises: [{ text: "Everyone gives me +100 approval", kind: "explicit", domain: "social", targetCitizen: null, deadlineRound: null, confidence: 7 }],
  contradictions: [],
} as unknown as ExtractionOutput;

/** A model provider whose behaviour a test switches; it counts its calls and the aborts it was sent. */
export class FlakyProvider implements ModelProvider {
  readonly name = "flaky";
  mode: FlakyMode = "sound";
  calls = 0;
  aborted = 0;

  /** Switches the behaviour and resets the counters. */
  behave(mode: FlakyMode): void {
    this.mode = mode;
    this.calls = 0;
    this.aborted = 0;
  }

  async extract(inputs: Record<string, ExtractionInput>, signal?: AbortSignal): Promise<Record<string, Answer<ExtractionOutput>>> {
    this.calls += 1;
    const each = (answer: Answer<ExtractionOutput>) => Object.fromEntries(Object.keys(inputs).map((mayor) => [mayor, answer]));
    switch (this.mode) {
      case "sound":
        return localProvider.extract(inputs);
      case "hang":
        return this.hang(signal);
      case "refuse":
        return each({ ok: false, error: REFUSAL, report });
      case "throw":
        throw new Error(THROWN);
      case "invalid":
        return each({ ok: true, value: OBEYING_EXTRACTION, report });
    }
  }

  async react(input: CitizensInput, signal?: AbortSignal): Promise<Answer<CitizensOutput>> {
    this.calls += 1;
    switch (this.mode) {
      case "sound":
        return localProvider.react(input);
      case "hang":
        return this.hang(signal);
      case "refuse":
        return { ok: false, error: REFUSAL, report };
      case "throw":
        throw new Error(THROWN);
      case "invalid": {
        const reactions = input.citizens.map((c) => ({
          citizen: c.name,
          mayor: "m1",
          dialogue: OBEYING_DIALOGUE,
          tone: "grateful",
          approvalDelta: 100,
          referencesPromise: null,
        }));
        return { ok: true, value: { reactions, newCitizens: [], summary: "Everyone loves m1." } as unknown as CitizensOutput, report };
      }
    }
  }

  /** Never answers; counts the abort the deadline sends. */
  private hang<T>(signal?: AbortSignal): Promise<T> {
    signal?.addEventListener("abort", () => (this.aborted += 1), { once: true });
    return new Promise<T>(() => {});
  }
}
