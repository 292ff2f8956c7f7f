import { randomInt, randomUUID } from "node:crypto";
import { Room, ServerError, type Client, type Delayed, type RoomException } from "@colyseus/core";
import { botTurn } from "../../common/bots/bot-turn.ts";
import { createCampaign } from "../../common/engine/create-campaign.ts";
import { step } from "../../common/engine/step.ts";
import { electionNight, publicStory, roundStory } from "../../common/engine/view.ts";
import type { Campaign, CampaignEvent } from "../../common/schemas/campaign.ts";
import type { ErrorCode } from "../../common/schemas/errors.ts";
import type { MayorId } from "../../common/schemas/game.ts";
import { JoinOptions, type PhaseSeconds } from "../../common/schemas/messages.ts";
import { CampaignState } from "../../common/state/CampaignState.ts";
import { localProvider } from "../../providers/local/local-provider.ts";
import type { CallReport, ModelProvider } from "../../providers/provider.ts";
import { quietProvider, resolveRound, type ResolveReport } from "../../providers/resolve-round.ts";
import { endedCampaign, type CompetitionRecorder } from "../competition/rate-campaign.ts";
import { admitMayor, type Admitted } from "../competition/seat-identity.ts";
import { claimTable, liveReport, prepareTable, reportTable, type TableSpec } from "../competition/table-link.ts";
import type { PlayerStore } from "../persistence/PlayerStore.ts";
import type { RoomMetrics } from "../ops/metrics.ts";
import type { CampaignRecorder } from "../persistence/recorder.ts";
import { gate, type GatedMessage } from "./gate.ts";
import { Lobby } from "./lobby.ts";
import { mirror, type RoomFacts } from "./mirror.ts";
import { RateLimiter } from "./rate-limit.ts";
import { takeResumePlan, type ResumePlan } from "./resume.ts";
import { uniqueRoomCode } from "./room-code.ts";
import { broadcast, send } from "./wire.ts";

/** What the room needs from the server: the provider (already wrapped in its fallback), storage, timings, a log. */
export interface RoomDeps {
  provider: ModelProvider;
  recorder: CampaignRecorder;
  /** Identities (tokens in the join options) and ratings. */
  players: PlayerStore;
  competition: CompetitionRecorder;
  reconnectSeconds: number;
  defaultSeconds: PhaseSeconds;
  /** The longest a bot thinks before it acts, in ms; each bot waits a random part of it, never more than 40% of the phase. */
  botDelayMs: number;
  log: (line: string) => void;
  /** Operators' metrics (server/ops/metrics.ts); a room without them reports nothing. */
  metrics?: RoomMetrics;
  /** How long a reserved seat waits for its client; Colyseus's default (15 s) when not given. */
  seatReservationSeconds?: number;
}

const SPECTATOR_LIMIT = 40;
/** How long a tournament table waits for its players before it starts without the missing ones. */
const TABLE_START_WAIT_SECONDS = 20;
const LOBBY_ONLY = new Set<GatedMessage["type"]>(["profile", "ready", "settings", "start", "bot", "removeBot"]);
const HOST_ONLY = new Set<GatedMessage["type"]>(["settings", "start", "bot", "removeBot", "rematch"]);

type RoomEvent = Exclude<CampaignEvent, { type: "extracted" } | { type: "reacted" }>;

export class CampaignRoom extends Room<CampaignState> {
  state = new CampaignState();
  maxClients = 6 + SPECTATOR_LIMIT;
  declare deps: RoomDeps;
  private lobby!: Lobby;
  private readonly limiter = new RateLimiter(8, 4);
  private campaign: Campaign | null = null;
  private campaignId = "";
  private facts: RoomFacts = { code: "", isPrivate: false, phaseEndsAt: 0, phaseDurationMs: 0, provider: "" };
  private phaseTimer: Delayed | null = null;
  /** The campaign being resolved and stored, so that a retry from the exception boundary never resolves it twice. */
  private resolving: Campaign | null = null;
  private readonly botTimers: Delayed[] = [];
  /** After a restart: the humans given a reconnection window to come back, and what every client is told. */
  private readonly returning = new Set<MayorId>();
  private resumedNotice: string | null = null;
  /** Set when the room plays a tournament table (server/competition/table-link.ts). */
  private table: TableSpec | null = null;

  async onCreate(options: unknown): Promise<void> {
    const parsed = JoinOptions.safeParse(options ?? {});
    if (!parsed.success) throw new ServerError(400, `Invalid room options: ${parsed.error.issues[0]?.message}`);
    this.lobby = new Lobby(this.deps.defaultSeconds);
    this.table = await claimTable(this.presence, options);
    if (this.table) prepareTable(this.lobby, this.table);
    // A table must reach its election even with every player gone: the tournament waits for it.
    if (this.table) this.autoDispose = false;
    if (this.table) this.clock.setTimeout(() => this.startTable(), TABLE_START_WAIT_SECONDS * 1000);
    const resumed = takeResumePlan(options);
    this.roomId = resumed?.code ?? (await uniqueRoomCode());
    if (this.deps.seatReservationSeconds) this.setSeatReservationTime(this.deps.seatReservationSeconds);
    this.facts.code = this.roomId;
    this.facts.isPrivate = parsed.data.private === true || this.table !== null;
    this.sync();
    if (this.facts.isPrivate) await this.setPrivate(true);
    await this.publishMetadata();
    this.onMessage("*", (client, type, message) => this.receive(client, type, message));
    if (resumed) this.reopen(resumed);
  }

  async onAuth(_client: Client, options: unknown): Promise<Admitted> {
    const opts = JoinOptions.safeParse(options ?? {});
    if (!opts.success) throw new ServerError(400, `Invalid join options: ${opts.error.issues[0]?.message}`);
    if (opts.data.spectator) {
      if (this.lobby.spectators >= SPECTATOR_LIMIT) throw new ServerError(403, "This campaign has as many spectators as it can take.");
      return { player: null };
    }
    const { players } = this.deps;
    return admitMayor({ players, lobby: this.lobby, token: opts.data.token, started: this.campaign !== null, reserved: this.table !== null });
  }

  onJoin(client: Client, options: unknown): void {
    const opts = JoinOptions.parse(options ?? {});
    const welcome = { serverTime: Date.now(), reconnectSeconds: this.deps.reconnectSeconds };
    if (opts.spectator) {
      this.lobby.addSpectator(client.sessionId);
      send(client, "welcome", { mayor: null, spectator: true, ...welcome });
      if (this.campaign) send(client, "story", publicStory(this.campaign, this.campaignId));
    } else {
      const { player } = client.auth as Admitted;
      // An identity takes back the seat it holds (a reload, another device, a return after the reconnection window).
      const held = player ? this.lobby.byPlayer(player.id) : undefined;
      if (held) this.lobby.reconnected(held.mayor, client.sessionId);
      const seat = held ?? this.lobby.join(client.sessionId, { ...opts, name: opts.name ?? player?.name }, player?.id ?? null);
      send(client, "welcome", { mayor: seat.mayor, spectator: false, ...welcome });
      if (held && this.campaign) send(client, "story", publicStory(this.campaign, this.campaignId));
      if (held) this.sendOwnSpeech(client, held.mayor);
      if (this.table && this.lobby.seats.every((s) => s.bot !== null || s.connected)) this.startTable();
    }
    if (this.resumedNotice) send(client, "notice", { kind: "resumed", mayor: null, message: this.resumedNotice });
    this.sync();
    void this.publishMetadata();
  }

  async onLeave(client: Client, consented: boolean): Promise<void> {
    this.limiter.forget(client.sessionId);
    if (this.lobby.removeSpectator(client.sessionId)) {
      this.sync();
      void this.publishMetadata();
      return;
    }
    const seat = this.lobby.bySession(client.sessionId);
    if (!seat) return;
    const mayor = seat.mayor;
    this.lobby.dropped(mayor);
    this.sync();
    // Inside the reconnection window the seat and the phase wait for the mayor, however many times the link drops.
    if (!consented) {
      try {
        // Messages go to the new client: it holds them until its join is acknowledged (the old one would send them too early).
        const back = await this.allowReconnection(client, this.deps.reconnectSeconds);
        this.lobby.reconnected(mayor, back.sessionId);
        this.sync();
        if (this.campaign) send(back, "story", publicStory(this.campaign, this.campaignId));
        this.sendOwnSpeech(back, mayor);
        return;
      } catch {
        // The seat stays empty: in the lobby it is freed, in a campaign the mayor counts as away for good.
      }
    }
    // The identity took the seat back from a new connection meanwhile: this old connection no longer holds it.
    if (this.lobby.byMayor(mayor)?.sessionId !== client.sessionId) return;
    this.lobby.gone(mayor, this.campaign === null);
    if (this.campaign) this.seatLost(mayor, consented);
    this.sync();
    void this.publishMetadata();
  }

  onDispose(): void {
    this.phaseTimer?.clear();
    this.deps.metrics?.roomClosed(this.roomId);
  }

  /**
   * The room's exception boundary: Colyseus calls it for a throw in any handler or timer of this room. The error is
   * logged, the process and the other rooms go on, and the campaign keeps moving: a phase left without its timer gets one.
   */
  onUncaughtException(error: RoomException<this>, methodName: string): void {
    // A refused join (full, started) is an answer to that client, not a failure of the room.
    if (error.cause instanceof ServerError) return;
    this.deps.log(`room ${this.roomId}: ${methodName} failed: ${(error.cause as Error | undefined)?.stack ?? error.message}`);
    this.keepMoving();
  }

  private sync(): void {
    mirror(this.state, this.lobby, this.facts, this.campaign);
  }

  private fail(client: Client, code: ErrorCode, message: string, refused?: string): void {
    send(client, "error", { code, message, ...(refused ? { refused } : {}) });
  }

  /** Every client message goes through here: rate, then the gate (type, size, schema), then the seat; then its handler. */
  private receive(client: Client, type: unknown, payload: unknown): void {
    if (!this.limiter.allow(client.sessionId, this.clock.currentTime)) {
      return this.fail(client, "rate_limited", "Too many messages: slow down a little.", typeof type === "string" ? type.slice(0, 40) : undefined);
    }
    const gated = gate(type, payload);
    if (!gated.ok) return this.fail(client, gated.code, gated.message, gated.refused);
    const { message } = gated;
    if (this.lobby.isSpectator(client.sessionId)) return this.fail(client, "spectator", "Spectators can watch but not act.", message.type);
    const seat = this.lobby.bySession(client.sessionId);
    if (!seat) return this.fail(client, "no_seat", "You have no seat in this campaign.", message.type);
    const refusal = this.route(client, seat.mayor, message);
    if (refusal) return this.fail(client, refusal.code, refusal.message, message.type);
    this.sync();
    if (LOBBY_ONLY.has(message.type)) void this.publishMetadata();
  }

  private route(client: Client, mayor: MayorId, message: GatedMessage): { code: ErrorCode; message: string } | null {
    const inLobby = this.campaign === null;
    if (LOBBY_ONLY.has(message.type) && !inLobby) return { code: "wrong_phase", message: "That can only be changed in the lobby." };
    if (message.type !== "rematch" && !LOBBY_ONLY.has(message.type) && inLobby) return { code: "wrong_phase", message: "The campaign has not started yet." };
    if (this.table && (LOBBY_ONLY.has(message.type) || message.type === "rematch")) {
      return { code: "not_host", message: "A tournament's rules set this campaign's seats, settings and start." };
    }
    if (HOST_ONLY.has(message.type) && this.lobby.host !== mayor) return { code: "not_host", message: "Only the host can do that." };
    const done = (result: { ok: true } | { ok: false; code: ErrorCode; message: string }) => (result.ok ? null : result);
    switch (message.type) {
      case "profile":
        return done(this.lobby.setProfile(mayor, message.data));
      case "ready":
        this.lobby.setReady(mayor, message.data.ready);
        return null;
      case "settings":
        this.lobby.applySettings(message.data);
        return null;
      case "bot":
        return done(this.lobby.addBot(message.data.strategy));
      case "removeBot":
        return done(this.lobby.removeBot(message.data.mayor));
      case "start":
        return this.start();
      case "rematch":
        return this.rematch();
      case "act":
        return this.apply({ type: "act", mayor, ...message.data });
      case "done":
        return this.apply({ type: "done", mayor });
      case "speak":
        return this.apply({ type: "speak", mayor, text: message.data.text }, () => this.sendOwnSpeech(client, mayor));
    }
  }

  private start(): { code: ErrorCode; message: string } | null {
    const started = this.lobby.start();
    if (!started.ok) return started;
    this.campaign = createCampaign({ seed: randomInt(0, 2 ** 32 - 1), rounds: this.lobby.settings.rounds, mayors: started.mayors });
    this.campaignId = randomUUID();
    void this.setPrivate(true);
    const seats = this.lobby.seats.map((s) => ({ mayor: s.mayor, bot: s.bot }));
    const { campaignId, roomId, campaign } = this;
    const room = { lobby: structuredClone(this.lobby.settings), rated: this.lobby.rated, isPrivate: this.facts.isPrivate };
    void this.record("campaign started", () => this.deps.recorder.campaignStarted(campaignId, roomId, campaign, seats, room));
    this.deps.competition.seatsClaimed(campaignId, this.lobby.seats.flatMap((s) => (s.player ? [{ mayor: s.mayor, player: s.player }] : [])));
    this.enter();
    return null;
  }

  private startTable(): void {
    if (!this.campaign) this.start();
  }

  private rematch(): { code: ErrorCode; message: string } | null {
    if (this.campaign?.phase !== "ended") return { code: "not_over", message: "A rematch can start once the election is over." };
    this.campaign = null;
    this.campaignId = "";
    this.lobby.rematch();
    this.setDeadline(0);
    void this.setPrivate(this.facts.isPrivate);
    void this.publishMetadata();
    return null;
  }

  /**
   * Applies one event to the engine; a refusal is returned for the sender. `accepted` runs before the phase moves
   * on, so that what it sends arrives before the next phase's messages.
   */
  private apply(event: RoomEvent, accepted?: () => void): { code: ErrorCode; message: string } | null {
    if (!this.campaign) return null;
    const before = this.campaign;
    const result = step(before, event);
    if (!result.ok) return result;
    this.campaign = result.campaign;
    accepted?.();
    if (this.campaign.phase !== before.phase || this.campaign.round !== before.round) this.enter();
    else this.sync();
    return null;
  }

  /** Runs on entering each phase: timers, bots, away mayors, reveals, resolving, results. */
  private enter(): void {
    const campaign = this.campaign!;
    this.deps.metrics?.phaseEntered(this.roomId, campaign.phase, Date.now());
    this.phaseTimer?.clear();
    this.phaseTimer = null;
    for (const timer of this.botTimers.splice(0)) timer.clear();
    void this.publishMetadata();
    const { seconds } = this.lobby.settings;
    if (campaign.phase === "policy" || campaign.phase === "speech") {
      this.setDeadline(campaign.phase === "policy" ? seconds.policy : seconds.speech);
      this.sync();
      this.passForAway();
      this.scheduleBots(campaign.phase === "policy" ? seconds.policy : seconds.speech);
    } else if (campaign.phase === "resolving") {
      this.setDeadline(0);
      this.sync();
      broadcast(this, "speeches", publicStory(campaign, this.campaignId).revealed);
      void this.resolve(campaign);
    } else if (campaign.phase === "reactions") {
      this.setDeadline(seconds.reactions);
      this.sync();
    } else {
      this.setDeadline(0);
      this.sync();
      broadcast(this, "result", electionNight(campaign, this.campaignId)!);
      const { campaignId } = this;
      void this.record("campaign finished", () => this.deps.recorder.campaignFinished(campaignId, campaign));
      const ended = endedCampaign(this.lobby, campaign.result!);
      this.deps.competition.campaignEnded(campaignId, ended);
      if (this.table) reportTable(this.presence, this.table, { kind: "result", campaignId, result: ended.result, abandoned: [...ended.abandoned] });
      if (this.table) this.autoDispose = true;
      if (this.table && this.clients.length === 0) void this.disconnect();
    }
  }

  private setDeadline(seconds: number): void {
    this.facts.phaseDurationMs = seconds * 1000;
    this.facts.phaseEndsAt = seconds > 0 ? Date.now() + seconds * 1000 : 0;
    if (seconds > 0) this.phaseTimer = this.clock.setTimeout(() => this.apply({ type: "advance" }), seconds * 1000);
  }

  /** After a failure in a handler or a timer: a timed phase without its timer gets a fresh one; resolving is retried. */
  private keepMoving(): void {
    const campaign = this.campaign;
    if (!campaign || campaign.phase === "ended") return;
    if (campaign.phase === "resolving") void this.resolve(campaign);
    else if (!this.phaseTimer?.active) this.enter();
  }

  /** Storage must never stop the game: a recorder that throws is logged and the campaign goes on. */
  private async record(label: string, write: () => unknown): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.deps.log(`room ${this.roomId}: storing "${label}" failed: ${(error as Error).message}`);
    }
  }

  private async resolve(campaign: Campaign): Promise<void> {
    if (this.resolving === campaign) return;
    this.resolving = campaign;
    try {
      await this.resolveAndStore(campaign);
    } finally {
      if (this.resolving === campaign) this.resolving = null;
    }
  }

  private async resolveAndStore(campaign: Campaign): Promise<void> {
    const since = Date.now();
    const resolved = await this.resolveSafely(campaign);
    if (this.campaign !== campaign || !resolved) return;
    this.deps.metrics?.roundResolved(this.deps.provider.name, resolved.report);
    const parts = [...Object.values(resolved.report.extraction), resolved.report.citizens];
    const answered = new Set(parts.map((p) => (p.fallbackReason ? "local" : p.provider)));
    this.facts.provider = answered.size === 1 ? [...answered][0]! : "mixed";
    const { campaignId } = this;
    const done = resolved.campaign;
    // Durable before anyone sees it: the story goes out once the round is stored, or once resolving's deadline has
    // passed with the database away (the round then waits in the write queue, in order).
    await this.record(`round ${done.round}`, () => this.deps.recorder.roundResolved(campaignId, done, resolved.report, since));
    if (this.campaign !== campaign) return;
    this.campaign = done;
    this.resumedNotice = null;
    broadcast(this, "round", { story: roundStory(done, done.round)! });
    this.enter();
  }

  /**
   * The provider's answers, else the local engine's (when the engine refused an answer that broke the contracts, or
   * anything threw), else a quiet round: resolving always ends, and the reason is kept for the stored history only.
   */
  private async resolveSafely(campaign: Campaign): Promise<{ campaign: Campaign; report: ResolveReport } | null> {
    try {
      return await resolveRound(campaign, this.deps.provider);
    } catch (error) {
      const reason = (error as Error).message;
      this.deps.log(`room ${this.roomId}: resolving round ${campaign.round} fell back to the local engine: ${reason}`);
      for (const provider of [localProvider, quietProvider(reason)]) {
        try {
          const local = await resolveRound(campaign, provider);
          const because = (part: CallReport): CallReport => ({ ...part, fallbackReason: part.fallbackReason ?? reason });
          const extraction = Object.fromEntries(Object.entries(local.report.extraction).map(([mayor, part]) => [mayor, because(part)]));
          return { campaign: local.campaign, report: { extraction, citizens: because(local.report.citizens) } };
        } catch (again) {
          this.deps.log(`room ${this.roomId}: resolving with ${provider.name} failed too: ${(again as Error).message}`);
        }
      }
      return null;
    }
  }

  /** Mayors gone for good (left, or away past the reconnection window) count as done, so nobody waits for them. */
  private passForAway(): void {
    if (!this.campaign || (this.campaign.phase !== "policy" && this.campaign.phase !== "speech")) return;
    for (const seat of this.lobby.seats) {
      const away = seat.bot === null && seat.sessionId === null && !this.returning.has(seat.mayor);
      if (away && !this.campaign.done.includes(seat.mayor)) this.apply({ type: "done", mayor: seat.mayor });
    }
  }

  /**
   * A campaign this process ran before a restart, rebuilt by replay (server/rooms/resume.ts): its humans take their
   * seats back with their identity within one reconnection window, then the missing ones count as away.
   */
  private reopen(plan: ResumePlan): void {
    this.lobby.restore(plan.seats);
    this.lobby.applySettings({ ...plan.room.lobby, rated: plan.room.rated });
    this.facts.isPrivate = plan.room.isPrivate;
    this.campaign = plan.campaign;
    this.campaignId = plan.id;
    this.resumedNotice = plan.notice;
    for (const seat of plan.seats) if (seat.bot === null) this.returning.add(seat.mayor);
    this.clock.setTimeout(() => {
      this.returning.clear();
      this.passForAway();
    }, this.deps.reconnectSeconds * 1000);
    void this.setPrivate(true);
    this.enter();
  }

  private seatLost(mayor: MayorId, consented: boolean): void {
    const name = this.lobby.byMayor(mayor)?.name ?? mayor;
    const why = consented ? "left the campaign" : `was away longer than ${this.deps.reconnectSeconds} s`;
    broadcast(this, "notice", { kind: "seat_lost", mayor, message: `${name} ${why}: their seat plays no more, and counts as done in every phase.` });
    this.passForAway();
  }

  /** Each bot takes its turn after its own pause, as a person would, and well before the phase ends. */
  private scheduleBots(phaseSeconds: number): void {
    const longest = Math.min(this.deps.botDelayMs, phaseSeconds * 400);
    for (const seat of this.lobby.seats) {
      if (!seat.bot) continue;
      const { mayor, bot } = seat;
      const pause = longest * (0.4 + 0.6 * Math.random());
      this.botTimers.push(
        this.clock.setTimeout(() => {
          if (!this.campaign) return;
          for (const event of botTurn(this.campaign, mayor, bot)) this.apply(event as RoomEvent);
        }, pause),
      );
    }
  }

  private sendOwnSpeech(client: Client, mayor: MayorId): void {
    const own = this.campaign?.speeches.find((s) => s.mayor === mayor && s.round === this.campaign!.round);
    if (own) send(client, "spoke", own);
  }

  private async publishMetadata(): Promise<void> {
    await this.setMetadata({
      code: this.roomId,
      visibility: this.facts.isPrivate ? "private" : "public",
      phase: this.campaign?.phase ?? "lobby",
      round: this.campaign?.round ?? 0,
      rounds: this.lobby.settings.rounds,
      mayors: this.lobby.seats.map((s) => ({ name: s.name, color: s.color, isBot: s.bot !== null })),
      spectators: this.lobby.spectators,
    });
    if (this.table) reportTable(this.presence, this.table, liveReport(this.table, this.roomId, this.lobby, this.campaign, this.campaignId));
  }
}
