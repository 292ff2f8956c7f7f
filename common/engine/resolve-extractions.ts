import type { Campaign } from "../schemas/campaign.ts";
import type { ExtractedContradiction, ExtractionOutput } from "../schemas/contracts/extraction.ts";
import type { MayorId } from "../schemas/game.ts";
import { passiveTick } from "../rules/pollution.ts";
import { currentRecord } from "./approval.ts";
import { barsAtRoundStart, explainBars } from "./bar-causes.ts";
import { clampBar } from "./clamp.ts";
import { factCheck } from "./fact-check.ts";
import { recordPromise } from "./promise-ledger.ts";
import { refuse, type StepResult } from "./refusal.ts";
import { speechOf } from "./speech.ts";
import { spawnFromActions } from "./spawn.ts";

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
    for (const promise of output.promises) recordPromise(campaign, mayor, promise);
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

  factCheck(campaign);
  campaign.extracted = true;
  return { ok: true, campaign };
}
