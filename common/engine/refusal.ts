import type { Campaign } from "../schemas/campaign.ts";

/** The closed set of reasons the engine refuses an event. Each comes with a sentence a player can read. */
export type RefusalCode =
  | "malformed"
  | "campaign_over"
  | "wrong_phase"
  | "unknown_mayor"
  | "already_done"
  | "no_actions_left"
  | "tile_taken"
  | "action_not_allowed"
  | "research_too_low"
  | "already_spoke"
  | "speech_empty"
  | "speech_too_long"
  | "waiting_for_models"
  | "unknown_mayor_in_output";

export type StepResult = { ok: true; campaign: Campaign } | { ok: false; code: RefusalCode; message: string };

export function refuse(code: RefusalCode, message: string): StepResult {
  return { ok: false, code, message };
}
