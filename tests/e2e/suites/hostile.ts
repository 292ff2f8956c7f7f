import { Packr } from "@colyseus/msgpackr";
import { encode } from "@colyseus/schema";
import { beforeAll, expect, it } from "vitest";
import { allDone, openLobby, startCampaign } from "../support/campaign.ts";
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

function nested(depth: number, asArray: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** A seeded generator for the fuzz, so a failure can be replayed. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const value = (depth: number): unknown => {
    const kind = Math.floor(next() * (depth > 3 ? 6 : 9));
    switch (kind) {
      case 0:
        return Math.floor(next() * 2 ** 31) * (next() < 0.5 ? -1 : 1);
      case 1:
        return "x".repeat(Math.floor(next() * 64));
      case 2:
        return next() < 0.5;
      case 3:
        return null;
      case 4:
        return BigInt(Math.floor(next() * 1e6));
      case 5:
        return next() * 1e9;
      case 6:
        return Array.from({ length: Math.floor(next() * 5) }, () => value(depth + 1));
      case 7:
        return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [pick([...PROTOTYPE_NAMES, "x", "text", "ready"]), value(depth + 1)]));
      default:
        return nested(50 + Math.floor(next() * 1000), next() < 0.5);
    }
  };
  const type = () => pick<string | number>([...PROTOTYPE_NAMES, "act", "speak", "ready", "profile", "settings", "start", "bot", "*", "__no_message_handler", 0, 13, -1]);
  return { type, value: () => value(0) };
}

/**
 * Messages an attacker can craft by hand: each one, alone, used to kill the whole process. The gate refuses every
 * one with an error to the sender (or Colyseus drops the connection), and the honest campaign beside it goes on.
 */
export function hostileSuite(live: Live): void {
  let server: TestServer;
  let ada: Player;
  let bo: Player;
  let attacker: Player;

  beforeAll(async () => {
    server = live.server;
    [ada, bo] = await openLobby(server, ["Honest Ada", "Honest Bo"], { rounds: 3 });
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

  it("refuses a BigInt, a cyclic payload and payloads nested thousands deep", async () => {
    const cyclic: Record<string, unknown> = { text: "hi" };
    cyclic.self = cyclic;
    const hostile: unknown[] = [{ text: 10n ** 15n }, cyclic, nested(1500, true), nested(1500, false)];
    for (const payload of hostile) await refusedOrDropped("speak", payload, ["invalid", "too_large"]);
    await expectAlive();
  });

  it("survives a bounded fuzz of random types and payloads while the honest campaign finishes", async () => {
    const fuzz = generator(20261205);
    const attackers = [attacker, await server.player("Fuzzer").join({ joinById: ada.code }, { spectator: true })];
    await startCampaign(ada, [ada, bo]);
    let stop = false;
    const flood = (async () => {
      let sent = 0;
      while (!stop && sent < 400) {
        const sender = attackers[sent % attackers.length]!;
        if (sender.room.connection.isOpen) {
          sender.room.connection.send(frame(fuzz.type(), fuzz.value()));
          sent++;
        }
        await sleep(130);
      }
      return sent;
    })();
    const honest = [ada, bo];
    for (let round = 1; round <= 3; round++) {
      await Promise.all(honest.map((p) => p.waitState((s) => s.phase === "policy" && s.round === round, `policy ${round}`)));
      allDone(honest);
      await Promise.all(honest.map((p) => p.waitState((s) => s.phase === "speech" && s.round === round, `speech ${round}`)));
      ada.send("speak", { text: "I will plant a forest by the river before the vote." });
      bo.send("speak", { text: "No more factories: the farmland stays farmland." });
      await Promise.all(honest.map((p) => p.waitState((s) => s.phase === "reactions" || s.phase === "ended" || s.round > round, `round ${round} resolved`)));
      allDone(honest);
    }
    await ada.next("result");
    stop = true;
    expect(await flood).toBeGreaterThan(50);
    expect(ada.state.phase).toBe("ended");
    expect(ada.errors()).toEqual([]);
    await expectAlive();
  });
}
