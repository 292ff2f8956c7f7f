import { Router } from "express";
import { matchMaker } from "@colyseus/core";

/** What the HTTP API reads from storage. */
export interface HistoryReader {
  listFinished(options: { limit: number }): Promise<unknown[]>;
  getCampaign(id: string): Promise<unknown | null>;
}

const ID = /^[0-9a-f-]{36}$/i;

export function apiRoutes(history: HistoryReader, roomName: string): Router {
  const router = Router();
  router.get("/live", async (_req, res) => {
    const rooms = await matchMaker.query({ name: roomName });
    res.json(
      rooms
        .filter((r) => r.metadata?.visibility === "public")
        .map((r) => ({ code: r.roomId, clients: r.clients, ...r.metadata })),
    );
  });
  router.get("/campaigns", async (req, res) => {
    const limit = Math.min(100, Math.max(1, Number(req.query.limit) || 20));
    res.json(await history.listFinished({ limit }));
  });
  router.get("/campaigns/:id", async (req, res) => {
    if (!ID.test(req.params.id)) {
      res.status(400).json({ error: "A campaign id is a UUID." });
      return;
    }
    const campaign = await history.getCampaign(req.params.id);
    if (!campaign) res.status(404).json({ error: "No such campaign." });
    else res.json(campaign);
  });
  return router;
}
