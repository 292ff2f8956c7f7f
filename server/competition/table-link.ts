import { randomBytes } from "node:crypto";
import { ServerError, type Presence } from "@colyseus/core";
import { z } from "zod";
import { ElectionResult } from "../../common/schemas/campaign.ts";
import { MayorId, MayorName } from "../../common/schemas/game.ts";
import { PlayerId } from "../../common/schemas/identity.ts";
import { LobbySettings } from "../../common/schemas/messages.ts";
import { Strategy } from "../../common/schemas/strategy.ts";
import { LiveTable } from "../../common/schemas/tournament-room.ts";
import type { Table, Tournament } from "../../common/schemas/tournament.ts";
import { playerLabels } from "../../common/identity/labels.ts";
import type { Campaign } from "../../common/schemas/campaign.ts";
import type { Lobby } from "../rooms/lobby.ts";

/**
 * The link between a tournament and the campaign rooms of its tables, through Colyseus presence (in process, or Redis
 * across processes). The tournament room offers a table under a random one-time key and creates a campaign room with
 * that key; the campaign room claims the offer, so no client can create a tournament table or forge its seats. The
 * campaign room then reports on the tournament's channel: its live state, and its election.
 */

const OFFERS = "tournament-table-offers";

/** What a tournament table's campaign room is created with. Seat i of the table is mayor m<i+1> of the campaign. */
export const TableSpec = z.object({
  tournamentId: z.uuid(),
  table: z.string(),
  round: z.number().int().min(1),
  settings: LobbySettings,
  rated: z.boolean(),
  seats: z.array(z.object({ player: PlayerId.nullable(), bot: Strategy.nullable(), name: MayorName })),
  /** A table picked up again after a restart (server/rooms/resume.ts): its seats come from the stored campaign. */
  resumed: z.literal(true).optional(),
});
export type TableSpec = z.infer<typeof TableSpec>;

const TableKey = z.object({ table: z.string().regex(/^[0-9a-f]{32}$/) });

export async function offerTable(presence: Presence, spec: TableSpec): Promise<{ table: string }> {
  const key = randomBytes(16).toString("hex");
  await presence.hset(OFFERS, key, JSON.stringify(spec));
  return { table: key };
}

/** The offered table the creation options name, taken once; null for an ordinary campaign room. */
export async function claimTable(presence: Presence, options: unknown): Promise<TableSpec | null> {
  if (typeof options !== "object" || options === null || !("table" in options)) return null;
  const key = TableKey.safeParse(options);
  const offered = key.success ? await presence.hget(OFFERS, key.data.table) : null;
  if (!key.success || !offered) throw new ServerError(403, "No such tournament table.");
  await presence.hdel(OFFERS, key.data.table);
  return TableSpec.parse(JSON.parse(offered));
}

/** What the campaign room of `table` (of the tournament's round `round`) is created with: its seats, labelled as in the standings. */
export function tableSpec(t: Tournament, table: Table, round: number): TableSpec {
  const labels = playerLabels(t.entries.map((e) => ({ id: e.player, name: e.name })));
  const seats = table.seats.map((s) => ({ player: s.bot ? null : s.mayor, bot: s.bot, name: (labels.get(s.mayor) ?? "Bot").slice(0, 24) }));
  return { tournamentId: t.id, table: table.id, round, settings: t.settings.campaign, rated: t.settings.rated, seats };
}

/** The table's seats in the lobby (unless a resumed campaign restores its own), its settings and its rated choice, before anyone joins. */
export function prepareTable(lobby: Lobby, spec: TableSpec): void {
  if (!spec.resumed) lobby.reserve(spec.seats);
  lobby.settings = { rounds: spec.settings.rounds, seconds: { ...spec.settings.seconds } };
  lobby.rated = spec.rated;
}

const TableReport = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("live"), live: LiveTable, campaignId: z.string().nullable() }),
  /** The election in the campaign's own mayor ids, and the mayors gone for good before it. */
  z.object({ kind: z.literal("result"), campaignId: z.string(), result: ElectionResult, abandoned: z.array(MayorId) }),
]);
type TableReport = z.infer<typeof TableReport>;

/** The table as the tournament lobby shows it, and the campaign playing it once started. */
export function liveReport(spec: TableSpec, roomId: string, lobby: Lobby, campaign: Campaign | null, campaignId: string): TableReport {
  const mayors = lobby.seats.map((s) => ({ player: s.player, name: s.name, bot: s.bot !== null, connected: s.bot !== null || s.connected }));
  const live = { table: spec.table, roomId, phase: campaign?.phase ?? "lobby", round: campaign?.round ?? 0, rounds: lobby.settings.rounds, mayors } as const;
  return { kind: "live", live, campaignId: campaignId || null };
}

export const tournamentChannel = (tournamentId: string) => `tournament:${tournamentId}`;

/** What the tournament's channel carries: a report and the table it is about. */
export const TableNews = z.object({ table: z.string(), report: TableReport });
export type TableNews = z.infer<typeof TableNews>;

export function reportTable(presence: Presence, spec: TableSpec, report: TableReport): void {
  presence.publish(tournamentChannel(spec.tournamentId), { table: spec.table, report } satisfies TableNews);
}

/** The campaign's mayor ids (m1, m2, …) as the table's (player ids and bot ids), seat by seat. */
export function toTableMayors(table: Table, result: ElectionResult, abandoned: readonly MayorId[]): { result: ElectionResult; abandoned: MayorId[] } {
  const mayor = (m: MayorId) => table.seats[Number(m.slice(1)) - 1]?.mayor ?? m;
  return {
    result: {
      ...result,
      winner: mayor(result.winner),
      standings: result.standings.map((s) => ({ ...s, mayor: mayor(s.mayor) })),
      votes: result.votes.map((v) => ({ ...v, mayor: mayor(v.mayor) })),
    },
    abandoned: abandoned.map(mayor),
  };
}
