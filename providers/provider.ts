import type { CitizensInput, CitizensOutput } from "../common/schemas/contracts/citizens.ts";
import type { ExtractionInput, ExtractionOutput } from "../common/schemas/contracts/extraction.ts";
import type { MayorId } from "../common/schemas/game.ts";

/** How one model call went: who answered, how long it took, what it cost. */
export interface CallReport {
  provider: string;
  model: string;
  latencyMs: number;
  promptTokens: number;
  completionTokens: number;
  /** Why a fallback answered instead, when one did. */
  fallbackReason?: string;
}

export type Answer<T> = { ok: true; value: T; report: CallReport } | { ok: false; error: string; report: CallReport };

/**
 * The one interface every model provider implements. Answers must already have passed the zod contracts
 * (and been clamped); anything else is an error, never a half-valid value.
 */
export interface ModelProvider {
  readonly name: string;
  /** One round's speeches, all mayors at once; one answer per mayor. */
  extract(inputs: Record<MayorId, ExtractionInput>, signal?: AbortSignal): Promise<Record<MayorId, Answer<ExtractionOutput>>>;
  react(input: CitizensInput, signal?: AbortSignal): Promise<Answer<CitizensOutput>>;
}
