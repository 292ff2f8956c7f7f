import type { Strategy } from "../../common/bots/strategy.ts";
import { MAX_MAYORS, type MayorId } from "../../common/schemas/game.ts";

export const PALETTE = ["#e4572e", "#17bebb", "#ffc914", "#76b041", "#a05195", "#2e86de"] as const;

export interface Seat {
  mayor: MayorId;
  /** The client's session, or null for a bot (and for a human whose connection dropped and never came back). */
  sessionId: string | null;
  bot: Strategy | null;
  connected: boolean;
}

/** Who sits where: session ↔ mayor, bots, and the host. The room owns identity; clients never say who they are. */
export class Seats {
  private readonly seats: Seat[] = [];
  host: MayorId | null = null;

  get all(): readonly Seat[] {
    return this.seats;
  }

  get full(): boolean {
    return this.seats.length >= MAX_MAYORS;
  }

  bySession(sessionId: string): Seat | undefined {
    return this.seats.find((s) => s.sessionId === sessionId);
  }

  byMayor(mayor: MayorId): Seat | undefined {
    return this.seats.find((s) => s.mayor === mayor);
  }

  /** Takes the lowest free seat number (m1 … m6). */
  take(sessionId: string | null, bot: Strategy | null): Seat {
    let n = 1;
    while (this.seats.some((s) => s.mayor === `m${n}`)) n++;
    const seat: Seat = { mayor: `m${n}`, sessionId, bot, connected: sessionId !== null };
    this.seats.push(seat);
    this.seats.sort((a, b) => a.mayor.localeCompare(b.mayor));
    if (this.host === null && bot === null) this.host = seat.mayor;
    return seat;
  }

  release(mayor: MayorId): void {
    const i = this.seats.findIndex((s) => s.mayor === mayor);
    if (i >= 0) this.seats.splice(i, 1);
    if (this.host === mayor) this.handOver();
  }

  /** Gives the host role to the first connected human, or to nobody when none is left. */
  handOver(): void {
    this.host = this.seats.find((s) => s.bot === null && s.connected && s.mayor !== this.host)?.mayor ?? null;
  }
}
