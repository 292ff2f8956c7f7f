import { beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import type { ElectionResult, Speech } from "../../../common/schemas/campaign.ts";
import { LiveCampaign, type LiveCampaign as LiveRoom } from "../../../common/schemas/history.ts";
import type { PublicStory } from "../../../common/schemas/server-messages.ts";
import { act, allDone, gentleMoves, nextRoundOrEnd, openLobby, startCampaign, tileIndex } from "../support/campaign.ts";
import { sameState, sleep, type Player } from "../support/player.ts";
import { TEST_ENV, type Live, type TestServer } from "../support/server.ts";

/**
 * Rooms and seats: a seat survives a dropped connection, a mayor who never comes back stalls nothing, a host who
 * leaves hands over; quick match, join codes and the live room list.
 */
export function roomsSuite(live: Live): void {
  let server: TestServer;

  beforeAll(() => {
    server = live.server;
  });

  describe.sequential("a dropped connection", () => {
    let ada: Player;
    let bo: Player;
    let cy: Player;
    let mayors: Player[];

    beforeAll(async () => {
      [ada, bo, cy] = mayors = await openLobby(server, ["Ada", "Bo", "Cy"], { rounds: 3 });
      await startCampaign(ada, mayors);
    });

    it("gives the mayor its seat back: same session, same mayor id, same state", async () => {
      const [move] = gentleMoves(bo.state, 1);
      await act(bo, move!);
      const session = bo.room.sessionId;
      await bo.drop();
      await ada.waitState((s) => !s.mayors.m2!.connected, "Bo away");

      const mark = bo.mark();
      await bo.reconnect();
      expect(bo.room.sessionId).toBe(session);
      expect(bo.messages("welcome")).toHaveLength(1);
      expect(bo.seat).toBe("m2");
      const state = await ada.waitState((s) => s.mayors.m2!.connected, "Bo back");
      await sameState([bo, ada, cy]);
      expect((state.tiles as { actedBy: string }[])[tileIndex(move!)]!.actedBy).toBe("m2");
      expect(state.mayors.m2!.actionsLeft).toBe(1);
      expect(bo.messages<PublicStory>("story", mark)).toEqual([{ campaignId: expect.any(String), earlier: [], latest: null, revealed: [], result: null }]);
      // Back within the grace period, the mayor still plays this phase.
      const [second] = gentleMoves(bo.state, 1);
      await act(bo, second!);
      expect(bo.errors()).toEqual([]);
    });

    it("sends a mayor who drops after speaking its own speech again, and still no one else's", async () => {
      allDone([ada, cy]);
      await Promise.all(mayors.map((m) => m.waitPhase("speech", 1)));
      const text = "A speech given just before the network went down: ravenshollow.";
      bo.send("speak", { text });
      await bo.next<Speech>("spoke", -1, (s) => s.text === text);
      await bo.drop();
      const mark = bo.mark();
      await bo.reconnect();
      expect(await bo.next<Speech>("spoke", mark)).toEqual({ round: 1, mayor: "m2", text });
      await sameState([bo, ada, cy]);
      for (const other of [ada, cy]) expect(other.log.entries.some((e) => JSON.stringify(e).includes("ravenshollow"))).toBe(false);
    });

    it("does not wait for a mayor who never comes back: every phase moves on and the campaign ends", async () => {
      const dropped = performance.now();
      await cy.drop();
      await ada.waitState((s) => !s.mayors.m3!.connected, "Cy away");
      for (let round = 1; round <= 3; round++) {
        if (round > 1) {
          await ada.waitPhase("policy", round);
          allDone([ada, bo]);
        }
        await ada.waitPhase("speech", round);
        allDone([ada, bo]);
        await nextRoundOrEnd([ada, bo], round);
      }
      const result = await ada.next<ElectionResult>("result");
      const elapsed = performance.now() - dropped;
      // Waiting for Cy's timers would take (policy + speech) seconds in every round.
      expect(elapsed).toBeLessThan((Number(TEST_ENV.POLICY_SECONDS) + Number(TEST_ENV.SPEECH_SECONDS)) * 1000);
      expect(result.standings.map((s) => s.mayor).sort()).toEqual(["m1", "m2", "m3"]);
      expect(ada.state.mayors.m3).toMatchObject({ connected: false });
      expect(ada.errors()).toEqual([]);
    });
  });

  describe.sequential("a host who leaves the lobby", () => {
    it("hands the room over to another connected mayor, who can start", async () => {
      const [hal, ivy, jo] = await openLobby(server, ["Hal", "Ivy", "Jo"]);
      expect(hal!.state.hostId).toBe("m1");
      await hal!.leave();
      const state = await ivy!.waitState((s) => s.mayors.m1 === undefined, "Hal gone");
      expect(state.hostId).toBe("m2");
      await jo!.waitState((s) => s.hostId === "m2", "the new host");

      const mark = jo!.mark();
      jo!.send("start", {});
      expect(await jo!.next("error", mark)).toMatchObject({ code: "not_host", refused: "start" });
      await startCampaign(ivy!, [ivy!, jo!]);
      expect(Object.keys(ivy!.state.mayors).sort()).toEqual(["m2", "m3"]);
    });
  });

  const liveRooms = async () => (await server.get<LiveRoom[]>("/api/live")).body;

  /** /api/live reads the rooms' metadata, published a moment after each change. */
  async function liveRoom(code: string, check: (room: LiveRoom) => boolean): Promise<LiveRoom> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const room = (await liveRooms()).find((r) => r.code === code);
      if (room && check(room)) return room;
      await sleep(100);
    }
    throw new Error(`room ${code} never showed as expected in /api/live: ${JSON.stringify(await liveRooms())}`);
  }

  describe.sequential("quick match", () => {
    let first: Player;
    let second: Player;

    it("puts two clients in the same public lobby, listed live with its phase, round and mayors", async () => {
      first = await server.player("Quick One").join({ joinOrCreate: true });
      second = await server.player("Quick Two").join({ joinOrCreate: true });
      expect(second.code).toBe(first.code);
      expect([first.seat, second.seat]).toEqual(["m1", "m2"]);

      const hidden = await server.player("Private host").join({ create: { private: true } });
      const room = await liveRoom(first.code, (r) => r.mayors.length === 2);
      expect(LiveCampaign.parse(room)).toMatchObject({ phase: "lobby", round: 0, spectators: 0, mayors: [{ name: "Quick One" }, { name: "Quick Two" }] });
      expect((await liveRooms()).map((r) => r.code)).not.toContain(hidden.code);
    });

    it("does not match a started room: the next quick match gets a new room", async () => {
      for (const p of [first, second]) p.send("ready", { ready: true });
      await first.waitState((s) => Object.values(s.mayors).every((m) => m.ready), "both ready");
      await startCampaign(first, [first, second]);
      await liveRoom(first.code, (r) => r.phase === "policy" && r.round === 1);

      const third = await server.player("Quick Three").join({ joinOrCreate: true });
      expect(third.code).not.toBe(first.code);
      expect(third.seat).toBe("m1");
      expect(third.state.phase).toBe("lobby");
    });

    it("refuses a mayor joining a started room with a message saying they can spectate, and lets them spectate", async () => {
      // colyseus.js warns on the console when a room closes a connection it refused.
      const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
      onTestFinished(() => warn.mockRestore());
      await expect(server.player("Too late").join({ joinById: first.code })).rejects.toThrow(/already started.*spectator/);
      const spectator = await server.player("Too late").join({ joinById: first.code }, { spectator: true });
      expect(spectator.mayor).toBeNull();
      expect(spectator.state.phase).not.toBe("lobby");
      expect(spectator.messages<PublicStory>("story")).toEqual([{ campaignId: expect.any(String), earlier: [], latest: null, revealed: [], result: null }]);
      await liveRoom(first.code, (r) => r.spectators === 1);
    });

    it("refuses a wrong join code with a clear error", async () => {
      const wrong = first.code === "ZZZZZ" ? "YYYYY" : "ZZZZZ";
      await expect(server.player("Lost").join({ joinById: wrong })).rejects.toThrow(new RegExp(`"${wrong}" not found`));
    });
  });
}
