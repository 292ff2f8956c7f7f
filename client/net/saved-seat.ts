/** The seat this tab holds, kept in sessionStorage so a reload (same tab) gets it back. */
export interface SavedSeat {
  /** Colyseus reconnection token ("roomId:token"); empty for a spectator, who simply watches again. */
  token: string;
  code: string;
  spectator: boolean;
  /** The mayor id from "welcome" (the server does not repeat it on reconnect). */
  mayor: string | null;
  /** How long the server keeps this seat after a drop, from "welcome"; null until it arrived. */
  reconnectSeconds: number | null;
}

const KEY = "ecotopia.seat";

export function loadSeat(storage: Storage = sessionStorage): SavedSeat | null {
  try {
    const seat = JSON.parse(storage.getItem(KEY) ?? "null") as SavedSeat | null;
    return seat && typeof seat.code === "string" ? seat : null;
  } catch {
    return null;
  }
}

export function saveSeat(seat: SavedSeat, storage: Storage = sessionStorage): void {
  storage.setItem(KEY, JSON.stringify(seat));
}

export function forgetSeat(storage: Storage = sessionStorage): void {
  storage.removeItem(KEY);
}
