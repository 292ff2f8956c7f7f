import type { Room } from "colyseus.js";
import { BareState } from "./bare-state.ts";
import { leaveAll, ListeningClient } from "./listening-client.ts";
import type { Samples } from "./meter.ts";
import type { LoadRoom } from "./load-room.ts";

const SEATS = 6;
const ACTION_EVERY_MS = 2000;

/** One seat of the bare room: a tile action every 2 s, timed from the send to the patch that counts it. */
function playSeat(room: Room<BareState>, latency: Samples): () => void {
  let sent = 0;
  const pending: number[] = [];
  room.onStateChange((state) => {
    const done = state.players.get(room.sessionId)?.actions ?? 0;
    const now = performance.now();
    while (pending.length && done >= sent - pending.length + 1) latency.add(now - pending.shift()!);
  });
  const tick = () => {
    if (!room.connection.isOpen) return;
    sent++;
    pending.push(performance.now());
    room.send("act", { x: Math.floor(Math.random() * 10), y: Math.floor(Math.random() * 10) });
  };
  let interval: NodeJS.Timeout | undefined;
  const start = setTimeout(() => {
    tick();
    interval = setInterval(tick, ACTION_EVERY_MS);
  }, Math.random() * ACTION_EVERY_MS);
  return () => {
    clearTimeout(start);
    clearInterval(interval);
  };
}

/** A bare room with six acting seats and `spectators` watchers, each on its own connection. */
export async function openBareRoom(endpoint: string, spectators: number, latency: Samples): Promise<LoadRoom> {
  const ignore = () => {};
  const first = await new ListeningClient(endpoint, ignore).create("bare", {}, BareState);
  const rooms: Room<BareState>[] = [first];
  for (let i = 1; i < SEATS; i++) rooms.push(await new ListeningClient(endpoint, ignore).joinById(first.roomId, {}, BareState));
  for (let i = 0; i < spectators; i++) rooms.push(await new ListeningClient(endpoint, ignore).joinById(first.roomId, { spectator: true }, BareState));
  const stops = rooms.slice(0, SEATS).map((room) => playSeat(room, latency));
  return {
    rooms,
    async close() {
      for (const stop of stops) stop();
      await leaveAll(rooms);
    },
  };
}
