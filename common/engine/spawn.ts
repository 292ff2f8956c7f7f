import type { Campaign } from "../schemas/campaign.ts";
import type { ActionRecord, Citizen, MayorId, Tone } from "../schemas/game.ts";
import { DYNAMIC_NEUTRAL_APPROVAL, MAX_CITIZENS, SPAWN_RULES } from "../rules/cast.ts";
import { changeApproval, currentRecord, findCitizen } from "./approval.ts";

export interface Arrival {
  name: string;
  role: string;
  age: number | null;
  personality: string;
  bloc: number;
  rounds: number;
  linkedMayor: MayorId | null;
  /** Approval of the linked mayor (of every mayor when none is linked). */
  approval: number;
  openingLine: string;
  tone: Tone;
}

/** Adds a dynamic citizen unless the name is present or the town is full. Returns whether they arrived. */
export function addArrival(campaign: Campaign, arrival: Arrival): boolean {
  if (campaign.citizens.length >= MAX_CITIZENS || findCitizen(campaign, arrival.name)) return false;
  campaign.counters.citizen += 1;
  const citizen: Citizen = {
    id: `c${campaign.counters.citizen}`,
    name: arrival.name.trim(),
    role: arrival.role,
    age: arrival.age,
    personality: arrival.personality,
    kind: "dynamic",
    bloc: arrival.bloc,
    approval: Object.fromEntries(
      campaign.settings.mayors.map((m) => [
        m.id,
        arrival.linkedMayor === null || arrival.linkedMayor === m.id ? arrival.approval : DYNAMIC_NEUTRAL_APPROVAL,
      ]),
    ),
    linkedMayor: arrival.linkedMayor,
    remainingRounds: arrival.rounds,
    arrivedRound: campaign.round,
  };
  campaign.citizens.push(citizen);
  currentRecord(campaign).arrived.push({
    citizen: citizen.name,
    linkedMayor: arrival.linkedMayor,
    openingLine: arrival.openingLine,
    tone: arrival.tone,
  });
  return true;
}

/** The engine's own arrivals: the people a tile action touches (the original's fixed spawn table), with solidarity. */
export function spawnFromActions(campaign: Campaign, actions: readonly ActionRecord[]): void {
  for (const action of actions) {
    for (const rule of SPAWN_RULES) {
      if (!rule.trigger.actions.includes(action.action) || !rule.trigger.on.includes(action.from)) continue;
      const arrived = addArrival(campaign, {
        name: rule.name,
        role: rule.role,
        age: rule.age,
        personality: rule.personality,
        bloc: rule.bloc,
        rounds: rule.rounds,
        linkedMayor: action.mayor,
        approval: rule.startApproval,
        openingLine: rule.openingLine,
        tone: rule.startApproval < 40 ? "angry" : "hopeful",
      });
      if (!arrived) continue;
      for (const [name, delta] of Object.entries(rule.solidarity)) {
        const citizen = findCitizen(campaign, name);
        if (citizen) changeApproval(campaign, citizen, action.mayor, delta, { cause: "solidarity", dialogue: null, tone: null, promiseId: null });
      }
    }
  }
}
