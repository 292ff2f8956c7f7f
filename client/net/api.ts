import { z } from "zod";
import { CampaignHistory, CampaignSummary, LiveCampaign } from "../../common/schemas/history.ts";
import { IssuedIdentity, PublicPlayer } from "../../common/schemas/players-api.ts";

interface Send {
  method: "POST" | "PATCH";
  body: unknown;
  /** A player's secret, sent only to the routes that act for that player. */
  token?: string;
}

/** Calls `path` and parses the answer with the route's schema: an answer that does not fit is an error, never cast. */
export async function requestJson<S extends z.ZodType>(path: string, schema: S, send?: Send): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (send) headers["content-type"] = "application/json";
  if (send?.token) headers.authorization = `Bearer ${send.token}`;
  const response = await fetch(path, send ? { method: send.method, headers, body: JSON.stringify(send.body) } : { headers });
  if (!response.ok) {
    const body = z.object({ error: z.string() }).safeParse(await response.json().catch(() => null));
    throw new ApiError(response.status, body.success ? body.data.error : `The server answered ${response.status}.`);
  }
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new Error("The server's answer could not be read; try reloading the page.");
  return parsed.data;
}

/** A refusal by the server, with its status, so a caller can tell "your token is not valid" (401) from the rest. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const id = (value: string) => encodeURIComponent(value);

export const fetchLive = () => requestJson("/api/live", z.array(LiveCampaign));
export const fetchFinished = () => requestJson("/api/campaigns?limit=12", z.array(CampaignSummary));
export const fetchCampaign = (campaign: string) => requestJson(`/api/campaigns/${id(campaign)}`, CampaignHistory);
export const createPlayer = (name: string) => requestJson("/api/players", IssuedIdentity, { method: "POST", body: { name } });
export const renamePlayer = (name: string, token: string) =>
  requestJson("/api/players/me", z.object({ player: PublicPlayer }).strict(), { method: "PATCH", body: { name }, token });
