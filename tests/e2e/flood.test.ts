import { encode } from "@colyseus/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import { allDone, nextRoundOrEnd, openLobby, startCampaign } from "./support/campaign.ts";
import { postFrom, upgradeFrom } from "./support/from-address.ts";
import { sleep, type Player } from "./support/player.ts";
import { startServer, type TestServer } from "./support/server.ts";

const ROUNDS = 3;
const FLOODER = "127.0.0.77";

/** The per-address limits a production server starts with (the e2e support raises them for its other suites). */
function defaultLimits(): Record<string, string> {
  const config = loadConfig({});
  return {
    CONNECTIONS_PER_ADDRESS: String(config.CONNECTIONS_PER_ADDRESS),
    ROOMS_PER_ADDRESS_PER_MINUTE: String(config.ROOMS_PER_ADDRESS_PER_MINUTE),
    CODE_MISSES_PER_ADDRESS_PER_MINUTE: String(config.CODE_MISSES_PER_ADDRESS_PER_MINUTE),
    OPEN_RESERVATIONS_PER_ADDRESS: String(config.OPEN_RESERVATIONS_PER_ADDRESS),
  };
}

/** A room message Colyseus cannot decode: its type, then a msgpack array header with its items missing. */
function brokenFrame(): Uint8Array {
  const bytes = new Uint8Array(16);
  bytes[0] = 13; // Colyseus's ROOM_DATA
  const it = { offset: 1 };
  encode.string(bytes as unknown as Buffer, "act", it);
  bytes[it.offset] = 0x92;
  return bytes.subarray(0, it.offset + 1);
}

/**
 * Two honest mayors play a whole campaign while one client floods everything it can reach: messages far past the
 * room's rate from inside the room, undecodable frames, and from its own address new rooms, guessed codes, reserved
 * seats, huge bodies and WebSocket handshakes, all at once and without pause. The campaign ends as usual; the flood
 * meets its limits; the log stays a few short lines.
 */
describe("one client floods while an honest campaign plays", () => {
  let server: TestServer;
  const logged: string[] = [];

  beforeAll(async () => {
    server = await startServer({ env: defaultLimits(), log: (line) => logged.push(line) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("finishes the honest campaign; the flood is refused and barely logged", async () => {
    const mayors = await openLobby(server, ["Honest Ada", "Honest Bo"], { rounds: ROUNDS });
    const [ada] = mayors;
    let flooding = true;
    const counts = { dropped: 0, refusedHttp: new Map<number, number>() };
    const spammers: Player[] = [];

    const inRoom = async () => {
      let spam: Player = await server.player("Flooder").join({ joinById: ada!.code }, { spectator: true });
      spammers.push(spam);
      while (flooding) {
        for (let i = 0; i < 100; i++) spam.room.send(i % 2 ? "act" : "no-such-message", { x: -1, y: "z".repeat(100) });
        if (Math.random() < 0.2) spam.room.connection.send(brokenFrame());
        await sleep(25);
        if (!spam.room.connection.isOpen && flooding) {
          counts.dropped += 1;
          spam = await server.player("Flooder").join({ joinById: ada!.code }, { spectator: true });
          spammers.push(spam);
        }
      }
    };
    const fromItsAddress = async () => {
      const port = server.running.port;
      const refused = (status: number) => counts.refusedHttp.set(status, (counts.refusedHttp.get(status) ?? 0) + 1);
      for (let i = 0; flooding; i++) {
        const answers = await Promise.all([
          postFrom(FLOODER, port, "/matchmake/create/campaign", "{}"),
          postFrom(FLOODER, port, `/matchmake/joinById/ZZ${String(i).padStart(3, "0").replace(/\d/g, (d) => "ABCDEFGHJK"[Number(d)]!)}`, "{}"),
          postFrom(FLOODER, port, `/matchmake/joinById/${ada!.code}`, JSON.stringify({ spectator: true })),
          postFrom(FLOODER, port, "/matchmake/joinOrCreate/campaign", "x".repeat(1 << 20)),
        ]);
        for (const answer of answers) if (answer.status !== 200) refused(answer.status);
        const handshake = await upgradeFrom(FLOODER, port, "/no-such-process/NOROOM?sessionId=guess");
        if ("upgraded" in handshake) handshake.upgraded.destroy();
      }
    };
    const flood = Promise.all([inRoom(), fromItsAddress()]);

    await startCampaign(ada!, mayors);
    for (let round = 1; round <= ROUNDS; round++) {
      await Promise.all(mayors.map((m) => m.waitPhase("policy", round)));
      allDone(mayors);
      await Promise.all(mayors.map((m) => m.waitPhase("speech", round)));
      allDone(mayors);
      await nextRoundOrEnd(mayors, round);
    }
    const results = await Promise.all(mayors.map((m) => m.next<{ winner: string }>("result")));
    flooding = false;
    await flood;

    expect(results.map((r) => r.winner)).toEqual([results[0]!.winner, results[0]!.winner]);
    const rateLimited = spammers.flatMap((p) => p.errors()).filter((e) => e.code === "rate_limited").length;
    expect(rateLimited).toBeGreaterThan(0);
    expect(counts.dropped).toBeGreaterThan(0);
    expect(counts.refusedHttp.get(429)).toBeGreaterThan(0);
    expect(counts.refusedHttp.get(413)).toBeGreaterThan(0);
    const colyseusLines = logged.filter((line) => line.startsWith("colyseus "));
    expect(colyseusLines.length).toBeGreaterThan(0);
    expect(colyseusLines.length).toBeLessThanOrEqual(40);
    expect(logged.every((line) => !/\n\s+at /.test(line))).toBe(true);
    console.info(
      `flood: ${rateLimited} messages rate-limited, ${counts.dropped} drops for broken frames, ${[...counts.refusedHttp].map(([s, n]) => `${n}×${s}`).join(", ")} over HTTP, ${colyseusLines.length} Colyseus log lines`,
    );
  });
});
