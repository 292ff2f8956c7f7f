import type { Room } from "colyseus.js";

/** One benchmarked room as the driver holds it: every client's connection, and how to let them all go. */
export interface LoadRoom {
  rooms: readonly Room[];
  close(): Promise<void>;
}
