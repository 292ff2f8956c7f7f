import type { Campaign, CampaignEvent } from "../schemas/campaign.ts";
import type { MayorId } from "../schemas/game.ts";
import { chooseMoves } from "./choose-actions.ts";
import type { Strategy } from "./strategy.ts";
import { writeSpeech } from "./write-speech.ts";

/** The events a bot mayor sends in the current phase: the same ones a human's messages become. */
export function botTurn(campaign: Campaign, mayor: MayorId, strategy: Strategy): CampaignEvent[] {
  if (campaign.done.includes(mayor)) return [];
  if (campaign.phase === "policy") {
    return [...chooseMoves(campaign, mayor, strategy).map((m) => ({ type: "act" as const, mayor, ...m })), { type: "done", mayor }];
  }
  if (campaign.phase === "speech") return [{ type: "speak", mayor, text: writeSpeech(campaign, mayor, strategy) }];
  return [];
}
