import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerMessage } from "../../common/schemas/server-messages.ts";
import { act, gentleMoves, openLobby, startCampaign } from "./support/campaign.ts";
import { sleep, type Player } from "./support/player.ts";
import { startServer, type TestServer } from "./support/server.ts";

const DROPS = 50;
const WINDOW_SECONDS = 2;

/**
 * Reconnection with real colyseus.js clients: a mayor whose link drops again and again inside the window keeps the
 * seat and the phase every time; one away past the window is done, and everyone is told.
 */
describe("a mayor whose connection keeps dropping", () => {
  let server: TestServer;
  let ada: Player;
  let bo: Player;

  beforeAll(async () => {
    // A long policy phase, so that only a wrongly passed mayor (never the timer) could end it during the drops.
    server = await startServer({ env: { RECONNECT_SECONDS: String(WINDOW_SECONDS), POLICY_SECONDS: "120" } });
    [ada, bo] = await openLobby(server, ["Ada", "Bo"]);
    await startCampaign(ada!, [ada!, bo!]);
  });

  afterAll(() => server?.close());

  it(`keeps the seat and the phase through ${DROPS} drops inside the window`, async () => {
    // Ada is done: the phase would end the moment Bo counted as done too.
    ada.send("done", {});
    await ada.waitState((s) => s.mayors.m1!.done, "Ada done");
    const started = performance.now();
    for (let drop = 1; drop <= DROPS; drop++) {
      await bo.drop();
      // Short absences of varied length, so that the drops together outlast the window several times.
      await sleep(40 + ((drop * 37) % 160));
      await bo.reconnect();
      const state = await bo.waitState((s) => s.mayors.m2!.connected, `Bo back after drop ${drop}`);
      expect(state, `after drop ${drop}`).toMatchObject({ phase: "policy", round: 1, mayors: { m2: { done: false } } });
      expect(bo.seat).toBe("m2");
    }
    expect(performance.now() - started).toBeGreaterThan(3 * WINDOW_SECONDS * 1000);
    const [move] = gentleMoves(bo.state, 1);
    await act(bo, move!);
    expect(bo.errors()).toEqual([]);
    expect(ada.messages("notice")).toEqual([]);
  });

  it("after the window the seat is done, the campaign moves on and everyone is told", async () => {
    const mark = ada.mark();
    await bo.drop();
    const notice = await ada.next<ServerMessage<"notice">>("notice", mark);
    expect(notice).toMatchObject({ kind: "seat_lost", mayor: "m2" });
    expect(notice.message).toMatch(/Bo was away longer than 2 s/);
    // Bo counted as done, so the policy phase ended at once; in the speech phase Bo is done from its start.
    const speech = await ada.waitPhase("speech", 1);
    expect(speech.mayors.m2).toMatchObject({ connected: false, done: true });
    await expect(bo.reconnect()).rejects.toThrow(/expired/i);
  });
});
