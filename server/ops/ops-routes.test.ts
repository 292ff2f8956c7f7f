import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePrometheusText, total } from "../../tests/support/prometheus-text.ts";
import { WriteQueue } from "../persistence/write-queue.ts";
import { ServerMetrics } from "./metrics.ts";
import { opsRoutes } from "./ops-routes.ts";

const TOKEN = "operators-secret-for-the-test";

async function serve(adminToken: string | undefined): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(opsRoutes(new ServerMetrics(() => new WriteQueue().status()), adminToken));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const basic = (password: string) => `Basic ${Buffer.from(`anyone:${password}`).toString("base64")}`;

describe("operators' routes", () => {
  let withToken: { url: string; server: Server };
  let without: { url: string; server: Server };

  beforeAll(async () => {
    withToken = await serve(TOKEN);
    without = await serve(undefined);
  });
  afterAll(() => {
    withToken.server.close();
    without.server.close();
  });

  it("serves /metrics as Prometheus text, token or not", async () => {
    const response = await fetch(`${without.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(total(parsePrometheusText(await response.text()), "process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("refuses the monitor without the token, with a wrong one or a wrong scheme, with one answer that names no part", async () => {
    const answers = await Promise.all(
      ([{}, { authorization: "Bearer wrong-token-of-some-length" }, { authorization: basic("wrong") }, { authorization: `Token ${TOKEN}` }, { authorization: `Bearer ${TOKEN}x` }] as Record<string, string>[]).map(
        async (headers) => {
          const response = await fetch(`${withToken.url}/monitor/`, { headers });
          return { status: response.status, type: response.headers.get("content-type"), challenge: response.headers.get("www-authenticate"), body: await response.text() };
        },
      ),
    );
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.status).toBe(401);
    expect(answers[0]!.type).toMatch(/^application\/json/);
    expect(answers[0]!.challenge).toMatch(/^Basic /);
    expect(JSON.parse(answers[0]!.body)).toEqual({ error: expect.any(String) });
  });

  it("opens the monitor with the token, as a bearer token or as a browser's Basic password", async () => {
    for (const authorization of [`Bearer ${TOKEN}`, basic(TOKEN)]) {
      const response = await fetch(`${withToken.url}/monitor/`, { headers: { authorization } });
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/<html/i);
    }
  });

  it("does not serve the monitor at all when no token is configured", async () => {
    expect((await fetch(`${without.url}/monitor/`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
  });
});
