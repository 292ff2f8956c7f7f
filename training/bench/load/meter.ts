import { Protocol, Room } from "colyseus.js";

/** Bytes a room's client received: everything, and the last full state (the first message of a join). */
export interface RoomBytes {
  total: number;
  fullState: number;
}

const bytes = new WeakMap<object, RoomBytes>();

/**
 * Counts every byte each room receives. colyseus.js binds `Room.prototype.onMessageCallback` when a room connects,
 * so wrapping the prototype once, before any connection, sees every frame of every room.
 */
export function countRoomBytes(): void {
  const proto = Room.prototype as unknown as { onMessageCallback(this: object, event: { data: ArrayBuffer | Uint8Array }): void };
  const original = proto.onMessageCallback;
  proto.onMessageCallback = function (event) {
    const data = event.data;
    const length = data.byteLength;
    const entry = bytes.get(this) ?? { total: 0, fullState: 0 };
    entry.total += length;
    const code = data instanceof Uint8Array ? data[0] : new Uint8Array(data, 0, 1)[0];
    if (code === Protocol.ROOM_STATE) entry.fullState = length;
    bytes.set(this, entry);
    original.call(this, event);
  };
}

export function roomBytes(room: object): RoomBytes {
  return bytes.get(room) ?? { total: 0, fullState: 0 };
}

/** Latency samples (ms) of one measuring window. */
export class Samples {
  private values: number[] = [];

  add(ms: number): void {
    this.values.push(ms);
  }

  get count(): number {
    return this.values.length;
  }

  /** The q-quantile (0–1) by nearest rank; NaN without samples. */
  quantile(q: number): number {
    if (!this.values.length) return Number.NaN;
    const sorted = [...this.values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  }

  max(): number {
    return this.values.length ? this.values.reduce((a, b) => Math.max(a, b)) : Number.NaN;
  }

  reset(): void {
    this.values = [];
  }
}
