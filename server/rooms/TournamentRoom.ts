import { randomUUID } from "node:crypto";
import { matchMaker, Room, ServerError, type Client, type Delayed } from "@colyseus/core";
import { showRating } from "../../common/rating/display.ts";
import type { PlayerId } from "../../common/schemas/identity.ts";
import type { Table, Tournament } from "../../common/schemas/tournament.ts";
import {
  TournamentClientMessages,
  TournamentJoinOptions,
  type TournamentServerMessage,
  type TournamentServerMessageType,
} from "../../common/schemas/tournament-room.ts";
import { TournamentState } from "../../common/state/TournamentState.ts";
import { abandon, finish, linkCampaign, pairNextRound, recordResult, rejoin, start } from "../../common/tournament/play.ts";
import type { TournamentStep } from "../../common/tournament/refusal.ts";
import { closeRegistration, createTournament, register, removeEntry } from "../../common/tournament/registration.ts";
import { offerTable, TableNews, tableSpec, toTableMayors, tournamentChannel } from "../competition/table-link.ts";
import { playerForToken } from "../identity/identity.ts";
import type { PlayerStore, StoredPlayer } from "../persistence/PlayerStore.ts";
import type { TournamentStore } from "../persistence/TournamentStore.ts";
import { landedWithin } from "../persistence/landed-within.ts";
import { gateWith, type Gated } from "./gate.ts";
import { takeTournamentPlan, type TournamentPlan } from "./resume.ts";
import { RateLimiter } from "./rate-limit.ts";
import { uniqueRoomCode } from "./room-code.ts";
import { TournamentLobby, type TournamentRefusal } from "./tournament-lobby.ts";

export interface TournamentRoomDeps {
  players: PlayerStore;
  tournaments: TournamentStore;
  /** The room type that plays each table's campaign. */
  campaignRoom: string;
  reconnectSeconds: number;
  log: (line: string) => void;
}

/** What onAuth hands to onJoin, kept server-side only: the identity (never its token) and the address. */
interface TournamentAuth {
  player: StoredPlayer | null;
  address: string;
}

const gate = gateWith(TournamentClientMessages);
type Message = Gated<typeof TournamentClientMessages>;
const HOST_ONLY = new Set<Message["type"]>(["remove", "close", "start", "deadline"]);
const MAX_TIMER_MS = 2 ** 31 - 1;
/** How long a change waits for its save before everyone is told anyway: the database is away, the save lands later. */
const SAVE_WAIT_MS = 2_000;

/** Shared by every tournament room of the process: creation and registration per identity and per address. */
const creations = { identity: new RateLimiter(3, 1 / 60), address: new RateLimiter(10, 1 / 60) };
// An address may be a classroom behind one router: many registrations at once, each identity only a few.
const registrations = { identity: new RateLimiter(5, 1 / 10), address: new RateLimiter(40, 1) };
const allowed = (limits: { identity: RateLimiter; address: RateLimiter }, auth: TournamentAuth, now: number) =>
  limits.identity.allow(`identity ${auth.player?.id}`, now) && limits.address.allow(`address ${auth.address}`, now);

/**
 * A tournament's live lobby: registrations, the host's controls, the round's campaigns (each a campaign room created
 * here with its seats reserved) and the standings. Its room id is the tournament's code. The host is an identity,
 * so the role survives a reload; once started, the tournament runs by its own rules with or without anyone here.
 */
export class TournamentRoom extends Room<TournamentState> {
  state = new TournamentState();
  maxClients = 200;
  declare deps: TournamentRoomDeps;
  private lobby!: TournamentLobby;
  private readonly limiter = new RateLimiter(8, 4);
  private deadline: Delayed | null = null;
  /** The creating identity until its first join, which is checked against the address's creation rate. */
  private unconfirmedHost: PlayerId | null = null;
  private saving: Promise<void> = Promise.resolve();
  private saved: Tournament | null = null;
  private savedDeadline = 0;
  private readonly onNews = (news: unknown) => this.news(news);

  async onCreate(options: unknown): Promise<void> {
    const resumed = takeTournamentPlan(options);
    if (resumed) return this.reopen(resumed);
    const opts = TournamentJoinOptions.safeParse(options ?? {});
    if (!opts.success || !opts.data.create) throw new ServerError(400, "A tournament is created with valid settings.");
    const host = await playerForToken(this.deps.players, opts.data.token);
    if (!host) throw new ServerError(401, "Creating a tournament needs a valid identity token.");
    if (!creations.identity.allow(`identity ${host.id}`, Date.now())) throw new ServerError(429, "Too many new tournaments: try again in a minute.");
    this.roomId = await uniqueRoomCode();
    this.lobby = new TournamentLobby(createTournament({ id: randomUUID(), code: this.roomId, host: host.id, settings: opts.data.create }));
    this.unconfirmedHost = host.id;
    await this.presence.subscribe(tournamentChannel(this.lobby.tournament.id), this.onNews);
    const { startsAt } = opts.data.create;
    if (startsAt) this.startAt(Date.parse(startsAt));
    this.listen();
    this.sync();
  }

  /**
   * A tournament this process held before a restart (server/rooms/resume.ts), as stored: same code, entries, rounds
   * and results. Its resumed tables report to it again; the round's tables that no campaign plays any more are opened
   * afresh; a round whose results were all in before the stop is followed by the next. Players come back by identity.
   */
  private async reopen(plan: TournamentPlan): Promise<void> {
    const t = plan.tournament;
    this.roomId = t.code;
    this.lobby = new TournamentLobby(t);
    this.saved = t;
    await this.presence.subscribe(tournamentChannel(t.id), this.onNews);
    if ((t.status === "registration" || t.status === "closed") && t.settings.startsAt) this.startAt(Date.parse(t.settings.startsAt));
    this.listen();
    if (t.status === "running") {
      this.autoDispose = false;
      for (const live of plan.resumed) this.lobby.setLive(live);
      if (plan.roundEndsAt !== null) this.setDeadline(plan.roundEndsAt);
      const fresh = this.lobby.currentTables.filter((table) => plan.fresh.includes(table.id));
      if (this.lobby.currentTables.every((table) => table.result !== null)) this.nextRound();
      else if (fresh.length > 0) await this.openTables(fresh);
    }
    this.changed();
  }

  private listen(): void {
    this.onMessage("*", (client, type, message) => {
      this.receive(client, type, message).catch((error: Error) => this.deps.log(`tournament ${this.roomId}: "${String(type)}" failed: ${error.message}`));
    });
  }

  async onAuth(_client: Client, options: unknown, context: { ip: string | string[] }): Promise<TournamentAuth> {
    const opts = TournamentJoinOptions.safeParse(options ?? {});
    if (!opts.success) throw new ServerError(400, `Invalid join options: ${opts.error.issues[0]?.message}`);
    const player = opts.data.token === undefined ? null : await playerForToken(this.deps.players, opts.data.token);
    if (opts.data.token !== undefined && !player) throw new ServerError(401, "This identity token is not valid.");
    const auth = { player, address: String(context.ip) };
    if (this.unconfirmedHost !== null && player?.id === this.unconfirmedHost && !creations.address.allow(`address ${auth.address}`, Date.now())) {
      throw new ServerError(429, "Too many new tournaments from this address: try again in a minute.");
    }
    return auth;
  }

  onJoin(client: Client): void {
    const { player } = client.auth as TournamentAuth;
    if (player && player.id === this.unconfirmedHost) this.unconfirmedHost = null;
    this.lobby.connect(client.sessionId, player?.id ?? null);
    this.tell(client, "welcome", { player: player?.id ?? null, serverTime: Date.now() });
    const entry = player && this.lobby.tournament.entries.find((e) => e.player === player.id);
    if (entry?.absent) this.lobby.apply(rejoin(this.lobby.tournament, entry.player));
    if (player) this.sendSeat(player.id);
    this.changed();
  }

  async onLeave(client: Client, consented: boolean): Promise<void> {
    this.limiter.forget(client.sessionId);
    if (!consented) {
      try {
        await this.allowReconnection(client, this.deps.reconnectSeconds);
        return;
      } catch {
        // Gone for good: as if the player had left.
      }
    }
    const gone = this.lobby.disconnect(client.sessionId);
    if (gone) this.wentAway(gone);
    this.changed();
  }

  /** Waits for the last save, so that a shutdown closes the database only after it. */
  async onDispose(): Promise<void> {
    // A creation refused in onCreate leaves no lobby behind.
    if (this.lobby === undefined) return;
    this.presence.unsubscribe(tournamentChannel(this.lobby.tournament.id), this.onNews);
    await this.saving;
  }

  /** Starts by the schedule; a timer cannot wait longer than about 24 days, so a later start waits in steps. */
  private startAt(when: number): void {
    const wait = when - Date.now();
    if (wait > MAX_TIMER_MS) this.clock.setTimeout(() => this.startAt(when), MAX_TIMER_MS);
    else this.clock.setTimeout(() => this.transition(start(this.lobby.tournament, "schedule")), Math.max(0, wait));
  }

  /** Before the start a player who leaves drops out; afterwards one not in a campaign is not paired until they return. */
  private wentAway(player: PlayerId): void {
    const t = this.lobby.tournament;
    if (!t.entries.some((e) => e.player === player)) return;
    if (t.status === "registration" || t.status === "closed") this.lobby.apply(removeEntry(t, player, player));
    else if (t.status === "running" && !this.lobby.unfinishedTableOf(player)) this.lobby.apply(abandon(t, player));
  }

  private async receive(client: Client, type: unknown, payload: unknown): Promise<void> {
    if (!this.limiter.allow(client.sessionId, this.clock.currentTime)) {
      return this.refuse(client, { code: "rate_limited", message: "Too many messages: slow down a little." }, type);
    }
    const gated = gate(type, payload);
    if (!gated.ok) return this.refuse(client, gated, type);
    const auth = client.auth as TournamentAuth;
    if (!auth.player) return this.refuse(client, { code: "no_identity", message: "Watching needs no identity, but this does." }, type);
    const me = auth.player.id;
    const { message } = gated;
    if (HOST_ONLY.has(message.type) && me !== this.lobby.tournament.host) return this.refuse(client, { code: "not_host", message: "Only the host can do that." }, type);
    const refusal = await this.route(auth, me, message);
    if (refusal) this.refuse(client, refusal, type);
  }

  private async route(auth: TournamentAuth, me: PlayerId, message: Message): Promise<TournamentRefusal | null> {
    const t = () => this.lobby.tournament;
    switch (message.type) {
      case "register": {
        if (!allowed(registrations, auth, Date.now())) return { code: "rate_limited", message: "Too many registrations: try again in a little while." };
        // The name and rating as they are now, not as they were when this connection joined.
        const player = (await this.deps.players.getPlayer(me)) ?? auth.player!;
        return this.transition(register(t(), { player: me, name: player.name, seed: showRating(player.skill, player.games).ordinal }));
      }
      case "withdraw":
        return this.transition(removeEntry(t(), me, me));
      case "remove":
        return this.transition(removeEntry(t(), me, message.data.player));
      case "close":
        return this.transition(closeRegistration(t(), me));
      case "start":
        return this.transition(start(t(), me));
      case "deadline":
        if (t().status !== "running") return { code: "not_running", message: "The tournament is not running." };
        this.setDeadline(Date.now() + message.data.seconds * 1000);
        this.changed();
        return null;
    }
  }

  /** Applies a transition and shows it; a start or a new round opens the round's campaigns. */
  private transition(step: TournamentStep): TournamentRefusal | null {
    const roundsBefore = this.lobby.tournament.rounds.length;
    const refusal = this.lobby.apply(step);
    if (refusal) return refusal;
    if (this.lobby.tournament.rounds.length > roundsBefore) {
      this.openRound().catch((error: Error) => this.deps.log(`tournament ${this.roomId}: opening round failed: ${error.message}`));
    }
    this.changed();
    return null;
  }

  /** Creates a campaign room per table of the round just paired, its seats reserved for the paired identities. */
  private async openRound(): Promise<void> {
    this.lobby.newRound();
    this.deadline?.clear();
    this.autoDispose = false;
    await this.openTables(this.lobby.currentTables);
  }

  /** Creates the campaign room of each of these tables of the round in play. */
  private async openTables(tables: readonly Table[]): Promise<void> {
    const t = this.lobby.tournament;
    const round = t.rounds.length;
    for (const table of tables) {
      const spec = tableSpec(t, table, round);
      const { seats } = spec;
      try {
        const room = await matchMaker.createRoom(this.deps.campaignRoom, await offerTable(this.presence, spec));
        const mayors = seats.map((s) => ({ player: s.player, name: s.name, bot: s.bot !== null, connected: s.bot !== null }));
        this.lobby.setLive({ table: table.id, roomId: room.roomId, phase: "lobby", round: 0, rounds: spec.settings.rounds, mayors });
        for (const seat of seats) if (seat.player) this.sendSeat(seat.player);
      } catch (error) {
        // The table's players cannot play it; a host deadline scores them as absent so the tournament goes on.
        this.deps.log(`tournament ${this.roomId}: campaign for ${table.id} could not be created: ${(error as Error).message}`);
      }
    }
    this.changed();
  }

  /** A campaign room's report on the tournament's channel: its live state, or its election. */
  private news(news: unknown): void {
    const parsed = TableNews.safeParse(news);
    if (!parsed.success) return this.deps.log(`tournament ${this.roomId}: unreadable table report: ${parsed.error.issues[0]?.message}`);
    const { table: tableId, report } = parsed.data;
    const table = this.lobby.currentTables.find((t) => t.id === tableId);
    if (!table) return;
    if (report.campaignId && table.campaignId === null) this.lobby.apply(linkCampaign(this.lobby.tournament, tableId, report.campaignId));
    if (report.kind === "live") {
      this.lobby.setLive(report.live);
      this.changed();
      return;
    }
    const { result, abandoned } = toTableMayors(table, report.result, report.abandoned);
    const refusal = this.lobby.apply(recordResult(this.lobby.tournament, tableId, result, abandoned));
    if (refusal && refusal.code !== "result_recorded") this.deps.log(`tournament ${this.roomId}: result of ${tableId} refused: ${refusal.code}`);
    this.nextRound();
  }

  /** Once every table of the round has a result: pair the next round, or end the tournament. */
  private nextRound(): void {
    const t = this.lobby.tournament;
    const next = pairNextRound(t);
    if (next.ok) {
      this.transition(next);
      return;
    }
    if (next.code !== "round_in_progress" && !this.lobby.apply(finish(t))) {
      this.deadline?.clear();
      this.lobby.roundEndsAt = 0;
      this.autoDispose = true;
      if (this.clients.length === 0) void this.disconnect();
    }
    this.changed();
  }

  private setDeadline(endsAt: number): void {
    this.deadline?.clear();
    this.lobby.roundEndsAt = endsAt;
    this.deadline = this.clock.setTimeout(() => this.deadlinePassed(), Math.max(0, endsAt - Date.now()));
  }

  /** Every player not connected to their unfinished campaign is scored last there; tables nobody plays settle at once. */
  private deadlinePassed(): void {
    this.lobby.roundEndsAt = 0;
    for (const player of this.lobby.awayAtDeadline()) this.lobby.apply(abandon(this.lobby.tournament, player));
    this.nextRound();
  }

  /** Tells a player's connections where their campaign of the round is. */
  private sendSeat(player: PlayerId): void {
    const table = this.lobby.unfinishedTableOf(player);
    const live = table && this.lobby.liveOf(table.id);
    if (!table || !live) return;
    const round = this.lobby.tournament.rounds.length;
    for (const client of this.clients.filter((c) => (c.auth as TournamentAuth | undefined)?.player?.id === player)) {
      this.tell(client, "seat", { round, table: table.id, roomId: live.roomId });
    }
  }

  /** Stored before anyone is told, so that a crash loses nothing a player saw (unless the database is away). */
  private changed(): void {
    if (this.unconfirmedHost === null) this.save();
    void landedWithin(this.saving, SAVE_WAIT_MS).then(() => {
      this.sync();
      const view = this.lobby.view();
      for (const client of this.clients) this.tell(client, "view", view);
    });
  }

  private sync(): void {
    const t = this.lobby.tournament;
    this.state.assign({ code: t.code, status: t.status, round: t.rounds.length, hostId: t.host, registered: t.entries.length });
  }

  /**
   * Saves the tournament and the host's round deadline when they changed, in order; a failed save is logged and the
   * next change saves again, this one included.
   */
  private save(): void {
    const snapshot = this.lobby.tournament;
    const deadline = this.lobby.roundEndsAt;
    const tournament = snapshot !== this.saved;
    const roundEnds = deadline !== this.savedDeadline;
    if (!tournament && !roundEnds) return;
    this.saved = snapshot;
    this.savedDeadline = deadline;
    const { tournaments } = this.deps;
    this.saving = this.saving
      .then(async () => {
        if (tournament) await tournaments.saveTournament(snapshot);
        if (roundEnds) await tournaments.keepRoundDeadline(snapshot.id, deadline ? new Date(deadline).toISOString() : null);
      })
      .catch((error: Error) => {
        if (this.saved === snapshot) this.saved = null;
        if (this.savedDeadline === deadline) this.savedDeadline = -1;
        this.deps.log(`tournament ${this.roomId}: saving failed: ${error.message}`);
      });
  }

  private tell<T extends TournamentServerMessageType>(client: Client, type: T, payload: TournamentServerMessage<T>): void {
    client.send(type, payload);
  }

  private refuse(client: Client, refusal: TournamentRefusal, type: unknown): void {
    const refused = typeof type === "string" ? type.slice(0, 40) : undefined;
    this.tell(client, "error", { code: refusal.code, message: refusal.message, ...(refused ? { refused } : {}) });
  }
}
