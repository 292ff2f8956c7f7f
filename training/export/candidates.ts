import type { CampaignEvent } from "../../common/schemas/campaign.ts";
import type { CampaignHistory, ModelCall } from "../../common/schemas/history.ts";
import type { ExtractionOutput } from "../../common/schemas/contracts/extraction.ts";
import { createCampaign } from "../../common/engine/create-campaign.ts";
import { citizensInput, extractionInputs } from "../../common/engine/model-inputs.ts";
import { step } from "../../common/engine/step.ts";
import { extractSpeech } from "../../providers/local/extraction/index.ts";
import { parseExampleLine, toChatExample, type ChatExample, type Example, type ModelName } from "../data/format.ts";

/**
 * Why a candidate is worth a reviewer's time: a model's answer that disagrees with the local engine (a different
 * promise or contradiction count) is the most valuable, since one of the two is wrong; then a model's answer that
 * agrees; then the local engine's own answer (it answered, or its fallback replaced a model's).
 */
export type CandidateValue = "disagrees-with-local" | "model-answer" | "local-answer";

export interface Review {
  status: "pending";
  model: ModelName;
  value: CandidateValue;
  campaign: string;
  round: number;
  /** The speaker, for extraction; null for the citizens' call. */
  mayor: string | null;
  provider: string;
  providerModel: string;
  /** Why the local fallback answered instead of the configured model, when it did. */
  fallbackReason: string | null;
  /** The local engine's counts beside the answer's, for extraction. */
  local: { promises: number; contradictions: number } | null;
}

/** One candidate line: the training format plus the review record, which a person removes on accepting it. */
export interface Candidate extends ChatExample {
  review: Review;
}

function valueOf(call: ModelCall, answer: ExtractionOutput | null, local: Review["local"]): CandidateValue {
  if (call.provider === "local" || call.fallbackReason !== null) return "local-answer";
  if (answer && local && (answer.promises.length !== local.promises || answer.contradictions.length !== local.contradictions)) return "disagrees-with-local";
  return "model-answer";
}

function candidate<M extends ModelName>(model: M, example: Example<M>, review: Omit<Review, "status" | "model">): Candidate {
  // Through the contracts again: a stored answer that no longer passes them is left out, and the parse puts the
  // keys back in the contract's order (jsonb stores them in its own).
  const parsed = parseExampleLine(model, JSON.stringify(toChatExample(model, example)));
  return { ...toChatExample(model, parsed), review: { status: "pending", model, ...review } };
}

/**
 * Every model call of a finished campaign as a candidate example. The store keeps the answers the game used (the
 * `extracted` and `reacted` events) and who gave them (the model-call rows), but not the model inputs: those are
 * rebuilt by replaying the events through the deterministic engine, exactly as the room built them.
 */
export function campaignCandidates(history: CampaignHistory): { candidates: Candidate[]; invalid: string[] } {
  const candidates: Candidate[] = [];
  const invalid: string[] = [];
  const callsOf = (round: number) => history.rounds.find((r) => r.round === round)?.modelCalls ?? [];
  let campaign = createCampaign(history.settings);
  for (const [i, event] of history.events.entries()) {
    const round = campaign.round;
    const base = { campaign: history.id, round };
    try {
      candidates.push(...fromEvent(event));
    } catch (error) {
      invalid.push(`${history.id} round ${round}: ${(error as Error).message.split("\n")[0]}`);
    }
    const next = step(campaign, event);
    if (!next.ok) throw new Error(`campaign ${history.id}: stored event ${i + 1} (${event.type}) was refused on replay: ${next.message}`);
    campaign = next.campaign;

    function fromEvent(e: CampaignEvent): Candidate[] {
      if (e.type === "extracted") {
        const inputs = extractionInputs(campaign);
        return Object.entries(e.outputs).map(([mayor, output]) => {
          const call = callsOf(round).find((c) => c.part === "extraction" && c.mayor === mayor);
          if (!call) throw new Error(`no model call stored for ${mayor}'s speech`);
          const input = inputs[mayor]!;
          const localAnswer = extractSpeech(input);
          const local = { promises: localAnswer.promises.length, contradictions: localAnswer.contradictions.length };
          return candidate("extraction", { input, output }, {
            ...base,
            mayor,
            provider: call.provider,
            providerModel: call.model,
            fallbackReason: call.fallbackReason,
            local,
            value: valueOf(call, output, local),
          });
        });
      }
      if (e.type === "reacted") {
        const call = callsOf(round).find((c) => c.part === "citizens");
        if (!call) throw new Error("no model call stored for the citizens");
        return [
          candidate("citizens", { input: citizensInput(campaign), output: e.output }, {
            ...base,
            mayor: null,
            provider: call.provider,
            providerModel: call.model,
            fallbackReason: call.fallbackReason,
            local: null,
            value: valueOf(call, null, null),
          }),
        ];
      }
      return [];
    }
  }
  return { candidates, invalid };
}
