import type { Campaign } from "../schemas/campaign.ts";
import type { CitizensOutput } from "../schemas/contracts/citizens.ts";
import { APPROVAL_DELTA_LIMIT, type MayorId } from "../schemas/game.ts";
import { MODEL_CITIZEN_BLOC, MODEL_CITIZEN_ROUNDS } from "../rules/cast.ts";
import { ruleFor } from "../rules/actions.ts";
import { COLLAPSE_BLAME } from "../rules/constants.ts";
import { changeApproval, currentRecord, findCitizen } from "./approval.ts";
import { clamp } from "./clamp.ts";
import { collapseOf } from "./collapse.ts";
import { isLastRound } from "./phases.ts";
import { refuse, type StepResult } from "./refusal.ts";
import { addArrival } from "./spawn.ts";

/** The net change a mayor's own actions made to a bar over the whole campaign. */
function contribution(campaign: Campaign, mayor: MayorId, bar: "ecology" | "economy"): number {
  return campaign.actions
    .filter((a) => a.mayor === mayor)
    .reduce((sum, a) => sum + (ruleFor(a.action, a.from)?.delta[bar] ?? 0), 0);
}

function blameCollapse(campaign: Campaign): void {
  const ending = collapseOf(campaign.bars);
  if (!ending) return;
  const bar = ending === "ecological_collapse" ? "ecology" : "economy";
  for (const mayor of campaign.settings.mayors) {
    if (contribution(campaign, mayor.id, bar) >= 0) continue;
    for (const citizen of campaign.citizens) {
      changeApproval(campaign, citizen, mayor.id, COLLAPSE_BLAME, { cause: "collapse_blame", dialogue: null, tone: null, promiseId: null });
    }
  }
}

/** Dynamic citizens count down at the end of each round and leave at zero (no one leaves before the final vote). */
function retire(campaign: Campaign): void {
  const record = currentRecord(campaign);
  const staying = [];
  for (const citizen of campaign.citizens) {
    if (citizen.remainingRounds === null) {
      staying.push(citizen);
      continue;
    }
    const remainingRounds = citizen.remainingRounds - 1;
    if (remainingRounds > 0) staying.push({ ...citizen, remainingRounds });
    else {
      campaign.formerCitizens.push({ ...citizen, remainingRounds: 0 });
      record.departed.push(citizen.name);
    }
  }
  campaign.citizens = staying;
}

/**
 * The second half of resolving: the citizens' reactions. Model output is never trusted: reactions to unknown
 * citizens or mayors and repeats of a (citizen, mayor) pair are dropped, deltas clamped, promise references checked.
 */
export function applyReactions(campaign: Campaign, output: CitizensOutput): StepResult {
  if (campaign.phase !== "resolving") return refuse("wrong_phase", "Reactions are applied only while resolving.");
  if (!campaign.extracted) return refuse("waiting_for_models", "The speeches must be read before the citizens react.");
  const mayorIds = new Set(campaign.settings.mayors.map((m) => m.id));
  const promiseIds = new Set(campaign.promises.map((p) => p.id));
  const seen = new Set<string>();
  for (const reaction of output.reactions) {
    const citizen = findCitizen(campaign, reaction.citizen);
    const pair = `${citizen?.id}|${reaction.mayor}`;
    if (!citizen || !mayorIds.has(reaction.mayor) || seen.has(pair)) continue;
    seen.add(pair);
    changeApproval(campaign, citizen, reaction.mayor, clamp(reaction.approvalDelta, -APPROVAL_DELTA_LIMIT, APPROVAL_DELTA_LIMIT), {
      cause: "reaction",
      dialogue: reaction.dialogue,
      tone: reaction.tone,
      promiseId: reaction.referencesPromise !== null && promiseIds.has(reaction.referencesPromise) ? reaction.referencesPromise : null,
    });
  }
  for (const newcomer of output.newCitizens) {
    addArrival(campaign, {
      name: newcomer.name,
      role: newcomer.role,
      age: null,
      personality: newcomer.personality,
      bloc: MODEL_CITIZEN_BLOC,
      rounds: MODEL_CITIZEN_ROUNDS,
      linkedMayor: newcomer.linkedMayor !== null && mayorIds.has(newcomer.linkedMayor) ? newcomer.linkedMayor : null,
      approval: newcomer.initialApproval,
      openingLine: newcomer.openingLine,
      tone: newcomer.tone,
    });
  }
  const last = isLastRound(campaign);
  if (last) blameCollapse(campaign);
  else retire(campaign);
  const record = currentRecord(campaign);
  record.summary = output.summary;
  record.approvalAfter = Object.fromEntries(campaign.citizens.map((c) => [c.name, { ...c.approval }]));
  campaign.phase = "reactions";
  return { ok: true, campaign };
}
