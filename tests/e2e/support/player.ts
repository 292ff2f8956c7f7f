import { Client, type Room } from "colyseus.js";
import { CampaignState } from "../../../common/state/CampaignState.ts";
import type { Speech } from "../../../common/schemas/campaign.ts";
import type { ServerMessage } from "../../../common/schemas/server-messages.ts";
import { unpackRecord, type WireRecord } from "../../../common/schemas/round-wire.ts";

/** One thing a client received, in arrival order: a decoded state (after the full state or a patch) or a message. */
export type Entry = { seq: number; kind: "state"; json: string } | { seq: number; kind: "message"; type: string; data: unknown };

export type StateJson = ReturnType<CampaignState["toJSON"]> & {
  phase: string;
  round: number;
  mayors: Record<string, { id: string; connected: boolean; done: boolean; ready: boolean }>;
};

/** The log's message type for an error of the room itself (not a message from the server's code). */
const ROOM_ERROR = "$room-error";

const WAIT_MS = 20_000;
const PACE = { burst: 6, perSecond: 3.5 };

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until every player decodes the same state (they all receive the same patches, at slightly different times). */
export async function sameState(players: readonly Player[], timeoutMs = 5000): Promise<StateJson> {
  const started = performance.now();
  for (;;) {
    const states = players.map((p) => JSON.stringify(p.state));
    if (states.every((s) => s === states[0])) return players[0]!.state;
    if (performance.now() - started > timeoutMs) throw new Error(`${players.map((p) => p.name).join(", ")} never decoded the same state`);
    await sleep(20);
  }
}

/** Every entry a client received, kept across reconnections; waiters are checked again on each new entry. */
export class Recorder {
  readonly entries: Entry[] = [];
  /** The JSON of the latest decoded state, or null before the first. */
  latest: string | null = null;
  private readonly waiters = new Set<() => void>();

  state(json: string): void {
    this.latest = json;
    this.add({ seq: this.entries.length, kind: "state", json });
  }

  message(type: string, data: unknown): void {
    this.add({ seq: this.entries.length, kind: "message", type, data });
  }

  /** Resolves with the first truthy value of `check`, evaluated now and after every new entry. */
  until<T>(check: () => T | false | null | undefined, what: string | (() => string), timeoutMs = WAIT_MS): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        let value: T | false | null | undefined;
        try {
          value = check();
        } catch (error) {
          finish();
          reject(error as Error);
          return;
        }
        if (value) {
          finish();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === "string" ? what : what()}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(attempt);
      };
      this.waiters.add(attempt);
      attempt();
    });
  }

  private add(entry: Entry): void {
    this.entries.push(entry);
    for (const waiter of [...this.waiters]) waiter();
  }
}

type Wired = { round: number; record: WireRecord };
const unpacked = (story: Wired) => ({ ...story, record: unpackRecord(story.record) });

/**
 * Round stories travel with their records packed (round-wire.ts), and a `round` message without the speeches its
 * reveal already sent: the log holds them in full, as the browser client reads them (story-log.ts), joined to the
 * speeches of the last reveal. Nothing is parsed away, so a key that should never reach a client still shows in the log.
 */
function readable(type: string, data: unknown, revealed: Speech[]): unknown {
  if (type === "round") {
    const story = (data as { story: Wired }).story;
    return { ...(data as object), story: { ...unpacked(story), speeches: revealed.filter((s) => s.round === story.round) } };
  }
  if (type === "story") {
    const { latest } = data as { latest: Wired | null };
    return { ...(data as object), latest: latest && unpacked(latest) };
  }
  return data;
}

/**
 * A colyseus.js client whose rooms record everything from their first byte: handlers are attached when the room
 * object is made, before it connects, so a message sent in the server's onJoin (welcome) is never missed.
 */
class RecordingClient extends Client {
  /** The speeches of the last reveal, which the next `round` message goes with. */
  private revealed: Speech[] = [];

  constructor(
    endpoint: string,
    private readonly recorder: Recorder,
  ) {
    super(endpoint);
  }

  protected override createRoom<T>(roomName: string, rootSchema?: new () => T): Room<T> {
    const room = super.createRoom(roomName, rootSchema);
    room.onStateChange((state) => this.recorder.state(JSON.stringify((state as CampaignState).toJSON())));
    room.onMessage("*", (type, data) => {
      if (type === "speeches") this.revealed = data as Speech[];
      this.recorder.message(String(type), readable(String(type), data, this.revealed));
    });
    // Room errors (a refused join among them) go to the log instead of the console.
    room.onError.clear();
    room.onError((code, message) => this.recorder.message(ROOM_ERROR, { code, message }));
    return room;
  }
}

export type JoinHow = { create: { private?: boolean } } | { joinById: string } | { joinOrCreate: true };

/** A real client over WebSocket: a mayor or a spectator, with its full log. */
export class Player {
  readonly log = new Recorder();
  private readonly client: RecordingClient;
  private current: Room<CampaignState> | null = null;
  /** A slightly stricter copy of the room's rate limiter, for `pace`. */
  private readonly bucket = { tokens: PACE.burst, at: performance.now() };

  constructor(
    endpoint: string,
    readonly name: string,
  ) {
    this.client = new RecordingClient(endpoint, this.log);
  }

  /** Joins as a mayor (or as a spectator with `spectator: true`), with an identity's token when given, and waits for the welcome and the first state. */
  async join(how: JoinHow, options: { spectator?: boolean; token?: string } = {}): Promise<this> {
    const joinOptions = options.spectator ? { spectator: true } : { name: this.name, ...(options.token ? { token: options.token } : {}) };
    if ("create" in how) this.current = await this.client.create("campaign", { ...joinOptions, ...how.create }, CampaignState);
    else if ("joinById" in how) this.current = await this.client.joinById(how.joinById, joinOptions, CampaignState);
    else this.current = await this.client.joinOrCreate("campaign", joinOptions, CampaignState);
    await this.log.until(() => this.messages("welcome").length > 0 && this.log.latest !== null, `${this.name}'s welcome and first state`);
    return this;
  }

  get room(): Room<CampaignState> {
    if (!this.current) throw new Error(`${this.name} has not joined a room`);
    return this.current;
  }

  get code(): string {
    return this.room.roomId;
  }

  /** The seat given in the welcome message; null for a spectator. */
  get mayor(): string | null {
    const welcome = this.messages<{ mayor: string | null }>("welcome")[0];
    if (!welcome) throw new Error(`${this.name} got no welcome`);
    return welcome.mayor;
  }

  get seat(): string {
    const mayor = this.mayor;
    if (mayor === null) throw new Error(`${this.name} is a spectator`);
    return mayor;
  }

  /** The latest decoded state as JSON. */
  get state(): StateJson {
    if (this.log.latest === null) throw new Error(`${this.name} has no state yet`);
    return JSON.parse(this.log.latest) as StateJson;
  }

  send(type: string | number, data?: unknown): void {
    this.refill();
    this.bucket.tokens = Math.max(0, this.bucket.tokens - 1);
    this.room.send(type, data);
  }

  /** Waits, when needed, so that the next message is not rate-limited (the room allows 8 at once, then 4 a second). */
  async pace(): Promise<void> {
    this.refill();
    if (this.bucket.tokens < 1) await sleep(((1 - this.bucket.tokens) / PACE.perSecond) * 1000);
  }

  private refill(): void {
    const now = performance.now();
    this.bucket.tokens = Math.min(PACE.burst, this.bucket.tokens + ((now - this.bucket.at) / 1000) * PACE.perSecond);
    this.bucket.at = now;
  }

  /** The seq of the last entry so far: pass it to `next`, `messages` or `states` to look only at what came after. */
  mark(): number {
    return this.log.entries.length - 1;
  }

  states(after = -1) {
    return this.log.entries.filter((e): e is Extract<Entry, { kind: "state" }> => e.kind === "state" && e.seq > after);
  }

  messages<T = unknown>(type: string, after = -1): T[] {
    return this.log.entries.filter((e) => e.kind === "message" && e.type === type && e.seq > after).map((e) => (e as { data: T }).data);
  }

  /** The first message of `type` after the mark (optionally matching `where`), waiting for it if needed. */
  next<T = unknown>(type: string, after = -1, where: (data: T) => boolean = () => true): Promise<T> {
    return this.log.until(() => this.messages<T>(type, after).find(where), `${this.name}: "${type}" message`);
  }

  /** Waits for the first state that satisfies `check` (checked on each new state only). */
  waitState(check: (state: StateJson) => boolean, what: string): Promise<StateJson> {
    let seen: string | null = null;
    return this.log.until(() => {
      if (this.log.latest === null || this.log.latest === seen) return null;
      seen = this.log.latest;
      const state = this.state;
      return check(state) ? state : null;
    }, () => `${this.name}: ${what} (now ${this.log.latest === null ? "no state" : `${this.state.phase} round ${this.state.round}`})`);
  }

  waitPhase(phase: string, round?: number): Promise<StateJson> {
    return this.waitState((s) => s.phase === phase && (round === undefined || s.round === round), `phase ${phase}${round ? ` round ${round}` : ""}`);
  }

  errors(after = -1): ServerMessage<"error">[] {
    return this.messages<ServerMessage<"error">>("error", after);
  }

  /** Cuts the connection as a network failure would (not consented): the server keeps the seat for a while. */
  async drop(): Promise<void> {
    const room = this.room;
    const left = new Promise<void>((resolve) => room.onLeave.once(() => resolve()));
    room.connection.close();
    await left;
  }

  /** Comes back to the dropped room with its reconnection token: same session, same seat. */
  async reconnect(): Promise<void> {
    const token = this.room.reconnectionToken;
    const mark = this.mark();
    this.current = await this.client.reconnect(token, CampaignState);
    await this.log.until(() => this.states(mark).length > 0, `${this.name}'s state after reconnecting`);
  }

  /** Leaves on purpose (consented). */
  async leave(): Promise<void> {
    if (this.current?.connection.isOpen) await this.current.leave(true);
  }
}
