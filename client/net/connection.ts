import { Client, type Room } from "colyseus.js";
import { CampaignState } from "../../common/state/CampaignState.ts";
import type { JoinOptions } from "../../common/schemas/messages.ts";
import { loadIdentity } from "./identity.ts";
import { plainError } from "./errors.ts";
import { forgetSeat, loadSeat, saveSeat, type SavedSeat } from "./saved-seat.ts";
import { parseServerMessage, SERVER_MESSAGE_TYPES } from "../../common/schemas/server-messages.ts";
import type { ServerArgs } from "./story-log.ts";

export type CampaignRoom = Room<CampaignState>;
export type LinkStatus = "online" | "reconnecting" | "lost";

export interface ConnectionListener {
  /** A room (new, or the same seat after a reconnect) whose first state has been decoded. */
  room(room: CampaignRoom, seat: SavedSeat): void;
  /** A server message, parsed by its contract (one that breaks the contract is dropped and logged, never cast). */
  message(...args: ServerArgs): void;
  status(status: LinkStatus, detail?: string): void;
}

const ROOM = "campaign";
const RETRY_MS = 1000;
/** How long a reload keeps trying for a seat saved before its "welcome" told the window (the server's default is 60 s). */
const UNWELCOMED_RESUME_SECONDS = 30;
const CONSENTED = 4000;

/** This browser's identity token, so a seat belongs to the player (a reserved tournament seat, the rating), not the socket. */
function identity(): Pick<JoinOptions, "token"> {
  const token = loadIdentity()?.token;
  return token ? { token } : {};
}

/**
 * The one link to the game server: joins, and gets the seat back by itself after a drop or a reload.
 * Message handlers are attached the moment a room is joined, before the server's first messages can arrive.
 */
export class Connection {
  private readonly client = new Client(location.origin);
  private current: CampaignRoom | null = null;
  private leaving = false;
  /** How far the server's clock runs ahead of this device's, from the last "welcome". */
  private offsetMs = 0;

  constructor(private readonly listener: ConnectionListener) {}

  get room(): CampaignRoom | null {
    return this.current;
  }

  get clockOffsetMs(): number {
    return this.offsetMs;
  }

  quickMatch(name: string, color?: string): Promise<void> {
    return this.enter(() => this.client.joinOrCreate(ROOM, { name, ...(color ? { color } : {}), ...identity() }, CampaignState), false);
  }

  createPrivate(name: string): Promise<void> {
    return this.enter(() => this.client.create(ROOM, { name, private: true, ...identity() }, CampaignState), false);
  }

  joinByCode(code: string, name: string): Promise<void> {
    return this.enter(() => this.client.joinById(code, { name, ...identity() }, CampaignState), false, code);
  }

  spectate(code: string): Promise<void> {
    return this.enter(() => this.client.joinById(code, { spectator: true }, CampaignState), true, code);
  }

  /** Takes back the seat saved by this tab, retrying while the server may still be noticing the old socket close. */
  async resume(seat: SavedSeat): Promise<void> {
    this.listener.status("reconnecting");
    // The server keeps a dropped seat for the window its "welcome" announced (a seat saved before it arrived gets a
    // default window); a spectator simply watches again.
    const deadline = Date.now() + (seat.reconnectSeconds ?? (seat.spectator ? 0 : UNWELCOMED_RESUME_SECONDS)) * 1000;
    let lastError: unknown = null;
    do {
      try {
        const room = seat.spectator ? await this.client.joinById(seat.code, { spectator: true }, CampaignState) : await this.reclaim(seat);
        this.wire(room, { ...seat, token: room.reconnectionToken });
        return;
      } catch (error) {
        lastError = error;
        if (/not found/i.test((error as Error).message ?? "") && seat.spectator) break;
        await new Promise((done) => setTimeout(done, RETRY_MS));
      }
    } while (Date.now() < deadline && !this.leaving);
    forgetSeat();
    this.listener.status("lost", plainError(lastError, seat.code));
  }

  /**
   * The seat's own reconnection token first; after a server restart that token is gone, and the identity takes the seat
   * back. A seat saved before its "welcome" arrived goes by identity at once: its mayor is unknown, and a reconnection
   * would not say it again (a join is welcomed).
   */
  private async reclaim(seat: SavedSeat): Promise<CampaignRoom> {
    const { token } = identity();
    if (seat.mayor === null && token) return this.client.joinById(seat.code, { token }, CampaignState);
    try {
      return await this.client.reconnect(seat.token, CampaignState);
    } catch (error) {
      if (!token) throw error;
      return this.client.joinById(seat.code, { token }, CampaignState);
    }
  }

  async leave(): Promise<void> {
    this.leaving = true;
    forgetSeat();
    await this.current?.leave(true).catch(() => undefined);
    this.current = null;
  }

  private async enter(join: () => Promise<CampaignRoom>, spectator: boolean, code?: string): Promise<void> {
    try {
      const room = await join();
      this.wire(room, { token: room.reconnectionToken, code: room.roomId, spectator, mayor: null, reconnectSeconds: null });
    } catch (error) {
      throw new Error(plainError(error, code?.toUpperCase()));
    }
  }

  private wire(room: CampaignRoom, seat: SavedSeat): void {
    this.current = room;
    let saved = seat;
    saveSeat(saved);
    for (const type of SERVER_MESSAGE_TYPES) {
      room.onMessage(type, (payload: unknown) => {
        let args: ServerArgs;
        try {
          args = [type, parseServerMessage(type, payload)] as ServerArgs;
        } catch (error) {
          console.error(`The server sent a "${type}" message this client cannot read:`, error);
          return;
        }
        if (args[0] === "welcome") {
          this.offsetMs = args[1].serverTime - Date.now();
          saved = { ...saved, mayor: args[1].mayor, reconnectSeconds: args[1].reconnectSeconds };
          saveSeat(saved);
        }
        this.listener.message(...args);
      });
    }
    room.onStateChange.once(() => {
      this.listener.status("online");
      this.listener.room(room, saved);
    });
    room.onLeave((code) => {
      if (this.leaving || room !== this.current) return;
      if (code === CONSENTED) {
        forgetSeat();
        this.listener.status("lost", "The campaign closed.");
        return;
      }
      void this.resume(loadSeat() ?? saved);
    });
  }
}
