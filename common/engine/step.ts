import { CampaignEvent, type Campaign } from "../schemas/campaign.ts";
import { copyCampaign, copyForMove } from "./clone.ts";
import { act } from "./policy.ts";
import { advance, everyoneDone } from "./phases.ts";
import { refuse, type StepResult } from "./refusal.ts";
import { applyExtractions } from "./resolve-extractions.ts";
import { applyReactions } from "./resolve-reactions.ts";
import { speak } from "./speech.ts";

function markDone(campaign: Campaign, mayor: string): StepResult {
  if (campaign.phase !== "policy" && campaign.phase !== "speech") {
    return refuse("wrong_phase", "Only the policy and speech phases can be finished early.");
  }
  if (campaign.done.includes(mayor)) return refuse("already_done", "You are already done with this phase.");
  campaign.done.push(mayor);
  return { ok: true, campaign };
}

function apply(campaign: Campaign, event: CampaignEvent): StepResult {
  switch (event.type) {
    case "act":
      return act(campaign, event.mayor, event.x, event.y, event.action);
    case "done":
      return markDone(campaign, event.mayor);
    case "speak":
      return speak(campaign, event.mayor, event.text);
    case "advance":
      return advance(campaign);
    case "extracted":
      return applyExtractions(campaign, event.outputs);
    case "reacted":
      return applyReactions(campaign, event.output);
  }
}

/**
 * The one entry point of the engine: plain data in, plain data out. A refused event returns the reason and leaves
 * the given campaign untouched; an accepted one returns a new campaign with the event appended to its history.
 */
export function step(campaign: Campaign, input: unknown): StepResult {
  const parsed = CampaignEvent.safeParse(input);
  if (!parsed.success) return refuse("malformed", `Malformed event: ${parsed.error.issues[0]?.message ?? "invalid"}.`);
  const event = parsed.data;
  if (campaign.phase === "ended") return refuse("campaign_over", "The campaign is over.");
  if ("mayor" in event && !campaign.settings.mayors.some((m) => m.id === event.mayor)) {
    return refuse("unknown_mayor", `There is no mayor "${event.mayor}" in this campaign.`);
  }
  // A player's move changes a few lists of the campaign; the phase's own events may change anything.
  const move = event.type === "act" || event.type === "done" || event.type === "speak";
  const next = move ? copyForMove(campaign) : copyCampaign(campaign);
  const result = apply(next, event);
  if (!result.ok) return result;
  next.history.push(event);
  if (!everyoneDone(next)) return { ok: true, campaign: next };
  const advanced = move ? copyCampaign(next) : next;
  advance(advanced);
  return { ok: true, campaign: advanced };
}
