import { Router } from "express";
import { matchMaker } from "@colyseus/core";
import { z } from "zod";
import { CampaignHistory, CampaignSummary, LiveCampaign } from "../../common/schemas/history.ts";
import { ListLimit, sendTyped } from "./typed-json.ts";

/** What the HTTP API reads from storage. */
export interface HistoryReader {
  listFinished(options: { limit: number }): Promise<CampaignSummary[]>;
  getCampaign(id: string): Promise<CampaignHistory | null>;
}

const ID = /^[0-9a-f-]{36}$/i;
const Campaigns = z.array(CampaignSummary);
const LiveList = z.array(LiveCampaign);

export function apiRoutes(history: HistoryReader, roomName: string): Router {
  const router = Router();
  router.get("/live", async (_req, res) => {
    const rooms = await matchMaker.query({ name: roomName });
    const live = rooms
      .filter((r) => r.metadata?.visibility === "public")
      .map((r) => LiveCampaign.safeParse({ ...r.metadata, code: r.roomId }))
      .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
    sendTyped(res, LiveList, live);
  });
  router.get("/campaigns", async (req, res) => {
    sendTyped(res, Campaigns, await history.listFinished({ limit: ListLimit.parse(req.query.limit) }));
  });
  router.get("/campaigns/:id", async (req, res) => {
    if (!ID.test(req.params.id)) {
      res.status(400).json({ error: "A campaign id is a UUID." });
      return;
    }
    const campaign = await history.getCampaign(req.params.id);
    if (!campaign) res.status(404).json({ error: "No such campaign." });
    else sendTyped(res, CampaignHistory, campaign);
  });
  return router;
}
