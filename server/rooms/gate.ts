import type { z } from "zod";
import type { GateCode } from "../../common/schemas/errors.ts";
import { ClientMessages, MAX_MESSAGE_BYTES } from "../../common/schemas/messages.ts";

/** Deeper than any honest message (the deepest is two levels); bounds the walk below, so no payload can exhaust the stack. */
const MAX_DEPTH = 8;

/** A room's client messages: one schema per message type. */
type MessageTable = Record<string, z.ZodType>;

/** One client message the gate let through, typed by its message type. */
export type Gated<M extends MessageTable> = { [T in keyof M & string]: { type: T; data: z.infer<M[T]> } }[keyof M & string];
export type GatedMessage = Gated<typeof ClientMessages>;

type Refusal = { ok: false; code: Extract<GateCode, "unknown_message" | "too_large" | "invalid">; message: string; refused?: string };
export type GateResult<M extends MessageTable = typeof ClientMessages> = { ok: true; message: Gated<M> } | Refusal;

const refuse = (code: Refusal["code"], message: string, refused?: string): Refusal => ({ ok: false, code, message, ...(refused ? { refused } : {}) });

/**
 * Measures a decoded payload without serializing it: its size in bytes as JSON would spell it (near enough), or why it
 * cannot be a message at all. Bounded in depth and in work, so a cyclic, very deep or huge payload costs little.
 */
function measure(value: unknown, depth: number, budget: { bytes: number }): string | null {
  if (budget.bytes > MAX_MESSAGE_BYTES) return "too_large";
  if (depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
  switch (typeof value) {
    case "string":
      budget.bytes += value.length + 2;
      return null;
    case "number":
    case "boolean":
    case "undefined":
      budget.bytes += 8;
      return null;
    case "object": {
      if (value === null) {
        budget.bytes += 4;
        return null;
      }
      const entries = Array.isArray(value) ? value : Object.entries(value);
      for (const entry of entries) {
        budget.bytes += 2;
        const problem = Array.isArray(value) ? measure(entry, depth + 1, budget) : measureEntry(entry as [string, unknown], depth, budget);
        if (problem) return problem;
      }
      budget.bytes += 2;
      return null;
    }
    default:
      return `a ${typeof value} is not a message value`;
  }
}

function measureEntry([key, item]: [string, unknown], depth: number, budget: { bytes: number }): string | null {
  budget.bytes += key.length + 3;
  return measure(item, depth + 1, budget);
}

/**
 * A room's gate: one typed message or one typed refusal, for any input at all. The type must be one of ours (an own
 * key, never a name inherited from Object.prototype), the payload plain JSON-like data of bounded size and depth
 * (no BigInt, no cycles), and the payload must match the message's schema. Never throws.
 */
export const gateWith =
  <M extends MessageTable>(messages: M) =>
  (type: unknown, payload: unknown): GateResult<M> => {
    if (typeof type !== "string" || !Object.hasOwn(messages, type)) {
      return refuse("unknown_message", `Unknown message "${String(typeof type === "string" ? type : typeof type).slice(0, 40)}".`);
    }
    const messageType = type as keyof M & string;
    const budget = { bytes: 0 };
    const problem = measure(payload ?? {}, 0, budget) ?? (budget.bytes > MAX_MESSAGE_BYTES ? "too_large" : null);
    if (problem === "too_large") return refuse("too_large", `Messages are limited to ${MAX_MESSAGE_BYTES} bytes.`, messageType);
    if (problem) return refuse("invalid", `Invalid "${messageType}": ${problem}.`, messageType);
    const parsed = messages[messageType]!.safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse("invalid", `Invalid "${messageType}": ${issue?.path.join(".") || "message"} ${issue?.message ?? ""}`.trim(), messageType);
    }
    return { ok: true, message: { type: messageType, data: parsed.data } as Gated<M> };
  };

/** The campaign room's gate. */
export const gate = gateWith(ClientMessages);
