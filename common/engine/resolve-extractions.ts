import type { Campaign } from "../schemas/campaign.ts";
import type { ExtractedContradiction, ExtractedPromise, ExtractionOutput } from "../schemas/contracts/extraction.ts";
import type { MayorId, PromiseRecord } from "../schemas/game.ts";
import { KEPT_REWARDS_PER_ROUND, PROMISE_EFFECTS } from "../rules/constants.ts";
import { passiveTick } from "../rules/pollution.ts";
import { judgePromise } from "../rules/promises.ts";
import { changeApproval, currentRecord, findCitizen } from "./approval.ts";
import { barsAtRoundStart, explainBars } from "./bar-causes.ts";
import { clamp, clampBar } from "./clamp.ts";
import { collapseOf } from "./collapse.ts";
import { refuse, type StepResult } from "./refusal.ts";
import { speechOf } from "./speech.ts";
import { spawnFromActions } from "./spawn.ts";

/** A deadline must leave at least one policy phase; in the last round there is none, so it becomes null. */
function clampDeadline(campaign: Campaign, deadline: number | null): number | null {
  if (deadline === null || campaign.round >= campaign.settings.rounds) return null;
  return clamp(deadline, campaign.round + 1, campaign.settings.rounds);
}

function addPromise(campaign: Campaign, owner: MayorId, p: ExtractedPromise): void {
  campaign.counters.promise += 1;
  campaign.promises.push({
    id: `p${campaign.counters.promise}`,
    owner,
    round: campaign.round,
    text: p.text,
    kind: p.kind,
    domain: p.domain,
    confidence: p.confidence,
    targetCitizen: p.targetCitizen === null ? null : (findCitizen(campaign, p.targetCitizen)?.name ?? null),
    deadlineRound: clampDeadline(campaign, p.deadlineRound),
    ...(p.commitment ? { commitment: p.commitment } : {}),
    status: "pending",
    resolvedRound: null,
    verdict: null,
  });
}

/** Keeps a contradiction only when what it contradicts is really this mayor's: an action taken or an earlier promise. */
function contradictionHolds(campaign: Campaign, owner: MayorId, c: ExtractedContradiction): boolean {
  const target = c.contradicts;
  if (target.type === "promise") {
    return campaign.promises.some((p) => p.id === target.promiseId && p.owner === owner && p.round < campaign.round);
  }
  return campaign.actions.some(
    (a) => a.mayor === owner && a.round === target.round && a.x === target.x && a.y === target.y && a.action === target.action,
  );
}

/** A bar target that already held when it was promised asks nothing of the mayor, so keeping it earns nothing. */
function askedNothing(campaign: Campaign, promise: PromiseRecord): boolean {
  const c = promise.commitment;
  if (c?.type !== "reach") return false;
  const then = campaign.rounds.find((r) => r.round === promise.round)?.barsBefore[c.bar];
  return then !== undefined && (c.comparison === "atLeast" ? then >= c.value : then <= c.value);
}

function settle(campaign: Campaign, promise: PromiseRecord, status: "kept" | "broken", verdict: string, rewarded: boolean): void {
  promise.status = status;
  promise.resolvedRound = campaign.round;
  promise.verdict = verdict;
  currentRecord(campaign).outcomes.push({ promiseId: promise.id, status, verdict });
  if (!rewarded) return;
  const kept = status === "kept";
  for (const citizen of campaign.citizens) {
    const targeted = promise.targetCitizen !== null && citizen.name === promise.targetCitizen;
    const delta = kept
      ? PROMISE_EFFECTS.keptAll + (targeted ? PROMISE_EFFECTS.keptTarget : 0)
      : PROMISE_EFFECTS.brokenAll + (targeted ? PROMISE_EFFECTS.brokenTarget : 0);
    changeApproval(campaign, citizen, promise.owner, delta, {
      cause: kept ? "promise_kept" : "promise_broken",
      dialogue: null,
      tone: null,
      promiseId: promise.id,
    });
  }
}

/**
 * The first half of resolving: records the round's promises and contradictions, brings in the people this round's
 * actions touched, runs the city's passive changes and fact-checks every pending promise. The citizens' input is
 * then built from the result.
 */
export function applyExtractions(campaign: Campaign, outputs: Record<MayorId, ExtractionOutput>): StepResult {
  if (campaign.phase !== "resolving") return refuse("wrong_phase", "Extractions are applied only while resolving.");
  if (campaign.extracted) return refuse("wrong_phase", "This round's speeches were already read.");
  const mayorIds = campaign.settings.mayors.map((m) => m.id);
  const stranger = Object.keys(outputs).find((id) => !mayorIds.includes(id));
  if (stranger !== undefined) return refuse("unknown_mayor_in_output", `The extraction names an unknown mayor "${stranger}".`);

  const barsBefore = { ...campaign.bars };
  campaign.rounds.push({
    round: campaign.round,
    barsAtStart: barsAtRoundStart(campaign),
    barsBefore,
    barsAfter: barsBefore,
    barCauses: [],
    passiveChanges: [],
    outcomes: [],
    approvalChanges: [],
    arrived: [],
    departed: [],
    summary: "",
    approvalAfter: {},
  });

  for (const mayor of mayorIds) {
    const output = outputs[mayor];
    if (!output || speechOf(campaign, mayor) === null) continue;
    for (const promise of output.promises) addPromise(campaign, mayor, promise);
    for (const c of output.contradictions.filter((c) => contradictionHolds(campaign, mayor, c))) {
      campaign.counters.contradiction += 1;
      campaign.contradictions.push({ id: `k${campaign.counters.contradiction}`, owner: mayor, round: campaign.round, ...c });
    }
  }

  spawnFromActions(campaign, campaign.actions.filter((a) => a.round === campaign.round));

  const tick = passiveTick(campaign.map);
  campaign.map = tick.map;
  campaign.bars = {
    ecology: clampBar(campaign.bars.ecology + tick.delta.ecology),
    economy: clampBar(campaign.bars.economy + tick.delta.economy),
    research: clampBar(campaign.bars.research + tick.delta.research),
  };
  const record = currentRecord(campaign);
  record.passiveChanges = tick.changes;
  record.barsAfter = { ...campaign.bars };
  record.barCauses = explainBars(campaign);

  const facts = {
    round: campaign.round,
    campaignOver: campaign.round >= campaign.settings.rounds || collapseOf(campaign.bars) !== null,
    actions: campaign.actions,
    bars: campaign.bars,
  };
  const rewards = new Map<MayorId, number>();
  for (const promise of campaign.promises) {
    const verdict = judgePromise(promise, facts);
    if (!verdict) continue;
    const earned = rewards.get(promise.owner) ?? 0;
    const rewarded = verdict.status === "broken" || (earned < KEPT_REWARDS_PER_ROUND && !askedNothing(campaign, promise));
    if (rewarded && verdict.status === "kept") rewards.set(promise.owner, earned + 1);
    settle(campaign, promise, verdict.status, verdict.verdict, rewarded);
  }
  campaign.extracted = true;
  return { ok: true, campaign };
}
