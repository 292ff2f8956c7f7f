import type { CampaignHistory, CampaignSummary } from "../../common/schemas/history.ts";

/** A public campaign that can be watched live (GET /api/live). */
export interface LiveCampaign {
  code: string;
  phase: string;
  round: number;
  rounds: number;
  spectators: number;
  mayors: { name: string; color: string; isBot: boolean }[];
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `The server answered ${response.status}.`);
  }
  return (await response.json()) as T;
}

export const fetchLive = () => getJson<LiveCampaign[]>("/api/live");
export const fetchFinished = () => getJson<CampaignSummary[]>("/api/campaigns?limit=12");
export const fetchCampaign = (id: string) => getJson<CampaignHistory>(`/api/campaigns/${encodeURIComponent(id)}`);
