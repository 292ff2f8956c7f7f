import type { Campaign } from "../common/schemas/campaign.ts";
import type { ExtractionOutput } from "../common/schemas/contracts/extraction.ts";
import type { MayorId } from "../common/schemas/game.ts";
import type { CallReport, ModelProvider } from "./provider.ts";
import { citizensInput, extractionInputs } from "../common/engine/model-inputs.ts";
import { step } from "../common/engine/step.ts";

export interface ResolveReport {
  extraction: Record<MayorId, CallReport>;
  citizens: CallReport;
}

const SILENT: ExtractionOutput = { promises: [], contradictions: [] };

/**
 * Runs a campaign in its resolving phase through a provider: every speech of the round in one batch, then the
 * citizens. A failed answer counts as nothing said (the server wraps its providers in a fallback, so this only
 * happens when even the fallback failed). Returns the campaign in its reactions phase.
 */
export async function resolveRound(campaign: Campaign, provider: ModelProvider, signal?: AbortSignal): Promise<{ campaign: Campaign; report: ResolveReport }> {
  const inputs = Object.fromEntries(Object.entries(extractionInputs(campaign)).filter(([, input]) => input.speech !== ""));
  const answers = await provider.extract(inputs, signal);
  const outputs = Object.fromEntries(Object.entries(answers).map(([mayor, a]) => [mayor, a.ok ? a.value : SILENT]));
  const extracted = step(campaign, { type: "extracted", outputs });
  if (!extracted.ok) throw new Error(`extraction refused by the engine: ${extracted.message}`);
  const reaction = await provider.react(citizensInput(extracted.campaign), signal);
  const output = reaction.ok ? reaction.value : { reactions: [], newCitizens: [], summary: "The town fell quiet." };
  const reacted = step(extracted.campaign, { type: "reacted", output });
  if (!reacted.ok) throw new Error(`reactions refused by the engine: ${reacted.message}`);
  return {
    campaign: reacted.campaign,
    report: {
      extraction: Object.fromEntries(Object.entries(answers).map(([mayor, a]) => [mayor, a.report])),
      citizens: reaction.report,
    },
  };
}

/**
 * A provider that answers nothing, giving `reason`: resolving through it keeps a campaign moving when everything
 * else failed (the round passes with no promise read and the town quiet).
 */
export function quietProvider(reason: string): ModelProvider {
  const report: CallReport = { provider: "none", model: "none", latencyMs: 0, promptTokens: 0, completionTokens: 0, fallbackReason: reason };
  return {
    name: "none",
    async extract(inputs) {
      return Object.fromEntries(Object.keys(inputs).map((mayor) => [mayor, { ok: false, error: reason, report }]));
    },
    async react() {
      return { ok: false, error: reason, report };
    },
  };
}
