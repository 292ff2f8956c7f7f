import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MATCHMAKE_BODY_BYTES } from "../../server/http/matchmaking.ts";
import { sleep, type Player } from "./support/player.ts";
import { postFrom, upgradeFrom } from "./support/from-address.ts";
import { startServer, type TestServer } from "./support/server.ts";

const LIMITS = {
  ROOMS_PER_ADDRESS_PER_MINUTE: "3",
  CODE_MISSES_PER_ADDRESS_PER_MINUTE: "5",
  OPEN_RESERVATIONS_PER_ADDRESS: "4",
  CONNECTIONS_PER_ADDRESS: "4",
  SEAT_RESERVATION_SECONDS: "2",
};

type Reservation = { sessionId: string; room: { roomId: string; processId: string } };

/**
 * The per-address limits against the real server, each played from its own loopback address (127.0.0.x) while the
 * honest host plays from 127.0.0.1. Every refusal is a JSON answer a client can show: 413 for a body too large, 429
 * with Retry-After for a budget spent.
 */
describe("abuse limits per address", () => {
  let server: TestServer;
  let host: Player;
  let port: number;

  beforeAll(async () => {
    server = await startServer({ env: LIMITS });
    port = server.running.port;
    host = await server.player("Honest Host").join({ create: { private: true } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const matchmake = (from: string, method: string, room: string, options: object = {}) => postFrom(from, port, `/matchmake/${method}/${room}`, JSON.stringify(options));
  const seatPath = (r: Reservation) => `/${r.room.processId}/${r.room.roomId}?sessionId=${r.sessionId}`;

  it("caps a matchmaking body before parsing it: by Content-Length and by the bytes that arrive", async () => {
    const declared = await postFrom("127.0.0.21", port, "/matchmake/create/campaign", " ".repeat(64 * 1024));
    expect(declared.status).toBe(413);
    expect(declared.json().error).toBe(`A matchmaking request body has at most ${MATCHMAKE_BODY_BYTES} bytes.`);

    const streamed = await postFrom("127.0.0.21", port, "/matchmake/create/campaign", { chunks: 1024, chunkBytes: 64 * 1024 });
    expect(streamed.status).toBe(413);
    // The server answered long before the 64 MB were sent: what it read is bounded by the cap and the socket's buffers.
    expect(streamed.sentBytes).toBeLessThan(16 * 1024 * 1024);

    const broken = await postFrom("127.0.0.21", port, "/matchmake/create/campaign", "{ not json");
    expect(broken.status).toBe(400);
    expect(broken.json()).toEqual({ error: "The join options are not valid JSON." });
    expect((await server.get("/health")).status).toBe(200);
  });

  it("slows join-code guessing: after the misses of a minute every lookup waits, a real code too", async () => {
    for (const code of ["QQQQQ", "QQQQW", "QQQQE", "QQQQR", "QQQQT"]) {
      const miss = await matchmake("127.0.0.22", "joinById", code);
      expect(miss.status).toBe(200);
      expect(miss.json()).toMatchObject({ code: 4212, error: `room "${code}" not found` });
    }
    const slowed = await matchmake("127.0.0.22", "joinById", "QQQQY");
    expect(slowed.status).toBe(429);
    expect(slowed.headers["retry-after"]).toBe("12");
    expect(slowed.json().error).toMatch(/Too many unknown join codes/);
    // No oracle: a code that exists is refused the same way while the address waits.
    const real = await matchmake("127.0.0.22", "joinById", host.code, { spectator: true });
    expect(real.status).toBe(429);
    expect(real.json()).toEqual(slowed.json());
    // Another address is not slowed.
    expect((await matchmake("127.0.0.23", "joinById", host.code, { spectator: true })).json<Reservation>().sessionId).toMatch(/\w+/);
  });

  it("limits the rooms an address creates per minute, quick matches included", async () => {
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await matchmake("127.0.0.24", i === 0 ? "joinOrCreate" : "create", "campaign", { private: true }));
    expect(made.map((m) => m.status)).toEqual([200, 200, 200]);
    const refused = await matchmake("127.0.0.24", "create", "campaign");
    expect(refused.status).toBe(429);
    expect(refused.headers["retry-after"]).toBe("20");
    expect(refused.json().error).toMatch(/Too many new campaigns from this address/);
  });

  it("limits seats reserved and never taken, which expire quickly and never lock out the honest", async () => {
    for (let i = 0; i < 4; i++) expect((await matchmake("127.0.0.25", "joinById", host.code, { spectator: true })).status).toBe(200);
    const refused = await matchmake("127.0.0.25", "joinById", host.code, { spectator: true });
    expect(refused.status).toBe(429);
    expect(refused.json().error).toMatch(/Too many seats reserved and not taken/);
    const honest = await server.player("Honest Guest").join({ joinById: host.code });
    expect(honest.mayor).toBe("m2");
    await sleep(2100);
    expect((await matchmake("127.0.0.25", "joinById", host.code, { spectator: true })).status).toBe(200);
  });

  it("caps the connections an address holds open; a reservation used by its connection frees its place", async () => {
    const open = [];
    for (let i = 0; i < 4; i++) {
      const seat = (await matchmake("127.0.0.26", "joinById", host.code, { spectator: true })).json<Reservation>();
      const upgraded = await upgradeFrom("127.0.0.26", port, seatPath(seat));
      expect("upgraded" in upgraded).toBe(true);
      if ("upgraded" in upgraded) open.push(upgraded.upgraded);
    }
    // Four reservations were taken by their connections, so a fifth may be reserved; its connection is one too many.
    const fifth = (await matchmake("127.0.0.26", "joinById", host.code, { spectator: true })).json<Reservation>();
    const refused = await upgradeFrom("127.0.0.26", port, seatPath(fifth));
    expect("refused" in refused && refused.refused.status).toBe(429);
    if ("refused" in refused) expect(refused.refused.json().error).toMatch(/Too many open connections from this address/);

    open.pop()!.destroy();
    const again = (await matchmake("127.0.0.26", "joinById", host.code, { spectator: true })).json<Reservation>();
    let retried = await upgradeFrom("127.0.0.26", port, seatPath(again));
    // The server counts the closed socket once it notices the close; ask again until it has.
    for (let i = 0; i < 20 && "refused" in retried; i++) {
      await sleep(50);
      retried = await upgradeFrom("127.0.0.26", port, seatPath(again));
    }
    expect("upgraded" in retried).toBe(true);
    if ("upgraded" in retried) open.push(retried.upgraded);
    for (const socket of open) socket.destroy();
  });
});
