import { Client, type Room } from "colyseus.js";
import {
  TOURNAMENT_ROOM,
  TournamentServerMessages,
  type TournamentClientMessage,
  type TournamentClientMessageType,
  type TournamentJoinOptions,
  type TournamentServerMessage,
  type TournamentServerMessageType,
} from "../../common/schemas/tournament-room.ts";
import type { TournamentSettings } from "../../common/schemas/tournament.ts";
import { TournamentState } from "../../common/state/TournamentState.ts";
import { plainError } from "./errors.ts";
import { loadIdentity } from "./identity.ts";

export interface TournamentListener {
  /** A server message, parsed by its contract (one that breaks it is dropped and logged, never cast). */
  message<T extends TournamentServerMessageType>(type: T, message: TournamentServerMessage<T>): void;
  /** The link is gone for good (the room closed, or the server stayed out of reach). */
  lost(reason: string): void;
}

const RETRY_MS = 1000;
const RETRIES = 20;
const CONSENTED = 4000;

/** The identity token goes in the join options only; without one the page watches. */
function joinOptions(create?: TournamentSettings): TournamentJoinOptions {
  const token = loadIdentity()?.token;
  return { ...(token ? { token } : {}), ...(create ? { create } : {}) };
}

/**
 * This page's link to a tournament lobby room (its room id is the tournament's code). A drop is followed by a fresh
 * join with the same identity, since the server knows players by identity, not by socket.
 */
export class TournamentLink {
  private readonly client = new Client(location.origin);
  private room: Room<TournamentState> | null = null;
  private closed = false;

  private constructor(private readonly listener: TournamentListener) {}

  static async create(settings: TournamentSettings, listener: TournamentListener): Promise<TournamentLink> {
    const link = new TournamentLink(listener);
    await link.enter(() => link.client.create(TOURNAMENT_ROOM, joinOptions(settings), TournamentState));
    return link;
  }

  static async join(code: string, listener: TournamentListener): Promise<TournamentLink> {
    const link = new TournamentLink(listener);
    await link.enter(() => link.client.joinById(code, joinOptions(), TournamentState));
    return link;
  }

  get code(): string {
    return this.room?.roomId ?? "";
  }

  /** Joins again under this browser's identity as it is now (after one was issued to register). */
  async rejoin(): Promise<void> {
    const code = this.code;
    const old = this.room;
    this.room = null;
    await old?.leave(true).catch(() => undefined);
    await this.enter(() => this.client.joinById(code, joinOptions(), TournamentState));
  }

  send<T extends TournamentClientMessageType>(type: T, message: TournamentClientMessage<T>): void {
    this.room?.send(type, message);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.room?.leave(true).catch(() => undefined);
    this.room = null;
  }

  private async enter(join: () => Promise<Room<TournamentState>>): Promise<void> {
    let room: Room<TournamentState>;
    try {
      room = await join();
    } catch (error) {
      throw new Error(/not found/i.test((error as Error).message ?? "") ? "This tournament's lobby is not open: it may be over, or the code is wrong." : plainError(error));
    }
    this.room = room;
    for (const type of Object.keys(TournamentServerMessages) as TournamentServerMessageType[]) {
      room.onMessage(type, (payload: unknown) => {
        const parsed = TournamentServerMessages[type].safeParse(payload);
        if (parsed.success) this.listener.message(type, parsed.data as TournamentServerMessage<typeof type>);
        else console.error(`The server sent a "${type}" message this page cannot read:`, parsed.error);
      });
    }
    room.onLeave((code) => {
      if (this.closed || room !== this.room) return;
      this.room = null;
      if (code === CONSENTED) this.listener.lost("The tournament lobby closed.");
      else void this.reconnect(room.roomId);
    });
  }

  private async reconnect(code: string): Promise<void> {
    for (let attempt = 0; attempt < RETRIES && !this.closed; attempt++) {
      try {
        await this.enter(() => this.client.joinById(code, joinOptions(), TournamentState));
        return;
      } catch {
        await new Promise((done) => setTimeout(done, RETRY_MS));
      }
    }
    if (!this.closed) this.listener.lost("The connection to the tournament was lost. Reload the page to try again.");
  }
}
