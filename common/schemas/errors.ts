import { z } from "zod";

/** The closed set of reasons the engine refuses an event. Each comes with a sentence a player can read. */
export const RefusalCode = z.enum([
  "malformed",
  "campaign_over",
  "wrong_phase",
  "unknown_mayor",
  "already_done",
  "no_actions_left",
  "tile_taken",
  "action_not_allowed",
  "research_too_low",
  "already_spoke",
  "speech_empty",
  "speech_too_long",
  "waiting_for_models",
  "unknown_mayor_in_output",
]);
export type RefusalCode = z.infer<typeof RefusalCode>;

/** Why the gate or the lobby refused a message, before it reached the engine. */
export const GateCode = z.enum([
  "rate_limited",
  "unknown_message",
  "too_large",
  "invalid",
  "spectator",
  "no_seat",
  "not_host",
  "color_taken",
  "name_taken",
  "full",
  "not_ready",
  "no_such_bot",
  "not_over",
  "internal",
]);
export type GateCode = z.infer<typeof GateCode>;

/** Every error code a client can receive: the gate's, the lobby's and the engine's, one closed set. */
export const ErrorCode = z.enum([...GateCode.options, ...RefusalCode.options]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** A refusal as a value: the code a client can act on and a sentence a player can read. */
export interface Refused {
  ok: false;
  code: ErrorCode;
  message: string;
}
