import { randomBytes } from "node:crypto";
import { matchMaker, type Presence } from "@colyseus/core";
import { replay } from "../../common/engine/replay.ts";
import { step } from "../../common/engine/step.ts";
import type { Campaign } from "../../common/schemas/campaign.ts";
import type { PlayerId } from "../../common/schemas/identity.ts";
import type { MayorId } from "../../common/schemas/game.ts";
import { Strategy } from "../../common/schemas/strategy.ts";
import type { LiveTable } from "../../common/schemas/tournament-room.ts";
import { TOURNAMENT_ROOM } from "../../common/schemas/tournament-room.ts";
import type { Table, Tournament } from "../../common/schemas/tournament.ts";
import { offerTable, tableSpec, type TableSpec } from "../competition/table-link.ts";
import type { OpenTournament, ResumeStore, RoomRecord, RunningCampaign } from "../persistence/ResumeStore.ts";

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
async function reopen(roomName: string, plan: ResumePlan, table: TableSpec | null): Promise<void> {
  const key = randomBytes(32).toString("base64url");
  handedOver.set(key, plan);
  try {
    // A tournament table claims its offer as at its first creation, so it reports to its tournament again.
    const offer = table ? await offerTable(matchMaker.presence, table) : {};
    await matchMaker.handleCreateRoom(roomName, { [PLAN_OPTION]: key, ...offer });
  } finally {
    handedOver.delete(key);
  }
}

/** A tournament reopened after a restart: as stored, with the round's tables that play on and those to open afresh. */
export interface TournamentPlan {
  tournament: Tournament;
  /** The round's unfinished tables whose campaigns were resumed on this process, as the lobby shows them until they report. */
  resumed: LiveTable[];
  /** The round's unfinished tables that no campaign plays any more (none was created, or it could not be resumed). */
  fresh: string[];
  /**
   * The host's deadline for the round in play (ms since the epoch); null without one. One that passed while the server
   * was down, or ends before the players could reconnect, is moved to the end of a reconnection window from now.
   */
  roundEndsAt: number | null;
}

type TournamentPlanned = { ok: true; plan: TournamentPlan } | { ok: false; reason: string };

const OPEN_STATUSES: readonly string[] = ["registration", "closed", "running"];
const STILL_RUNNING: readonly string[] = ["lobby", "running"];

/**
 * What reopening a stored tournament takes. Each unfinished table of the round in play is either resumed (its
 * campaign was reopened on this process: `resumedHere`, campaign id → its plan), left to the process that still runs
 * its campaign (it reports through presence), or opened afresh (no campaign, or one that is finished without a
 * recorded result, interrupted, or could not be resumed here).
 */
export function planTournamentResume(
  { tournament, campaigns, roundEndsAt }: OpenTournament,
  { process, resumedHere, now, reconnectMs }: { process: string; resumedHere: ReadonlyMap<string, ResumePlan>; now: number; reconnectMs: number },
): TournamentPlanned {
  if (!OPEN_STATUSES.includes(tournament.status)) return { ok: false, reason: `it is stored as ${tournament.status}` };
  const endsAt = roundEndsAt === null ? null : Math.max(Date.parse(roundEndsAt), now + reconnectMs);
  const plan: TournamentPlan = { tournament, resumed: [], fresh: [], roundEndsAt: endsAt };
  if (tournament.status !== "running") return { ok: true, plan };
  const round = tournament.rounds.at(-1);
  if (!round) return { ok: false, reason: "it is running without a round" };
  for (const table of round.tables) {
    if (table.result !== null) continue;
    const resumed = table.campaignId === null ? undefined : resumedHere.get(table.campaignId);
    const stored = campaigns.find((c) => c.id === table.campaignId);
    if (resumed) plan.resumed.push(liveAfterRestart(tournament, table, resumed));
    else if (stored && STILL_RUNNING.includes(stored.status) && stored.process !== process) continue;
    else plan.fresh.push(table.id);
  }
  return { ok: true, plan };
}

/** A resumed table as the lobby shows it before its campaign's first report: every human away until they are back. */
function liveAfterRestart(t: Tournament, table: Table, plan: ResumePlan): LiveTable {
  const spec = tableSpec(t, table, t.rounds.length);
  const mayors = plan.seats.map((s, i) => ({ player: s.player, name: spec.seats[i]?.name ?? s.name, bot: s.bot !== null, connected: s.bot !== null }));
  return { table: table.id, roomId: plan.code, phase: plan.campaign.phase, round: plan.campaign.round, rounds: plan.room.lobby.rounds, mayors };
}

/** Tournament plans handed to tournament rooms being created on this process, as campaign plans are. */
const tournamentsHandedOver = new Map<string, TournamentPlan>();

/** The plan a tournament room is created for, taken once; null for every room a client creates. */
export function takeTournamentPlan(options: unknown): TournamentPlan | null {
  const key: unknown = typeof options === "object" && options !== null && Object.hasOwn(options, PLAN_OPTION) ? (options as Record<string, unknown>)[PLAN_OPTION] : null;
  if (typeof key !== "string") return null;
  const plan = tournamentsHandedOver.get(key) ?? null;
  tournamentsHandedOver.delete(key);
  return plan;
}

async function reopenTournament(plan: TournamentPlan): Promise<void> {
  const key = randomBytes(32).toString("base64url");
  tournamentsHandedOver.set(key, plan);
  try {
    await matchMaker.handleCreateRoom(TOURNAMENT_ROOM, { [PLAN_OPTION]: key });
  } finally {
    tournamentsHandedOver.delete(key);
  }
}

/** A tournament's table of the round in play that `campaignId` plays, unfinished, as its campaign room is created with. */
function tableOf(tournaments: readonly Tournament[], campaignId: string): TableSpec | null {
  for (const t of tournaments) {
    if (t.status !== "running") continue;
    const table = t.rounds.at(-1)?.tables.find((x) => x.campaignId === campaignId && x.result === null);
    if (table) return { ...tableSpec(t, table, t.rounds.length), resumed: true };
  }
  return null;
}

/** The open tournaments as stored; one that cannot be read back is marked interrupted at once. */
async function readTournaments(store: ResumeStore, log: (line: string) => void): Promise<{ open: OpenTournament[]; interrupted: string[] }> {
  const open: OpenTournament[] = [];
  const interrupted: string[] = [];
  for (const id of await store.openTournaments()) {
    let reason = "it is no longer stored";
    try {
      const stored = await store.openTournament(id);
      if (stored) {
        open.push(stored);
        continue;
      }
    } catch (error) {
      reason = (error as Error).message;
    }
    await store.markTournamentInterrupted(id);
    interrupted.push(id);
    log(`tournament ${id} could not be reopened and is marked interrupted: ${reason}`);
  }
  return { open, interrupted };
}

/** How long a booting process's claim to reopen a tournament stands: by then the room it reopened is listed. */
const CLAIM_SECONDS = 30;

/**
 * Whether this process may reopen tournament `id`: two processes booting at once both find it held by no live room,
 * and only the first to count itself in (atomically, in the shared presence) reopens it.
 */
export async function claimTournament(id: string, presence: Presence = matchMaker.presence): Promise<boolean> {
  return (await presence.hincrbyex(`tournament-reopen:${id}`, "claims", 1, CLAIM_SECONDS)) === 1;
}

/**
 * On start: every campaign this process was running is reopened as a room, or marked interrupted when it cannot be
 * (never left running); then every tournament stored as open or running is reopened as its room under its code, its
 * resumed tables reporting to it again, or marked interrupted when it cannot be. A tournament that another live
 * process still holds (its code is in the room listing), or that another process booting at the same time claimed
 * first, is left to it. Returns the ids of each kind.
 */
export async function resumeCampaigns(
  store: ResumeStore,
  { process, roomName, reconnectSeconds, log }: { process: string; roomName: string; reconnectSeconds: number; log: (line: string) => void },
): Promise<{ resumed: string[]; interrupted: string[]; tournaments: { resumed: string[]; interrupted: string[] } }> {
  const resumed: string[] = [];
  const interrupted: string[] = [];
  const tournaments = await readTournaments(store, log);
  const held = new Set((await matchMaker.query({ name: TOURNAMENT_ROOM })).map((r) => r.roomId));
  const resumedHere = new Map<string, ResumePlan>();
  for (const stored of await store.running(process)) {
    const planned = planResume(stored);
    let reason = planned.ok ? null : planned.reason;
    if (planned.ok) {
      try {
        await reopen(roomName, planned.plan, tableOf(tournaments.open.map((o) => o.tournament), stored.id));
        resumed.push(stored.id);
        resumedHere.set(stored.id, planned.plan);
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
  const reopened: string[] = [];
  for (const open of tournaments.open) {
    const { id, code } = open.tournament;
    if (held.has(code)) {
      log(`tournament ${id} (${code}) is held by a live process`);
      continue;
    }
    if (!(await claimTournament(id))) {
      log(`tournament ${id} (${code}) is being reopened by another process`);
      continue;
    }
    const planned = planTournamentResume(open, { process, resumedHere, now: Date.now(), reconnectMs: reconnectSeconds * 1000 });
    let reason = planned.ok ? null : planned.reason;
    if (planned.ok) {
      try {
        await reopenTournament(planned.plan);
        reopened.push(id);
        const { resumed: tables, fresh } = planned.plan;
        const round = open.tournament.rounds.length;
        log(`tournament ${id} (${code}) reopened, ${open.tournament.status}${round ? ` in round ${round}: ${tables.length} table(s) resumed, ${fresh.length} opened afresh` : ""}`);
        continue;
      } catch (error) {
        reason = (error as Error).message;
      }
    }
    await store.markTournamentInterrupted(id);
    tournaments.interrupted.push(id);
    log(`tournament ${id} (${code}) could not be reopened and is marked interrupted: ${reason}`);
  }
  return { resumed, interrupted, tournaments: { resumed: reopened, interrupted: tournaments.interrupted } };
}
