import type { Room } from "colyseus.js";
import { ruleFor } from "../../../common/rules/actions.ts";
import { MAP_SIZE, type ActionType, type TileType } from "../../../common/schemas/game.ts";
import { CampaignState } from "../../../common/state/CampaignState.ts";
import { leaveAll, ListeningClient } from "./listening-client.ts";
import type { LoadRoom } from "./load-room.ts";
import type { Samples } from "./meter.ts";
import { benchSpeech } from "./speeches.ts";

const MAYORS = 6;
/** Actions a bench mayor tries, most preferred first: mostly gentle, so that most campaigns run their full length. */
const PREFERRED: readonly ActionType[] = ["PLANT_FOREST", "BUILD_RESEARCH_CENTER", "BUILD_SOLAR", "REPLACE_WITH_SOLAR", "UPGRADE_CARBON_CAPTURE", "BUILD_FACTORY", "CLEAR_FARMLAND"];

export interface GameMeters {
  /** Send → the patch that shows it, for tile actions and speeches. */
  latency: Samples;
  /** Resolving's length as the host's client sees it: from the patch that enters it to the one that leaves it. */
  resolving: Samples;
}

/** A move the rules allow now on a tile nobody has taken this round, from a random starting tile. */
function chooseMove(state: CampaignState): { x: number; y: number; action: ActionType } | null {
  const start = Math.floor(Math.random() * state.tiles.length);
  for (let k = 0; k < state.tiles.length; k++) {
    const i = (start + k) % state.tiles.length;
    const tile = state.tiles[i]!;
    if (tile.actedBy !== "") continue;
    const action = PREFERRED.find((a) => {
      const rule = ruleFor(a, tile.type as TileType);
      return rule !== undefined && rule.gate <= state.bars.research;
    });
    if (action) return { x: i % MAP_SIZE, y: Math.floor(i / MAP_SIZE), action };
  }
  return null;
}

/**
 * One bench mayor over the public protocol: ready in the lobby, two tile actions in each policy phase and one speech in
 * each speech phase at a random moment (at once when `hurried`, then done), and for the host: start, and a rematch
 * after the election unless hurried.
 */
class BenchMayor {
  room!: Room<CampaignState>;
  seat = "";
  private stage = "";
  /** Lobby messages already sent since the room entered the lobby, so that a slow patch does not repeat them. */
  private readonly asked = new Set<"ready" | "start">();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly pendingActs: { index: number; sentAt: number }[] = [];
  private speechSentAt = 0;
  private resolvingSince = 0;

  constructor(
    private readonly host: boolean,
    private readonly hurried: boolean,
    private readonly meters: GameMeters,
  ) {}

  heard(type: string, data: unknown): void {
    if (type === "welcome") this.seat = (data as { mayor: string | null }).mayor ?? "";
    if (type === "error" && (data as { refused?: string }).refused === "act") this.pendingActs.shift();
  }

  attach(room: Room<CampaignState>): void {
    this.room = room;
    room.onStateChange((state) => this.observe(state));
  }

  private later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.room.connection.isOpen) run();
    }, ms);
    this.timers.add(timer);
  }

  private within(seconds: number): number {
    return this.hurried ? 0 : 300 + Math.random() * seconds * 800;
  }

  private observe(state: CampaignState): void {
    const now = performance.now();
    while (this.pendingActs.length && state.tiles[this.pendingActs[0]!.index]?.actedBy === this.seat) this.meters.latency.add(now - this.pendingActs.shift()!.sentAt);
    if (this.speechSentAt && state.mayors.get(this.seat)?.spoke) {
      this.meters.latency.add(now - this.speechSentAt);
      this.speechSentAt = 0;
    }
    const stage = `${state.phase}:${state.round}`;
    if (stage === this.stage) return this.lobbyTurn(state);
    if (this.host && this.stage.startsWith("resolving") && this.resolvingSince) this.meters.resolving.add(now - this.resolvingSince);
    this.stage = stage;
    this.asked.clear();
    this.pendingActs.length = 0;
    this.speechSentAt = 0;
    const { policySeconds, speechSeconds } = state.settings;
    if (state.phase === "policy") {
      this.later(this.within(policySeconds), () => this.act());
      this.later(this.within(policySeconds) + 50, () => this.act());
      if (this.hurried) this.later(100, () => this.room.send("done", {}));
    } else if (state.phase === "speech") {
      this.later(this.within(speechSeconds), () => {
        this.speechSentAt = performance.now();
        this.room.send("speak", { text: benchSpeech(this.seat, this.room.state.round) });
      });
    } else if (state.phase === "resolving") {
      this.resolvingSince = now;
    } else if (state.phase === "ended" && this.host && !this.hurried) {
      this.later(1000, () => this.room.send("rematch", {}));
    }
    this.lobbyTurn(state);
  }

  private lobbyTurn(state: CampaignState): void {
    if (state.phase !== "lobby") return;
    if (state.mayors.get(this.seat)?.ready === false) this.askOnce("ready", { ready: true });
    const ready = [...state.mayors.values()].filter((m) => m.ready).length;
    if (this.host && ready === MAYORS) this.askOnce("start", {});
  }

  private askOnce(type: "ready" | "start", data: object): void {
    if (this.asked.has(type)) return;
    this.asked.add(type);
    this.room.send(type, data);
  }

  private act(): void {
    const move = chooseMove(this.room.state);
    if (!move) return;
    this.pendingActs.push({ index: move.y * MAP_SIZE + move.x, sentAt: performance.now() });
    this.room.send("act", move);
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}

/** A private campaign room with six bench mayors and `spectators` watchers, each on its own connection. */
export async function openGameRoom(endpoint: string, spectators: number, meters: GameMeters, hurried = false): Promise<LoadRoom> {
  const mayors = Array.from({ length: MAYORS }, (_, i) => new BenchMayor(i === 0, hurried, meters));
  const connect = (mayor: BenchMayor) => new ListeningClient(endpoint, (type, data) => mayor.heard(type, data));
  const host = mayors[0]!;
  host.attach(await connect(host).create("campaign", { name: "Bench Mayor 1", private: true }, CampaignState));
  const code = host.room.roomId;
  for (let i = 1; i < MAYORS; i++) mayors[i]!.attach(await connect(mayors[i]!).joinById(code, { name: `Bench Mayor ${i + 1}` }, CampaignState));
  const watchers: Room[] = [];
  for (let i = 0; i < spectators; i++) watchers.push(await new ListeningClient(endpoint, () => {}).joinById(code, { spectator: true }, CampaignState));
  const rooms = [...mayors.map((m) => m.room), ...watchers];
  return {
    rooms,
    async close() {
      for (const mayor of mayors) mayor.stop();
      await leaveAll(rooms);
    },
  };
}
