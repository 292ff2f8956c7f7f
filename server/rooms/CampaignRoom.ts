import { randomInt, randomUUID } from "node:crypto";
import { Room, ServerError, type Client, type Delayed } from "@colyseus/core";
import type { Campaign, Phase } from "../../common/schemas/campaign.ts";
import { ClientMessages, JoinOptions, MAX_MESSAGE_BYTES, type ClientMessage, type ClientMessageType } from "../../common/schemas/messages.ts";
import type { MayorId } from "../../common/schemas/game.ts";
import type { CallReport, ModelProvider } from "../../providers/provider.ts";
import { botTurn } from "../../common/bots/bot-turn.ts";
import { STRATEGY_LABELS } from "../../common/bots/strategy.ts";
import { createCampaign } from "../../common/engine/create-campaign.ts";
import { localProvider } from "../../providers/local/local-provider.ts";
import { step } from "../../common/engine/step.ts";
import { publicStory, roundStory } from "../../common/engine/view.ts";
import { resolveRound, type ResolveReport } from "../../providers/resolve-round.ts";
import { CampaignState, MayorState } from "../../common/state/CampaignState.ts";
import { mirror } from "./mirror.ts";
import { RateLimiter } from "./rate-limit.ts";
import { roomCode } from "./room-code.ts";
import { PALETTE, Seats } from "./seats.ts";

/** What the room needs from the server: the provider (already wrapped in its fallback), storage, timings. */
export interface RoomDeps {
  provider: ModelProvider;
  recorder: CampaignRecorder;
  reconnectSeconds: number;
  defaultSeconds: { policy: number; speech: number; reactions: number };
  /** How long bots think before they act, in ms. */
  botDelayMs: number;
}

/** Storage as the room sees it: every call is queued and retried by the recorder; none may block the game. */
export interface CampaignRecorder {
  campaignStarted(id: string, code: string, campaign: Campaign, seats: { mayor: MayorId; bot: string | null }[]): void;
  roundResolved(id: string, campaign: Campaign, report: ResolveReport): void;
  campaignFinished(id: string, campaign: Campaign): void;
}

const SPECTATOR_LIMIT = 40;
/** How long a dropped mayor may still act in the current phase before it counts as done. */
const AWAY_GRACE_SECONDS = 8;

export class CampaignRoom extends Room<CampaignState> {
  state = new CampaignState();
  maxClients = 6 + SPECTATOR_LIMIT;
  declare deps: RoomDeps;
  private readonly seats = new Seats();
  private readonly spectators = new Set<string>();
  private readonly limiter = new RateLimiter(8, 4);
  private campaign: Campaign | null = null;
  private campaignId = "";
  private phaseTimer: Delayed | null = null;

  async onCreate(options: unknown): Promise<void> {
    const parsed = JoinOptions.safeParse(options ?? {});
    if (!parsed.success) throw new ServerError(400, `Invalid room options: ${parsed.error.issues[0]?.message}`);
    const opts = parsed.data;
    this.roomId = roomCode();
    this.state.code = this.roomId;
    this.state.isPrivate = opts.private === true;
    this.state.settings.assign({
      policySeconds: this.deps.defaultSeconds.policy,
      speechSeconds: this.deps.defaultSeconds.speech,
      reactionsSeconds: this.deps.defaultSeconds.reactions,
    });
    if (opts.private) await this.setPrivate(true);
    await this.publishMetadata();
    this.onMessage("*", (client, type, message) => this.receive(client, String(type), message));
  }

  onAuth(_client: Client, options: unknown): boolean {
    const opts = JoinOptions.safeParse(options ?? {});
    if (!opts.success) throw new ServerError(400, `Invalid join options: ${opts.error.issues[0]?.message}`);
    if (opts.data.spectator) {
      if (this.spectators.size >= SPECTATOR_LIMIT) throw new ServerError(403, "This campaign has as many spectators as it can take.");
      return true;
    }
    if (this.state.phase !== "lobby") throw new ServerError(403, "This campaign has already started: you can still watch it as a spectator.");
    if (this.seats.full) throw new ServerError(403, "This campaign is full: six mayors already.");
    return true;
  }

  onJoin(client: Client, options: unknown): void {
    const opts = JoinOptions.parse(options ?? {});
    if (opts.spectator) {
      this.spectators.add(client.sessionId);
      this.state.spectators = this.spectators.size;
      client.send("welcome", { mayor: null, spectator: true });
      if (this.campaign) client.send("story", publicStory(this.campaign));
      void this.publishMetadata();
      return;
    }
    const seat = this.seats.take(client.sessionId, null);
    const taken = new Set([...this.state.mayors.values()].map((m) => m.color));
    const color = opts.color && !taken.has(opts.color) ? opts.color : (PALETTE.find((c) => !taken.has(c)) ?? PALETTE[0]);
    this.state.mayors.set(seat.mayor, new MayorState().assign({ id: seat.mayor, name: opts.name ?? `Mayor ${seat.mayor.slice(1)}`, color, seat: Number(seat.mayor.slice(1)) }));
    this.state.hostId = this.seats.host ?? "";
    client.send("welcome", { mayor: seat.mayor, spectator: false });
    void this.publishMetadata();
  }

  async onLeave(client: Client, consented: boolean): Promise<void> {
    this.limiter.forget(client.sessionId);
    if (this.spectators.delete(client.sessionId)) {
      this.state.spectators = this.spectators.size;
      void this.publishMetadata();
      return;
    }
    const seat = this.seats.bySession(client.sessionId);
    if (!seat) return;
    seat.connected = false;
    this.state.mayors.get(seat.mayor)!.connected = false;
    if (this.seats.host === seat.mayor) this.seats.handOver();
    this.state.hostId = this.seats.host ?? "";
    // A reload or a brief drop should not cost the mayor the phase: wait a little before counting them as away.
    if (consented) this.passForAway();
    else this.clock.setTimeout(() => this.passForAway(), Math.min(AWAY_GRACE_SECONDS, this.deps.reconnectSeconds) * 1000);
    if (!consented) {
      try {
        // Messages go to the new client: it holds them until its join is acknowledged (the old one would send them too early).
        const back = await this.allowReconnection(client, this.deps.reconnectSeconds);
        seat.connected = true;
        this.state.mayors.get(seat.mayor)!.connected = true;
        if (this.seats.host === null) this.seats.host = seat.mayor;
        this.state.hostId = this.seats.host;
        if (this.campaign) back.send("story", publicStory(this.campaign));
        this.sendOwnSpeech(back, seat.mayor);
        return;
      } catch {
        // The seat stays empty: in the lobby it is freed, in a campaign the mayor counts as away for good.
      }
    }
    seat.sessionId = null;
    if (this.state.phase === "lobby") {
      this.seats.release(seat.mayor);
      this.state.mayors.delete(seat.mayor);
      this.state.hostId = this.seats.host ?? "";
      void this.publishMetadata();
    }
  }

  onDispose(): void {
    this.phaseTimer?.clear();
  }

  private fail(client: Client, code: string, message: string, refused?: string): void {
    client.send("error", { code, message, ...(refused ? { refused } : {}) });
  }

  /** Every client message goes through here: rate, size, type, schema, seat; then its handler. */
  private receive(client: Client, type: string, message: unknown): void {
    if (!this.limiter.allow(client.sessionId, this.clock.currentTime)) {
      return this.fail(client, "rate_limited", "Too many messages: slow down a little.", type);
    }
    if (!(type in ClientMessages)) return this.fail(client, "unknown_message", `Unknown message "${type.slice(0, 40)}".`);
    if (JSON.stringify(message ?? null).length > MAX_MESSAGE_BYTES) {
      return this.fail(client, "too_large", `Messages are limited to ${MAX_MESSAGE_BYTES} bytes.`, type);
    }
    const parsed = ClientMessages[type as ClientMessageType].safeParse(message ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.fail(client, "invalid", `Invalid "${type}": ${issue?.path.join(".") || "message"} ${issue?.message ?? ""}`.trim(), type);
    }
    if (this.spectators.has(client.sessionId)) return this.fail(client, "spectator", "Spectators can watch but not act.", type);
    const seat = this.seats.bySession(client.sessionId);
    if (!seat) return this.fail(client, "no_seat", "You have no seat in this campaign.", type);
    this.route(client, seat.mayor, type as ClientMessageType, parsed.data);
  }

  private route(client: Client, mayor: MayorId, type: ClientMessageType, data: unknown): void {
    const inLobby = this.state.phase === "lobby";
    const lobbyOnly: ClientMessageType[] = ["profile", "ready", "settings", "start", "bot"];
    if (lobbyOnly.includes(type) && !inLobby) return this.fail(client, "wrong_phase", "That can only be changed in the lobby.", type);
    if (!lobbyOnly.includes(type) && inLobby) return this.fail(client, "wrong_phase", "The campaign has not started yet.", type);
    const hostOnly: ClientMessageType[] = ["settings", "start", "bot"];
    if (hostOnly.includes(type) && this.seats.host !== mayor) return this.fail(client, "not_host", "Only the host can do that.", type);
    switch (type) {
      case "profile":
        return this.setProfile(client, mayor, data as ClientMessage<"profile">);
      case "ready":
        this.state.mayors.get(mayor)!.ready = (data as ClientMessage<"ready">).ready;
        return;
      case "settings":
        return this.applySettings(data as ClientMessage<"settings">);
      case "bot":
        return this.addBot(client, (data as ClientMessage<"bot">).strategy);
      case "start":
        return this.start(client);
      case "act": {
        const { x, y, action } = data as ClientMessage<"act">;
        return this.apply({ type: "act", mayor, x, y, action }, client, type);
      }
      case "done":
        return this.apply({ type: "done", mayor }, client, type);
      case "speak":
        return this.apply({ type: "speak", mayor, text: (data as ClientMessage<"speak">).text }, client, type, () => this.sendOwnSpeech(client, mayor));
    }
  }

  private setProfile(client: Client, mayor: MayorId, profile: ClientMessage<"profile">): void {
    const state = this.state.mayors.get(mayor)!;
    if (profile.color && [...this.state.mayors.values()].some((m) => m.id !== mayor && m.color.toLowerCase() === profile.color!.toLowerCase())) {
      return this.fail(client, "color_taken", "Another mayor already campaigns in that colour.", "profile");
    }
    if (profile.name) state.name = profile.name;
    if (profile.color) state.color = profile.color;
    void this.publishMetadata();
  }

  private applySettings(settings: ClientMessage<"settings">): void {
    if (settings.rounds) this.state.settings.rounds = settings.rounds;
    const s = settings.seconds ?? {};
    if (s.policy) this.state.settings.policySeconds = s.policy;
    if (s.speech) this.state.settings.speechSeconds = s.speech;
    if (s.reactions) this.state.settings.reactionsSeconds = s.reactions;
  }

  private addBot(client: Client, strategy: ClientMessage<"bot">["strategy"]): void {
    if (this.seats.full) return this.fail(client, "full", "All six seats are taken.", "bot");
    const seat = this.seats.take(null, strategy);
    const taken = new Set([...this.state.mayors.values()].map((m) => m.color));
    this.state.mayors.set(
      seat.mayor,
      new MayorState().assign({
        id: seat.mayor,
        name: `${STRATEGY_LABELS[strategy]} bot`,
        color: PALETTE.find((c) => !taken.has(c)) ?? PALETTE[0],
        seat: Number(seat.mayor.slice(1)),
        ready: true,
        isBot: true,
        connected: false,
        strategy: STRATEGY_LABELS[strategy],
      }),
    );
    void this.publishMetadata();
  }

  private start(client: Client): void {
    const ready = [...this.state.mayors.values()].filter((m) => m.ready);
    if (ready.length < 2) return this.fail(client, "not_ready", "At least two mayors must be ready to start.", "start");
    for (const seat of [...this.seats.all]) {
      if (!this.state.mayors.get(seat.mayor)!.ready) {
        this.seats.release(seat.mayor);
        this.state.mayors.delete(seat.mayor);
      }
    }
    const mayors = this.seats.all.map((s) => {
      const m = this.state.mayors.get(s.mayor)!;
      return { id: m.id, name: m.name, color: m.color };
    });
    this.campaign = createCampaign({ seed: randomInt(0, 2 ** 32 - 1), rounds: this.state.settings.rounds, mayors });
    this.campaignId = randomUUID();
    void this.setPrivate(true);
    this.deps.recorder.campaignStarted(this.campaignId, this.roomId, this.campaign, this.seats.all.map((s) => ({ mayor: s.mayor, bot: s.bot })));
    this.enter();
  }

  /**
   * Applies one event to the engine; a refusal goes back to the sender only, with the engine's reason.
   * `accepted` runs before the phase moves on, so that what it sends arrives before the next phase's messages.
   */
  private apply(event: unknown, client?: Client, refused?: string, accepted?: () => void): void {
    if (!this.campaign) return;
    const before = this.campaign.phase;
    const beforeRound = this.campaign.round;
    const result = step(this.campaign, event);
    if (!result.ok) {
      if (client) this.fail(client, result.code, result.message, refused);
      return;
    }
    this.campaign = result.campaign;
    accepted?.();
    if (this.campaign.phase !== before || this.campaign.round !== beforeRound) this.enter();
    else mirror(this.state, this.campaign);
  }

  /** Runs on entering each phase: timers, bots, away mayors, reveals, resolving, results. */
  private enter(): void {
    const campaign = this.campaign!;
    mirror(this.state, campaign);
    this.phaseTimer?.clear();
    this.phaseTimer = null;
    const phase: Phase = campaign.phase;
    void this.publishMetadata();
    if (phase === "policy" || phase === "speech") {
      this.setDeadline(phase === "policy" ? this.state.settings.policySeconds : this.state.settings.speechSeconds);
      this.passForAway();
      this.clock.setTimeout(() => this.playBots(), this.deps.botDelayMs);
    } else if (phase === "resolving") {
      this.setDeadline(0);
      this.broadcast("speeches", publicStory(campaign).revealed);
      void this.resolve();
    } else if (phase === "reactions") {
      this.setDeadline(this.state.settings.reactionsSeconds);
    } else {
      this.setDeadline(0);
      this.broadcast("result", campaign.result);
      this.deps.recorder.campaignFinished(this.campaignId, campaign);
    }
  }

  private setDeadline(seconds: number): void {
    this.state.phaseDurationMs = seconds * 1000;
    this.state.phaseEndsAt = seconds > 0 ? Date.now() + seconds * 1000 : 0;
    if (seconds > 0) this.phaseTimer = this.clock.setTimeout(() => this.apply({ type: "advance" }), seconds * 1000);
  }

  private async resolve(): Promise<void> {
    const campaign = this.campaign!;
    let resolved: Awaited<ReturnType<typeof resolveRound>>;
    try {
      resolved = await resolveRound(campaign, this.deps.provider);
    } catch (error) {
      // The engine refused an answer (one that broke the contracts): the whole round is read locally, and says why.
      const local = await resolveRound(campaign, localProvider);
      const fallbackReason = (error as Error).message;
      const because = (part: CallReport): CallReport => ({ ...part, fallbackReason });
      const extraction = Object.fromEntries(Object.entries(local.report.extraction).map(([mayor, part]) => [mayor, because(part)]));
      resolved = { campaign: local.campaign, report: { extraction, citizens: because(local.report.citizens) } };
    }
    if (this.campaign !== campaign) return;
    this.campaign = resolved.campaign;
    const parts = [...Object.values(resolved.report.extraction), resolved.report.citizens];
    const answered = new Set(parts.map((p) => (p.fallbackReason ? "local" : p.provider)));
    this.state.provider = answered.size === 1 ? [...answered][0]! : "mixed";
    this.deps.recorder.roundResolved(this.campaignId, this.campaign, resolved.report);
    this.broadcast("round", { story: roundStory(this.campaign, this.campaign.round), report: resolved.report });
    this.enter();
  }

  /** Mayors whose connection is gone count as done, so nobody waits for them. */
  private passForAway(): void {
    if (!this.campaign || (this.campaign.phase !== "policy" && this.campaign.phase !== "speech")) return;
    for (const seat of this.seats.all) {
      if (seat.bot === null && !seat.connected && !this.campaign.done.includes(seat.mayor)) this.apply({ type: "done", mayor: seat.mayor });
    }
  }

  private playBots(): void {
    for (const seat of this.seats.all) {
      if (!seat.bot || !this.campaign) continue;
      for (const event of botTurn(this.campaign, seat.mayor, seat.bot)) this.apply(event);
    }
  }

  private sendOwnSpeech(client: Client, mayor: MayorId): void {
    const own = this.campaign?.speeches.find((s) => s.mayor === mayor && s.round === this.campaign!.round);
    if (own) client.send("spoke", own);
  }

  private async publishMetadata(): Promise<void> {
    await this.setMetadata({
      code: this.roomId,
      visibility: this.state.isPrivate ? "private" : "public",
      phase: this.state.phase,
      round: this.state.round,
      rounds: this.state.settings.rounds,
      mayors: [...this.state.mayors.values()].map((m) => ({ name: m.name, color: m.color, isBot: m.isBot })),
      spectators: this.spectators.size,
    });
  }
}
