import { randomBytes } from "node:crypto";
import { matchMaker } from "@colyseus/core";
import { replay } from "../../common/engine/replay.ts";
import { step } from "../../common/engine/step.ts";
import type { Campaign } from "../../common/schemas/campaign.ts";
import type { PlayerId } from "../../common/schemas/identity.ts";
import type { MayorId } from "../../common/schemas/game.ts";
import { Strategy } from "../../common/schemas/strategy.ts";
import type { ResumeStore, RoomRecord, RunningCampaign } from "../persistence/ResumeStore.ts";

/** A campaign rebuilt from its stored events, ready to be reopened as a room at the start of its next phase. */
export interface ResumePlan {
  id: string;
  code: string;
  campaign: Campaign;
  room: RoomRecord;
  seats: { mayor: MayorId; bot: Strategy | null; player: PlayerId | null; name: string; color: string }[];
  /** What every client of the reopened room is told. */
  notice: string;
}

type Planned = { ok: true; plan: ResumePlan } | { ok: false; reason: string };

/**
 * Rebuilds a stored campaign by the engine's replay. Its events end with the last resolved round, so the campaign
 * picks up at the start of the next round (or at the election after the last one); what happened after that round
 * was stored is undone, and every timer starts afresh.
 */
export function planResume(stored: RunningCampaign): Planned {
  if (!stored.room) return { ok: false, reason: "no room ran it" };
  let campaign: Campaign;
  try {
    campaign = replay(stored.settings, stored.events);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  if (campaign.phase === "reactions") {
    const next = step(campaign, { type: "advance" });
    if (!next.ok) return { ok: false, reason: next.message };
    campaign = next.campaign;
  }
  if (campaign.phase !== "policy" && campaign.phase !== "ended") return { ok: false, reason: `its stored events end in the ${campaign.phase} phase` };
  const seats: ResumePlan["seats"] = [];
  for (const m of stored.mayors) {
    const bot = m.isBot ? Strategy.safeParse(m.strategy) : null;
    if (bot && !bot.success) return { ok: false, reason: `mayor ${m.id} is a bot of unknown strategy "${m.strategy}"` };
    seats.push({ mayor: m.id, bot: bot?.data ?? null, player: m.player, name: m.name, color: m.color });
  }
  const where = campaign.phase === "ended" ? "at the election" : `at the start of round ${campaign.round}`;
  const notice = `The game server restarted. This campaign picked up again ${where}, as it was stored: moves made after that are undone, and every timer starts afresh.`;
  return { ok: true, plan: { id: stored.id, code: stored.code, campaign, room: stored.room, seats, notice } };
}

/** Plans handed to rooms being created on this process, by a key no client can guess (see takeResumePlan). */
const handedOver = new Map<string, ResumePlan>();
const PLAN_OPTION = "resumePlan";

/** The plan a room is created for, taken once; null for every room a client creates. */
export function takeResumePlan(options: unknown): ResumePlan | null {
  const key: unknown = typeof options === "object" && options !== null && Object.hasOwn(options, PLAN_OPTION) ? (options as Record<string, unknown>)[PLAN_OPTION] : null;
  if (typeof key !== "string") return null;
  const plan = handedOver.get(key) ?? null;
  handedOver.delete(key);
  return plan;
}

/** Creates the room on this very process (never another one through the driver): the campaign was this process's. */
async function reopen(roomName: string, plan: ResumePlan): Promise<void> {
  const key = randomBytes(32).toString("base64url");
  handedOver.set(key, plan);
  try {
    await matchMaker.handleCreateRoom(roomName, { [PLAN_OPTION]: key });
  } finally {
    handedOver.delete(key);
  }
}

/**
 * On start: every campaign this process was running is reopened as a room, or marked interrupted when it cannot be
 * (never left running). Returns the ids of each kind.
 */
export async function resumeCampaigns(
  store: ResumeStore,
  { process, roomName, log }: { process: string; roomName: string; log: (line: string) => void },
): Promise<{ resumed: string[]; interrupted: string[] }> {
  const resumed: string[] = [];
  const interrupted: string[] = [];
  for (const stored of await store.running(process)) {
    const planned = planResume(stored);
    let reason = planned.ok ? null : planned.reason;
    if (planned.ok) {
      try {
        await reopen(roomName, planned.plan);
        resumed.push(stored.id);
        log(`campaign ${stored.id} (${stored.code}) resumed in round ${planned.plan.campaign.round}, phase ${planned.plan.campaign.phase}`);
        continue;
      } catch (error) {
        reason = (error as Error).message;
      }
    }
    await store.markInterrupted(stored.id);
    interrupted.push(stored.id);
    log(`campaign ${stored.id} (${stored.code}) could not be resumed and is marked interrupted: ${reason}`);
  }
  return { resumed, interrupted };
}
