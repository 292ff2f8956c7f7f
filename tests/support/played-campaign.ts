import type { Campaign } from "../../common/schemas/campaign.ts";
import type { ResolveReport } from "../../providers/resolve-round.ts";
import { stateAtRoundEnd } from "../../common/engine/replay.ts";
import type { ModelCall } from "../../common/schemas/history.ts";
import type { NewCampaign, Store } from "../../server/persistence/Store.ts";
import { playRandomCampaign } from "../fixtures/random-play.ts";

/** A finished random campaign with what a room would have handed the store along the way. */
export interface PlayedCampaign {
  id: string;
  created: NewCampaign;
  final: Campaign;
  /** The state right after each round resolved (its reactions phase). */
  afterRounds: Campaign[];
  reports: ResolveReport[];
}

function reportFor(state: Campaign): ResolveReport {
  const speakers = state.speeches.filter((s) => s.round === state.round).map((s) => s.mayor);
  return {
    extraction: Object.fromEntries(
      speakers.map((mayor, i) => [
        mayor,
        {
          provider: i % 2 === 0 ? "mistral" : "local",
          model: i % 2 === 0 ? "ministral-8b" : "local-extraction",
          latencyMs: 120.5 + i,
          promptTokens: 300 + state.round,
          completionTokens: 40 + i,
          ...(i % 2 === 0 ? {} : { fallbackReason: "timeout after 8000 ms" }),
        },
      ]),
    ),
    citizens: { provider: "mistral", model: "mistral-small", latencyMs: 900, promptTokens: 2000, completionTokens: 400 },
  };
}

export function playedCampaign(id: string, seed: number, mayorCount = 4, rounds = 7): PlayedCampaign {
  const { campaign: final } = playRandomCampaign(seed, mayorCount, rounds);
  const afterRounds = final.rounds.map((r) => stateAtRoundEnd(final.settings, final.history, r.round));
  return {
    id,
    created: {
      id,
      code: `C${seed}`,
      settings: final.settings,
      mayors: final.settings.mayors.map((m, seat) => ({ ...m, seat, isBot: seat > 0, strategy: seat > 0 ? "greedy" : null })),
    },
    final,
    afterRounds,
    reports: afterRounds.map(reportFor),
  };
}

/** The model calls the store should hold for a round, in order. */
export function expectedCalls(report: ResolveReport): ModelCall[] {
  return [
    ...Object.entries(report.extraction).map(([mayor, call]) => ({ part: "extraction" as const, mayor, call })),
    { part: "citizens" as const, mayor: null, call: report.citizens },
  ].map(({ part, mayor, call }) => ({
    part,
    mayor,
    provider: call.provider,
    model: call.model,
    latencyMs: call.latencyMs,
    promptTokens: call.promptTokens,
    completionTokens: call.completionTokens,
    fallbackReason: call.fallbackReason ?? null,
  }));
}

/** Everything a room would write for the campaign, in order. */
export async function saveWhole(store: Store, played: PlayedCampaign): Promise<void> {
  await store.createCampaign(played.created);
  for (const [i, state] of played.afterRounds.entries()) await store.saveRound(played.id, state, played.reports[i]!);
  await store.finishCampaign(played.id, played.final);
}
