import type { Campaign } from "../schemas/campaign.ts";
import type { RefusalCode } from "../schemas/errors.ts";

export type StepResult = { ok: true; campaign: Campaign } | { ok: false; code: RefusalCode; message: string };

export function refuse(code: RefusalCode, message: string): StepResult {
  return { ok: false, code, message };
}
