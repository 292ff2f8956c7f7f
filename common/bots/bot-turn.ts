import type { Campaign, CampaignEvent } from "../schemas/campaign.ts";
import { ACTIONS_PER_ROUND, type MayorId } from "../schemas/game.ts";
import { actionsUsed } from "../engine/policy.ts";
import { chooseMoves } from "./choose-actions.ts";
import type { Strategy } from "../schemas/strategy.ts";
import { writeSpeech } from "./write-speech.ts";

/** The events a bot mayor sends in the current phase: the same ones a human's messages become. */
export function botTurn(campaign: Campaign, mayor: MayorId, strategy: Strategy): CampaignEvent[] {
  if (campaign.done.includes(mayor)) return [];
  if (campaign.phase === "policy") {
    const moves = chooseMoves(campaign, mayor, strategy).map((m): CampaignEvent => ({ type: "act", mayor, ...m }));
    // Using every action ends the mayor's phase by itself; otherwise the bot says it is done.
    return moves.length < ACTIONS_PER_ROUND - actionsUsed(campaign, mayor) ? [...moves, { type: "done", mayor }] : moves;
  }
  if (campaign.phase === "speech") return [{ type: "speak", mayor, text: writeSpeech(campaign, mayor, strategy) }];
  return [];
}
