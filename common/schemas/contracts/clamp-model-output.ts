import { APPROVAL_DELTA_LIMIT } from "../game.ts";
import { MAX_NEW_CITIZENS_PER_ROUND } from "./citizens.ts";
import { MAX_CONTRADICTIONS_PER_SPEECH, MAX_PROMISES_PER_SPEECH } from "./extraction.ts";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function clampNumber(v: unknown, min: number, max: number, integer: boolean): unknown {
  if (typeof v !== "number" || !Number.isFinite(v)) return v;
  const n = integer ? Math.round(v) : v;
  return Math.min(max, Math.max(min, n));
}

function cut(v: unknown, max: number): unknown {
  return typeof v === "string" && v.length > max ? v.slice(0, max) : v;
}

/**
 * A list cut to its size with `each` applied to its objects; a missing list is empty. Anything else that is not a
 * list, and any item that is not an object, is left as it came for the contract to refuse, never silently dropped.
 */
function list(v: unknown, max: number, each: (item: Json) => Json): unknown {
  if (v === undefined) return [];
  return Array.isArray(v) ? v.slice(0, max).map((item: unknown) => (isObject(item) ? each(item) : item)) : v;
}

/**
 * Model output is never trusted: before the strict contract check, numbers are clamped into their ranges, texts
 * cut to their limits and lists to their sizes, so an over-eager answer (+40 approval, ten newcomers) is reined in
 * instead of thrown away. Anything still malformed then fails the zod contract.
 */
export function clampExtraction(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  return {
    promises: list(raw.promises, MAX_PROMISES_PER_SPEECH, (p) => ({
      ...p,
      text: cut(p.text, 500),
      confidence: clampNumber(p.confidence, 0, 1, false),
      deadlineRound: p.deadlineRound === undefined ? null : clampNumber(p.deadlineRound, 1, 7, true),
      ...(isObject(p.commitment)
        ? {
            commitment: {
              ...p.commitment,
              ...("count" in p.commitment ? { count: clampNumber(p.commitment.count, 1, 14, true) } : {}),
              ...("value" in p.commitment ? { value: clampNumber(p.commitment.value, 0, 100, true) } : {}),
            },
          }
        : {}),
    })),
    contradictions: list(raw.contradictions, MAX_CONTRADICTIONS_PER_SPEECH, (c) => ({
      ...c,
      description: cut(c.description, 300),
      speechQuote: cut(c.speechQuote, 300),
    })),
  };
}

export function clampCitizens(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  return {
    reactions: list(raw.reactions, 72, (r) => ({
      ...r,
      dialogue: cut(r.dialogue, 400),
      approvalDelta: clampNumber(r.approvalDelta, -APPROVAL_DELTA_LIMIT, APPROVAL_DELTA_LIMIT, true),
      referencesPromise: r.referencesPromise === undefined ? null : r.referencesPromise,
    })),
    newCitizens: list(raw.newCitizens, MAX_NEW_CITIZENS_PER_ROUND, (n) => ({
      ...n,
      role: cut(n.role, 60),
      personality: cut(n.personality, 400),
      openingLine: cut(n.openingLine, 400),
      initialApproval: clampNumber(n.initialApproval, 0, 100, true),
    })),
    summary: cut(raw.summary, 400),
  };
}
