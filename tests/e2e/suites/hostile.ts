import { Packr } from "@colyseus/msgpackr";
import { encode } from "@colyseus/schema";
import { beforeAll, expect, it } from "vitest";
import { nextRandom } from "../../../common/rules/rng.ts";
import { ClientMessages } from "../../../common/schemas/messages.ts";
import { allDone, nextRoundOrEnd, openLobby, startCampaign } from "../support/campaign.ts";
import { sleep, type Player } from "../support/player.ts";
import type { Live, TestServer } from "../support/server.ts";

/** Colyseus's ROOM_DATA protocol byte: a message with a type and a msgpack payload. */
const ROOM_DATA = 13;
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const packr = new Packr({ structuredClone: true, useRecords: false });

/** The bytes of one room message as any client could send them: a type, then a msgpack body made by hand or by Packr. */
function frame(type: string | number, body: Uint8Array): Uint8Array {
  const head = new Uint8Array(256);
  head[0] = ROOM_DATA;
  const it = { offset: 1 };
  if (typeof type === "string") encode.string(head as unknown as Buffer, type, it);
  else encode.number(head as unknown as Buffer, type, it);
  const bytes = new Uint8Array(it.offset + body.length);
  bytes.set(head.subarray(0, it.offset));
  bytes.set(body, it.offset);
  return bytes;
}

/**
 * msgpack written byte by byte, so nesting of any depth costs the sender no recursion: `depth` one-element arrays
 * (0x91) or one-key maps (0x81, key "a") around a nil.
 */
function nested(depth: number, kind: "array" | "map"): Uint8Array {
  const unit = kind === "array" ? [0x91] : [0x81, 0xa1, 0x61];
  const bytes = new Uint8Array(depth * unit.length + 1);
  for (let i = 0; i < depth; i++) bytes.set(unit, i * unit.length);
  bytes[bytes.length - 1] = 0xc0;
  return bytes;
}

/** `{ text: 2^64 − 1 }`: a uint64 that the server's decoder turns into a BigInt. */
const BIGINT_BODY = Uint8Array.of(0x81, 0xa4, ...new TextEncoder().encode("text"), 0xcf, ...new Array<number>(8).fill(0xff));

function cyclic(): Uint8Array {
  const loop: Record<string, unknown> = { text: "round and round" };
  loop.self = loop;
  return packr.pack(loop);
}

/** One random frame of the fuzz: a type from every family an attacker would try, a body from random to pathological. */
function fuzzFrame(seed: number): { bytes: Uint8Array; seed: number } {
  let s = seed;
  const roll = (n: number) => {
    const r = nextRandom(s);
    s = r.state;
    return Math.floor(r.value * n);
  };
  const types: readonly (string | number)[] = [...PROTOTYPE_NAMES, ...Object.keys(ClientMessages), "", "__proto__", "x".repeat(200), 0, 13, -1, 2 ** 31];
  const type = types[roll(types.length)]!;
  const scalars: readonly unknown[] = [null, true, 0, -1, 1e308, Number.NaN, "", "x".repeat(5000), { text: 42 }, { x: 99, y: -1, action: "nuke" }];
  let body: Uint8Array;
  switch (roll(5)) {
    case 0:
      body = nested(100 + roll(4000), roll(2) ? "array" : "map");
      break;
    case 1:
      body = BIGINT_BODY;
      break;
    case 2:
      body = cyclic();
      break;
    case 3:
      body = Uint8Array.from({ length: 1 + roll(64) }, () => roll(256));
      break;
    default:
      body = packr.pack(scalars[roll(scalars.length)]);
  }
  return { bytes: frame(type, body), seed: s };
}

/**
 * Messages an attacker can craft by hand: each one, alone, used to kill the whole process. The gate refuses every
 * one with an error to the sender (or Colyseus drops the connection), and the honest campaign beside it goes on.
 */
export function hostileSuite(live: Live): void {
  let server: TestServer;
  let honest: Player[];
  let attacker: Player;
  const watch = () => server.player("Attacker").join({ joinById: honest[0]!.code }, { spectator: true });

  beforeAll(async () => {
    server = live.server;
    honest = await openLobby(server, ["Honest Ada", "Honest Bo"], { rounds: 3 });
    attacker = await watch();
  });

  /** Sends one hand-made frame, slower than the room's rate limit, and waits for its refusal or for the connection to drop. */
  async function refusedOrDropped(bytes: Uint8Array, codes: readonly string[]): Promise<void> {
    await sleep(300);
    const mark = attacker.mark();
    attacker.room.connection.send(bytes);
    const closed = new Promise<"dropped">((resolve) => attacker.room.onLeave(() => resolve("dropped")));
    const outcome = await Promise.race([attacker.next<{ code: string }>("error", mark).then((e) => e.code), closed]);
    if (outcome === "dropped") attacker = await watch();
    else expect(codes).toContain(outcome);
  }

  async function expectAlive(): Promise<void> {
    const health = await server.get<{ ok: boolean }>("/health");
    expect(health.status).toBe(200);
  }

  it("refuses a message typed with any Object.prototype name", async () => {
    for (const name of PROTOTYPE_NAMES) await refusedOrDropped(frame(name, packr.pack({})), ["unknown_message"]);
    await expectAlive();
  });

  it("refuses a BigInt, a cycle and a few thousand levels of nesting", async () => {
    await refusedOrDropped(frame("speak", BIGINT_BODY), ["invalid"]);
    await refusedOrDropped(frame("speak", cyclic()), ["invalid"]);
    await refusedOrDropped(frame("speak", nested(5000, "array")), ["invalid"]);
    await refusedOrDropped(frame("profile", nested(5000, "map")), ["invalid"]);
    await expectAlive();
  });

  it("survives a bounded fuzz from three spectators while the honest players finish their campaign", async () => {
    const attackers = [attacker, await watch(), await watch()];
    let sent = 0;
    let fuzzing = true;
    const fuzz = async (who: number) => {
      let seed = 0x5eed + who;
      while (fuzzing) {
        const next = fuzzFrame(seed);
        seed = next.seed;
        // A dropped attacker stays dropped: the fuzz goes on from the others.
        if (attackers[who]!.room.connection.isOpen) attackers[who]!.room.connection.send(next.bytes);
        sent++;
        await sleep(5);
      }
    };
    const fuzzers = [0, 1, 2].map(fuzz);
    await startCampaign(honest[0]!, honest);
    for (let round = 1; round <= 3; round++) {
      await Promise.all(honest.map((p) => p.waitState((s) => s.round === round && s.phase === "policy", `policy ${round}`)));
      allDone(honest);
      await Promise.all(honest.map((p) => p.waitState((s) => s.round === round && s.phase === "speech", `speech ${round}`)));
      allDone(honest);
      await nextRoundOrEnd(honest, round);
    }
    fuzzing = false;
    await Promise.all(fuzzers);
    expect(honest.every((p) => p.state.phase === "ended")).toBe(true);
    expect(sent).toBeGreaterThan(1000);
    await expectAlive();
  });
}
