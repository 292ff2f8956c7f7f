import type { Campaign, RoundRecord } from "../../common/schemas/campaign.ts";
import type { Citizen, PromiseRecord } from "../../common/schemas/game.ts";
import type { ResolveReport } from "../../providers/resolve-round.ts";

/** The rows of one resolved round, keyed by table; jsonb values are still plain objects. */
export function roundRows(campaignId: string, campaign: Campaign, report: ResolveReport) {
  const record = campaign.rounds.at(-1);
  if (!record) throw new Error(`campaign ${campaignId} has no resolved round to save`);
  const { round } = record;
  const ofRound = <T extends { round: number }>(items: readonly T[]) => items.filter((item) => item.round === round);
  return {
    record,
    actions: ofRound(campaign.actions).map((a, seq) => ({
      campaign_id: campaignId,
      round,
      seq,
      mayor_id: a.mayor,
      x: a.x,
      y: a.y,
      action: a.action,
      from_tile: a.from,
      to_tile: a.to,
    })),
    speeches: ofRound(campaign.speeches).map((s, seq) => ({ campaign_id: campaignId, round, mayor_id: s.mayor, seq, text: s.text })),
    promises: campaign.promises
      .map((p, seq) => ({ p, seq }))
      .filter(({ p }) => p.round === round || p.resolvedRound === round || p.repeatedRounds?.includes(round))
      .map(({ p, seq }) => promiseRow(campaignId, p, seq)),
    contradictions: campaign.contradictions
      .map((c, seq) => ({ c, seq }))
      .filter(({ c }) => c.round === round)
      .map(({ c, seq }) => ({
        campaign_id: campaignId,
        id: c.id,
        seq,
        owner: c.owner,
        round,
        description: c.description,
        speech_quote: c.speechQuote,
        contradicts: c.contradicts,
        severity: c.severity,
      })),
    reactions: record.approvalChanges.map((r, seq) => ({
      campaign_id: campaignId,
      round,
      seq,
      citizen: r.citizen,
      mayor_id: r.mayor,
      delta: r.delta,
      cause: r.cause,
      dialogue: r.dialogue,
      tone: r.tone,
      promise_id: r.promiseId,
    })),
    citizens: arrivals(campaignId, campaign, record),
    departures: departures(campaign, record),
    modelCalls: [
      ...Object.entries(report.extraction).map(([mayor, call]) => ({ part: "extraction" as const, mayor, call })),
      { part: "citizens" as const, mayor: null, call: report.citizens },
    ].map(({ part, mayor, call }, seq) => ({
      campaign_id: campaignId,
      round,
      seq,
      part,
      mayor_id: mayor,
      provider: call.provider,
      model: call.model,
      latency_ms: call.latencyMs,
      prompt_tokens: call.promptTokens,
      completion_tokens: call.completionTokens,
      fallback_reason: call.fallbackReason ?? null,
    })),
  };
}

export function promiseRow(campaignId: string, p: PromiseRecord, seq: number) {
  return {
    campaign_id: campaignId,
    id: p.id,
    seq,
    owner: p.owner,
    round: p.round,
    text: p.text,
    kind: p.kind,
    domain: p.domain,
    confidence: p.confidence,
    target: p.targetCitizen,
    deadline: p.deadlineRound,
    commitment: p.commitment ?? null,
    status: p.status,
    resolved_round: p.resolvedRound,
    verdict: p.verdict,
    repeated_rounds: p.repeatedRounds ?? [],
    contradiction_id: p.contradictionId ?? null,
  };
}

/** The core cast (round 0, written with the first round) and this round's newcomers, with their opening lines. */
function arrivals(campaignId: string, campaign: Campaign, record: RoundRecord) {
  const everyone = [...campaign.formerCitizens, ...campaign.citizens];
  const core = campaign.citizens.filter((c) => c.arrivedRound === 0).map((c, seq) => ({ citizen: c, seq, line: null }));
  const newcomers = record.arrived.map((arrival, seq) => {
    const citizen = everyone.find((c) => c.arrivedRound === record.round && c.name === arrival.citizen);
    if (!citizen) throw new Error(`arrival ${arrival.citizen} of round ${record.round} is not among the citizens`);
    return { citizen, seq, line: arrival };
  });
  return [...core, ...newcomers].map(({ citizen, seq, line }) => ({
    ...citizenColumns(campaignId, citizen),
    arrival_seq: seq,
    opening_line: line?.openingLine ?? null,
    tone: line?.tone ?? null,
  }));
}

function citizenColumns(campaignId: string, c: Citizen) {
  return {
    campaign_id: campaignId,
    citizen_id: c.id,
    name: c.name,
    role: c.role,
    age: c.age,
    personality: c.personality,
    kind: c.kind,
    bloc: c.bloc,
    linked_mayor: c.linkedMayor,
    arrived_round: c.arrivedRound,
  };
}

/** Departures name citizens; the one who left this round is the latest former citizen of that name. */
function departures(campaign: Campaign, record: RoundRecord) {
  return record.departed.map((name, seq) => {
    const citizen = campaign.formerCitizens.filter((c) => c.name === name).at(-1);
    if (!citizen) throw new Error(`departure ${name} of round ${record.round} is not among the former citizens`);
    return { citizenId: citizen.id, round: record.round, seq };
  });
}
