import { STRATEGY_LABELS, type Strategy } from "../../common/schemas/strategy.ts";
import type { Refused } from "../../common/schemas/errors.ts";
import type { PlayerId } from "../../common/schemas/identity.ts";
import { DEFAULT_ROUNDS, MAX_MAYORS, MIN_MAYORS, type Mayor, type MayorId } from "../../common/schemas/game.ts";
import type { ClientMessage, LobbySettings, PhaseSeconds } from "../../common/schemas/messages.ts";

export const PALETTE = ["#e4572e", "#17bebb", "#ffc914", "#76b041", "#a05195", "#2e86de"] as const;

export interface LobbySeat {
  mayor: MayorId;
  /** The client's session, or null for a bot (and for a human whose connection dropped and never came back). */
  sessionId: string | null;
  bot: Strategy | null;
  /** The identity that holds the seat and reclaims it from any connection; null for a bot or a guest without one. */
  player: PlayerId | null;
  name: string;
  /** Lower case #rrggbb, so that two spellings of one colour are one colour. */
  color: string;
  ready: boolean;
  connected: boolean;
}

type Done = { ok: true } | Refused;
const OK: Done = { ok: true };
const refuse = (code: Refused["code"], message: string): Refused => ({ ok: false, code, message });

/** Names compare without case, accents' width or surrounding space: "Ana" and " ana " read the same in a standings table. */
const sameName = (a: string, b: string) => a.normalize("NFKC").trim().toLowerCase() === b.normalize("NFKC").trim().toLowerCase();

/**
 * The room's lobby as plain data: seats (humans and bots), names, colours, ready, settings, the host and the
 * spectators. The room calls it and mirrors it into the synced state; nothing reads the state back. Every change
 * that can be refused returns a refusal from the closed set of error codes instead of throwing.
 */
export class Lobby {
  private readonly seatList: LobbySeat[] = [];
  private readonly watchers = new Set<string>();
  host: MayorId | null = null;
  /** Who hosts by right: a host whose connection drops (a reload) gets the role back from whoever stood in meanwhile. */
  private rightfulHost: MayorId | null = null;
  settings: LobbySettings;
  /** The host's choice: whether the campaign counts for ratings (common/rating/eligibility.ts). */
  rated = false;

  constructor(seconds: PhaseSeconds) {
    this.settings = { rounds: DEFAULT_ROUNDS, seconds: { ...seconds } };
  }

  get seats(): readonly LobbySeat[] {
    return this.seatList;
  }

  get full(): boolean {
    return this.seatList.length >= MAX_MAYORS;
  }

  get spectators(): number {
    return this.watchers.size;
  }

  isSpectator(sessionId: string): boolean {
    return this.watchers.has(sessionId);
  }

  bySession(sessionId: string): LobbySeat | undefined {
    return this.seatList.find((s) => s.sessionId === sessionId);
  }

  byMayor(mayor: MayorId): LobbySeat | undefined {
    return this.seatList.find((s) => s.mayor === mayor);
  }

  byPlayer(player: PlayerId): LobbySeat | undefined {
    return this.seatList.find((s) => s.player === player);
  }

  addSpectator(sessionId: string): void {
    this.watchers.add(sessionId);
  }

  removeSpectator(sessionId: string): boolean {
    return this.watchers.delete(sessionId);
  }

  /** Seats a human in the lowest free seat, with the asked name and colour when free (else a free one). */
  join(sessionId: string, wish: { name?: string; color?: string }, player: PlayerId | null = null): LobbySeat {
    const mayor = this.freeSeat();
    const number = Number(mayor.slice(1));
    const name = wish.name && !this.nameTaken(wish.name, null) ? wish.name : this.uniqueName(wish.name ?? `Mayor ${number}`);
    const color = wish.color && !this.colorTaken(wish.color, null) ? wish.color.toLowerCase() : this.freeColor();
    return this.seat({ mayor, sessionId, bot: null, player, name, color, ready: false, connected: true });
  }

  /**
   * A tournament table's seats, fixed before anyone joins, in the table's order (seat i is mayor m<i+1>): each
   * player's seat waits for their identity, bots are ready. Nobody hosts: the tournament's rules start the campaign.
   */
  reserve(seats: readonly { player: PlayerId | null; bot: Strategy | null; name: string }[]): void {
    seats.forEach((s, i) => {
      const name = s.bot ? this.uniqueName(`${STRATEGY_LABELS[s.bot]} bot`) : s.name;
      this.seatList.push({ mayor: `m${i + 1}`, sessionId: null, bot: s.bot, player: s.player, name, color: PALETTE[i]!, ready: true, connected: false });
    });
  }

  /**
   * A campaign picked up again after a restart (server/rooms/resume.ts): its seats as stored, each human's waiting for
   * their identity. Nobody hosts until a human is back.
   */
  restore(seats: readonly Pick<LobbySeat, "mayor" | "bot" | "player" | "name" | "color">[]): void {
    for (const seat of seats) this.seatList.push({ ...seat, sessionId: null, ready: true, connected: false });
  }

  addBot(strategy: Strategy): Done {
    if (this.full) return refuse("full", "All six seats are taken.");
    const mayor = this.freeSeat();
    this.seat({ mayor, sessionId: null, bot: strategy, player: null, name: this.uniqueName(`${STRATEGY_LABELS[strategy]} bot`), color: this.freeColor(), ready: true, connected: false });
    return OK;
  }

  removeBot(mayor: MayorId): Done {
    const seat = this.byMayor(mayor);
    if (!seat || seat.bot === null) return refuse("no_such_bot", "There is no bot in that seat.");
    this.release(mayor);
    return OK;
  }

  setProfile(mayor: MayorId, profile: ClientMessage<"profile">): Done {
    const seat = this.byMayor(mayor)!;
    if (profile.color && this.colorTaken(profile.color, mayor)) return refuse("color_taken", "Another mayor already campaigns in that colour.");
    if (profile.name && this.nameTaken(profile.name, mayor)) return refuse("name_taken", "Another mayor already goes by that name.");
    if (profile.name) seat.name = profile.name;
    if (profile.color) seat.color = profile.color.toLowerCase();
    return OK;
  }

  setReady(mayor: MayorId, ready: boolean): void {
    this.byMayor(mayor)!.ready = ready;
  }

  applySettings(settings: ClientMessage<"settings">): void {
    if (settings.rounds) this.settings.rounds = settings.rounds;
    if (settings.rated !== undefined) this.rated = settings.rated;
    this.settings.seconds = { ...this.settings.seconds, ...settings.seconds };
  }

  /** The mayors of a new campaign: the ready ones, in seat order; the others leave their seats. */
  start(): { ok: true; mayors: Mayor[] } | Refused {
    const ready = this.seatList.filter((s) => s.ready);
    if (ready.length < MIN_MAYORS) return refuse("not_ready", "At least two mayors must be ready to start.");
    for (const seat of this.seatList.filter((s) => !s.ready)) this.release(seat.mayor);
    return { ok: true, mayors: this.seatList.map((s) => ({ id: s.mayor, name: s.name, color: s.color })) };
  }

  /** Back to the lobby after an election, with the same seats: the humans still here choose to be ready again. */
  rematch(): void {
    for (const seat of [...this.seatList]) {
      if (seat.bot === null && seat.sessionId === null) this.release(seat.mayor);
      else seat.ready = seat.bot !== null;
    }
  }

  /** A mayor's connection dropped: the host role passes to a connected human while they are away, and comes back with them. */
  dropped(mayor: MayorId): void {
    this.byMayor(mayor)!.connected = false;
    if (this.host === mayor) this.handOver();
  }

  reconnected(mayor: MayorId, sessionId: string): void {
    const seat = this.byMayor(mayor)!;
    seat.connected = true;
    seat.sessionId = sessionId;
    if (this.host === null || this.rightfulHost === mayor) this.host = mayor;
    this.rightfulHost ??= mayor;
  }

  /** The mayor is gone for good: in the lobby the seat is freed; in a campaign it stays, empty. */
  gone(mayor: MayorId, inLobby: boolean): void {
    if (inLobby) this.release(mayor);
    else this.byMayor(mayor)!.sessionId = null;
    if (this.rightfulHost === mayor) this.rightfulHost = this.host;
  }

  private seat(seat: LobbySeat): LobbySeat {
    this.seatList.push(seat);
    this.seatList.sort((a, b) => Number(a.mayor.slice(1)) - Number(b.mayor.slice(1)));
    if (this.host === null && seat.bot === null) {
      this.host = seat.mayor;
      this.rightfulHost ??= seat.mayor;
    }
    return seat;
  }

  private release(mayor: MayorId): void {
    const i = this.seatList.findIndex((s) => s.mayor === mayor);
    if (i >= 0) this.seatList.splice(i, 1);
    if (this.host === mayor) this.handOver();
    if (this.rightfulHost === mayor) this.rightfulHost = this.host;
  }

  /** Gives the host role to the first connected human, or to nobody when none is left. */
  private handOver(): void {
    this.host = this.seatList.find((s) => s.bot === null && s.connected && s.mayor !== this.host)?.mayor ?? null;
  }

  private freeSeat(): MayorId {
    let n = 1;
    while (this.seatList.some((s) => s.mayor === `m${n}`)) n++;
    return `m${n}`;
  }

  private freeColor(): string {
    return PALETTE.find((c) => !this.colorTaken(c, null)) ?? PALETTE[0];
  }

  private colorTaken(color: string, except: MayorId | null): boolean {
    return this.seatList.some((s) => s.mayor !== except && s.color === color.toLowerCase());
  }

  private nameTaken(name: string, except: MayorId | null): boolean {
    return this.seatList.some((s) => s.mayor !== except && sameName(s.name, name));
  }

  /** The name itself when free, else the name with the first free number: "Green bot", "Green bot 2". */
  private uniqueName(name: string): string {
    if (!this.nameTaken(name, null)) return name;
    let n = 2;
    while (this.nameTaken(`${name.slice(0, 20)} ${n}`, null)) n++;
    return `${name.slice(0, 20)} ${n}`;
  }
}
