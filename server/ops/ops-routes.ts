import { monitor } from "@colyseus/monitor";
import { Router } from "express";
import { adminOnly } from "../http/admin-only.ts";
import type { ServerMetrics } from "./metrics.ts";

/**
 * What operators read: GET /metrics (Prometheus text, open like any scrape target's; it holds counts, never a
 * player's data) and Colyseus's monitor at /monitor behind ADMIN_TOKEN, not mounted at all without one.
 */
export function opsRoutes(metrics: ServerMetrics, adminToken: string | undefined): Router {
  const router = Router();
  router.get("/metrics", async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.text());
  });
  if (adminToken) router.use("/monitor", adminOnly(adminToken), monitor());
  return router;
}
