import type { ApprovalChange, Campaign } from "../schemas/campaign.ts";
import type { Citizen, MayorId } from "../schemas/game.ts";
import { clamp } from "./clamp.ts";

/** The round record being written by the current resolve. */
export function currentRecord(campaign: Campaign) {
  const record = campaign.rounds[campaign.rounds.length - 1];
  if (!record || record.round !== campaign.round) throw new Error(`no round record for round ${campaign.round}`);
  return record;
}

/** Changes a citizen's approval of a mayor within 0–100 and logs the change actually applied. */
export function changeApproval(
  campaign: Campaign,
  citizen: Citizen,
  mayor: MayorId,
  delta: number,
  detail: Omit<ApprovalChange, "citizen" | "mayor" | "delta">,
): void {
  const before = citizen.approval[mayor] ?? 0;
  const after = clamp(before + Math.round(delta), 0, 100);
  citizen.approval[mayor] = after;
  currentRecord(campaign).approvalChanges.push({ citizen: citizen.name, mayor, delta: after - before, ...detail });
}

export function findCitizen(campaign: Campaign, name: string): Citizen | undefined {
  const key = name.trim().toLowerCase();
  return campaign.citizens.find((c) => c.name.toLowerCase() === key);
}
