import { z } from "zod";
import { CampaignHistory, CampaignSummary, LiveCampaign } from "../../common/schemas/history.ts";

/** GETs `path` and parses the answer with the route's schema: an answer that does not fit is an error, never cast. */
async function getJson<S extends z.ZodType>(path: string, schema: S): Promise<z.infer<S>> {
  const response = await fetch(path, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = z.object({ error: z.string() }).safeParse(await response.json().catch(() => null));
    throw new Error(body.success ? body.data.error : `The server answered ${response.status}.`);
  }
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new Error("The server's answer could not be read; try reloading the page.");
  return parsed.data;
}

export const fetchLive = () => getJson("/api/live", z.array(LiveCampaign));
export const fetchFinished = () => getJson("/api/campaigns?limit=12", z.array(CampaignSummary));
export const fetchCampaign = (id: string) => getJson(`/api/campaigns/${encodeURIComponent(id)}`, CampaignHistory);
