import type { Campaign } from "../../common/schemas/campaign.ts";
import type { ModelProvider } from "../../providers/provider.ts";
import { botTurn } from "../../common/bots/bot-turn.ts";
import { STRATEGY_LABELS, type Strategy } from "../../common/schemas/strategy.ts";
import { createCampaign } from "../../common/engine/create-campaign.ts";
import { step } from "../../common/engine/step.ts";
import { resolveRound, type ResolveReport } from "../../providers/resolve-round.ts";

const COLORS = ["#2e7d32", "#6d4c41", "#1565c0", "#ad1457", "#f9a825", "#00838f"];

export interface SimulatedCampaign {
  campaign: Campaign;
  strategies: Record<string, Strategy>;
}

function apply(campaign: Campaign, event: unknown): Campaign {
  const result = step(campaign, event);
  if (!result.ok) throw new Error(`a bot sent a refused event (${result.code}): ${result.message}`);
  return result.campaign;
}

/** Plays one campaign with bot mayors through the engine and a provider, round after round, to the election. */
export async function simulateCampaign(
  seed: number,
  strategies: readonly Strategy[],
  rounds: number,
  provider: ModelProvider,
  onRound?: (campaign: Campaign, report: ResolveReport) => void,
): Promise<SimulatedCampaign> {
  const mayors = strategies.map((s, i) => ({ id: `m${i + 1}`, name: `${STRATEGY_LABELS[s]} ${String.fromCharCode(65 + i)}`, color: COLORS[i]! }));
  let campaign = createCampaign({ seed, rounds, mayors });
  const byId = Object.fromEntries(mayors.map((m, i) => [m.id, strategies[i]!]));
  while (campaign.phase !== "ended") {
    if (campaign.phase === "policy" || campaign.phase === "speech") {
      const phase = campaign.phase;
      for (const mayor of mayors) {
        for (const event of botTurn(campaign, mayor.id, byId[mayor.id]!)) campaign = apply(campaign, event);
      }
      if (campaign.phase === phase) campaign = apply(campaign, { type: "advance" });
    } else if (campaign.phase === "resolving") {
      const resolved = await resolveRound(campaign, provider);
      campaign = resolved.campaign;
      onRound?.(campaign, resolved.report);
    } else {
      campaign = apply(campaign, { type: "advance" });
    }
  }
  return { campaign, strategies: byId };
}
