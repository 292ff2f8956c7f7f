import { Packr } from "@colyseus/msgpackr";
import { encode } from "@colyseus/schema";
import { beforeAll, expect, it } from "vitest";
import { openLobby } from "../support/campaign.ts";
import { sleep, type Player } from "../support/player.ts";
import type { Live, TestServer } from "../support/server.ts";

/** Colyseus's ROOM_DATA protocol byte: a message with a type and a msgpack payload. */
const ROOM_DATA = 13;
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** The bytes of one room message as any client could send them, with a payload msgpack can carry but JSON cannot. */
function frame(type: string | number, payload: unknown, packr = new Packr({ structuredClone: true, useRecords: false })): Uint8Array {
  const head = new Uint8Array(256);
  head[0] = ROOM_DATA;
  const it = { offset: 1 };
  if (typeof type === "string") encode.string(head as unknown as Buffer, type, it);
  else encode.number(head as unknown as Buffer, type, it);
  const body = packr.pack(payload);
  const bytes = new Uint8Array(it.offset + body.length);
  bytes.set(head.subarray(0, it.offset));
  bytes.set(body, it.offset);
  return bytes;
}

/**
 * Messages an attacker can craft by hand: each one, alone, used to kill the whole process. The gate refuses every
 * one with an error to the sender (or Colyseus drops the connection), and the honest campaign beside it goes on.
 */
export function hostileSuite(live: Live): void {
  let server: TestServer;
  let ada: Player;
  let attacker: Player;

  beforeAll(async () => {
    server = live.server;
    [ada] = await openLobby(server, ["Honest Ada", "Honest Bo"], { rounds: 3 });
    attacker = await server.player("Attacker").join({ joinById: ada!.code }, { spectator: true });
  });

  /** Sends one hand-made frame, slower than the room's rate limit, and waits for its refusal or for the connection to drop. */
  async function refusedOrDropped(type: string | number, payload: unknown, codes: readonly string[]): Promise<void> {
    await sleep(300);
    const mark = attacker.mark();
    attacker.room.connection.send(frame(type, payload));
    const closed = new Promise<"dropped">((resolve) => attacker.room.onLeave(() => resolve("dropped")));
    const outcome = await Promise.race([attacker.next<{ code: string }>("error", mark).then((e) => e.code), closed]);
    if (outcome === "dropped") attacker = await server.player("Attacker").join({ joinById: ada.code }, { spectator: true });
    else expect(codes).toContain(outcome);
  }

  async function expectAlive(): Promise<void> {
    const health = await server.get<{ ok: boolean }>("/health");
    expect(health.status).toBe(200);
  }

  it("refuses a message typed with any Object.prototype name", async () => {
    for (const name of PROTOTYPE_NAMES) await refusedOrDropped(name, {}, ["unknown_message"]);
    await expectAlive();
  });
}
