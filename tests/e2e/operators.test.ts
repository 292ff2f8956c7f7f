import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePrometheusText, total, type Sample } from "../support/prometheus-text.ts";
import { allDone, openLobby, startCampaign } from "./support/campaign.ts";
import { startServer, type TestServer } from "./support/server.ts";

const ADMIN_TOKEN = "operators-secret-of-this-test";

/** The operators' view of the real server: /metrics moves with a played round; the monitor needs the token. */
describe("operators", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ env: { ADMIN_TOKEN } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const url = (path: string) => `http://127.0.0.1:${server.running.port}${path}`;

  async function scrape(): Promise<Sample[]> {
    const response = await fetch(url("/metrics"));
    expect(response.status).toBe(200);
    return parsePrometheusText(await response.text());
  }

  it("serves /metrics as Prometheus text that moves after a campaign round", async () => {
    const before = await scrape();
    expect(total(before, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(total(before, "ecotopia_model_calls_total")).toBe(0);

    const mayors = await openLobby(server, ["Ada", "Bo"], { rounds: 3 });
    await startCampaign(mayors[0]!, mayors);
    allDone(mayors);
    await Promise.all(mayors.map((m) => m.waitPhase("speech", 1)));
    mayors[0]!.send("speak", { text: "I promise to plant a forest on the wasteland next round." });
    allDone(mayors);
    await Promise.all(mayors.map((m) => m.waitPhase("reactions", 1)));

    const after = await scrape();
    expect(total(after, "ecotopia_rooms")).toBeGreaterThanOrEqual(1);
    expect(total(after, "ecotopia_clients")).toBeGreaterThanOrEqual(2);
    expect(total(after, "ecotopia_phase_seconds_count", { phase: "policy" })).toBe(1);
    expect(total(after, "ecotopia_phase_seconds_count", { phase: "speech" })).toBe(1);
    expect(total(after, "ecotopia_phase_seconds_count", { phase: "resolving" })).toBe(1);
    // One speech read, then the citizens: two calls of the configured provider, answered or fallen back.
    expect(total(after, "ecotopia_model_calls_total", { provider: "local" })).toBe(2);
    expect(total(after, "ecotopia_model_call_seconds_count", { provider: "local" })).toBe(2);
    await server.running.queue.idle();
    expect(total(await scrape(), "ecotopia_write_queue_depth")).toBe(0);
  });

  it("refuses the monitor without the token or with a wrong one, alike, and opens it with the token", async () => {
    const refusals = await Promise.all(
      [undefined, "Bearer nearly-the-operators-secret", `Bearer ${ADMIN_TOKEN.toUpperCase()}`].map(async (authorization) => {
        const response = await fetch(url("/monitor/api"), { headers: authorization ? { authorization } : {} });
        return { status: response.status, body: await response.json() };
      }),
    );
    for (const refusal of refusals) expect(refusal).toEqual({ status: 401, body: { error: "This page needs the operators' token." } });

    const rooms = await fetch(url("/monitor/api"), { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(rooms.status).toBe(200);
    expect(JSON.stringify(await rooms.json())).toContain("campaign");
  });
});
