import type { Campaign } from "../schemas/campaign.ts";
import { SPEECH_MAX_CHARS, type MayorId } from "../schemas/game.ts";
import { refuse, type StepResult } from "./refusal.ts";

export function speechOf(campaign: Campaign, mayor: MayorId, round = campaign.round): string | null {
  return campaign.speeches.find((s) => s.round === round && s.mayor === mayor)?.text ?? null;
}

/** Records a mayor's speech for this round. One speech per mayor per round; it cannot be taken back. */
export function speak(campaign: Campaign, mayor: MayorId, text: string): StepResult {
  if (campaign.phase !== "speech") return refuse("wrong_phase", "Speeches are only given in the speech phase.");
  if (speechOf(campaign, mayor) !== null) return refuse("already_spoke", "You have already given your speech this round.");
  if (campaign.done.includes(mayor)) return refuse("already_done", "You chose to stay silent this round.");
  const trimmed = text.trim();
  if (trimmed === "") return refuse("speech_empty", "A speech needs words.");
  if (trimmed.length > SPEECH_MAX_CHARS) {
    return refuse("speech_too_long", `A speech has at most ${SPEECH_MAX_CHARS} characters; this one has ${trimmed.length}.`);
  }
  campaign.speeches.push({ round: campaign.round, mayor, text: trimmed });
  campaign.done.push(mayor);
  return { ok: true, campaign };
}
