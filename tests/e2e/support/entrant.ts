import { Client, type Room } from "colyseus.js";
import { TOURNAMENT_ROOM, TournamentServerMessages, type TournamentLobbyView, type TournamentServerMessage } from "../../../common/schemas/tournament-room.ts";
import type { TournamentSettings } from "../../../common/schemas/tournament.ts";
import { TournamentState } from "../../../common/state/TournamentState.ts";
import type { PlayerId, PlayerToken } from "../../../common/schemas/identity.ts";
import { Player, Recorder } from "./player.ts";

/** Every state patch the campaign sends: a mayor still to act in a policy or speech phase says "done" once. */
function autoplay(player: Player): void {
  let last = "";
  player.room.onStateChange((state) => {
    const json = state.toJSON() as { phase: string; round: number; mayors: Record<string, { done: boolean }> };
    const key = `${json.round} ${json.phase}`;
    if ((json.phase === "policy" || json.phase === "speech") && json.mayors[player.seat]?.done === false && key !== last) {
      last = key;
      player.send("done", {});
    }
  });
}

/** What an entrant needs of a server (a TestServer is one): its port, and new campaign clients to it. */
export interface EntrantServer {
  running: { port: number };
  player(name: string): Player;
}

/**
 * A scripted tournament player: an identity, its connection to the tournament lobby (every message parsed with the
 * room's contract and recorded) and the campaign it plays each round, which it joins with its token and plays
 * by saying "done" in every phase.
 */
export class Entrant {
  readonly log = new Recorder();
  private readonly client: Client;
  private current: Room<TournamentState> | null = null;

  constructor(
    private readonly server: EntrantServer,
    readonly name: string,
    readonly id: PlayerId,
    readonly token: PlayerToken,
  ) {
    this.client = new Client(`ws://127.0.0.1:${server.running.port}`);
  }

  async enter(how: { create: TournamentSettings } | { code: string }): Promise<this> {
    const room =
      "create" in how
        ? await this.client.create(TOURNAMENT_ROOM, { token: this.token, create: how.create }, TournamentState)
        : await this.client.joinById(how.code, { token: this.token }, TournamentState);
    room.onMessage("*", (type, data) => {
      const parsed = TournamentServerMessages[type as keyof typeof TournamentServerMessages].parse(data);
      this.log.message(String(type), parsed);
    });
    room.onStateChange((state) => this.log.state(JSON.stringify(state.toJSON())));
    this.current = room;
    const views = this.messages("view").length;
    await this.log.until(() => this.messages("view").length > views && room.state.code !== "", `${this.name}'s first view and state`);
    return this;
  }

  get room(): Room<TournamentState> {
    if (!this.current) throw new Error(`${this.name} is not in a tournament`);
    return this.current;
  }

  messages<T extends keyof typeof TournamentServerMessages>(type: T): TournamentServerMessage<T>[] {
    return this.log.entries.flatMap((e) => (e.kind === "message" && e.type === type ? [e.data as TournamentServerMessage<T>] : []));
  }

  get view(): TournamentLobbyView {
    const view = this.messages("view").at(-1);
    if (!view) throw new Error(`${this.name} has no view`);
    return view;
  }

  untilView(check: (view: TournamentLobbyView) => boolean, what: string, timeoutMs?: number): Promise<TournamentLobbyView> {
    return this.log.until(() => {
      const view = this.messages("view").at(-1);
      return view && check(view) ? view : null;
    }, `${this.name}: ${what}`, timeoutMs);
  }

  send(type: string, data: unknown = {}): void {
    this.room.send(type, data);
  }

  /**
   * Waits for the seat of `round`, then plays that campaign; with `autoplaying` false the player takes the seat and
   * does nothing, so its campaign stays in its first phase until that phase's timer (or a script) moves it on.
   */
  async play(round: number, autoplaying = true): Promise<Player> {
    const seat = await this.log.until(() => this.messages("seat").find((s) => s.round === round), `${this.name}'s seat in round ${round}`);
    return this.join(seat.roomId, autoplaying);
  }

  /** Joins a campaign with the token alone (a first join, or a return to the seat) and plays it. */
  async join(roomId: string, autoplaying = true): Promise<Player> {
    const player = await this.server.player(this.name).join({ joinById: roomId }, { token: this.token });
    if (autoplaying) autoplay(player);
    return player;
  }

  /** Cuts the lobby connection as a network failure would. */
  async drop(): Promise<void> {
    const room = this.room;
    const left = new Promise<void>((resolve) => room.onLeave.once(() => resolve()));
    room.connection.close();
    await left;
  }

  async leave(): Promise<void> {
    if (this.current?.connection.isOpen) await this.current.leave(true);
  }
}
