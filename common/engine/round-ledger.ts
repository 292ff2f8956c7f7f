import type { Campaign } from "../schemas/campaign.ts";
import type { RoundLedger } from "../schemas/ledger.ts";

/**
 * What a round added to the public fact-check panel, read from the campaign at any later time: promises carry the
 * round they were made in and the rounds they were said again in, contradictions their round, and a promise broken by
 * a contradiction the round it was settled in. Its verdicts are the round record's outcomes.
 */
export function roundLedger(campaign: Pick<Campaign, "promises" | "contradictions">, round: number): RoundLedger {
  return {
    promises: campaign.promises
      .filter((p) => p.round === round)
      .map((p) => ({
        id: p.id,
        owner: p.owner,
        round: p.round,
        text: p.text,
        kind: p.kind,
        domain: p.domain,
        target: p.targetCitizen ?? "",
        deadline: p.deadlineRound ?? 0,
        checkable: p.commitment !== undefined,
      })),
    repeated: campaign.promises.filter((p) => p.repeatedRounds?.includes(round)).map((p) => p.id),
    contradictions: campaign.contradictions
      .filter((c) => c.round === round)
      .map((c) => ({ id: c.id, owner: c.owner, round: c.round, description: c.description, quote: c.speechQuote, severity: c.severity })),
    brokenBy: campaign.promises.flatMap((p) =>
      p.status === "broken" && p.resolvedRound === round && p.contradictionId !== undefined ? [[p.id, p.contradictionId] as [string, string]] : [],
    ),
  };
}
