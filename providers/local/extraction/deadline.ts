import { hasTopic } from "./domain.ts";
import { NUMBER, parseNumber } from "./numbers.ts";

/** Spelled-out forms of the final round. */
const FINAL =
  /\b(?:before|by|until|ahead of|in time for|prior to)\s+(?:the\s+)?(?:vote|voting|election|elections|polls?|ballot|election day|polling day|end of (?:the|this|my) (?:campaign|term)|(?:final|last) round|campaign(?:'s| is)? (?:end|over))\b|\bby the end of (?:the |this )?(?:campaign|game)\b|\bon (?:election|polling|voting) day\b|\bbefore (?:the )?(?:campaign|game) ends\b|\bin the (?:final|last) round\b/i;
const IMMEDIATE = /\b(?:right away|immediately|at once|straight away|straightaway|without delay|right now|first thing|from day one|on day one|asap|as soon as possible|tomorrow)\b/i;
const NEXT_ROUND = /\b(?:(?:by|in|during|before the end of|for|until)\s+)?(?:the\s+)?(?:next|coming|following)\s+round\b/i;
const WITHIN = new RegExp(`\\b(?:within|in|inside|over the next)\\s+(?:the\\s+)?(?:next\\s+)?${NUMBER}\\s+(?:more\\s+)?rounds?\\b`, "i");
/** "Eight forest tiles in four rounds", said in round four: the rounds already played, not a deadline. */
const ELAPSED = new RegExp(`\\bin\\s+${NUMBER}\\s+rounds?\\b`, "i");
/** "the round after": a time relative to another promise's. */
const RELATIVE = /\b(?:the|a) round (?:after|later)\b|\bthe following round\b/i;
const BEFORE_ROUND = new RegExp(`\\bbefore\\s+(?:the\\s+)?(?:start\\s+of\\s+)?round\\s+${NUMBER}\\b|\\bbefore\\s+the\\s+${NUMBER}\\s+round\\b`, "i");
const BY_ROUND = new RegExp(
  `\\b(?:by|in|at|until|till|during|for|no later than|by the end of|at the end of|in time for)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?round\\s+${NUMBER}\\b` +
    `|\\b(?:by|in|until)\\s+the\\s+${NUMBER}\\s+round\\b`,
  "i",
);
const BARE_ROUND = new RegExp(`\\bround\\s+${NUMBER}\\b`, "i");

function clamp(value: number, round: number, finalRound: number): number {
  const upper = Math.max(1, Math.min(7, finalRound));
  return Math.max(1, Math.min(upper, Math.max(value, round + 1)));
}

function fromNumber(match: RegExpExecArray | null): number | null {
  const word = match?.slice(1).find((group) => group !== undefined);
  return word === undefined ? null : parseNumber(word);
}

/** The round a promise is due by, clamped to round+1 … finalRound, or null when the words name no time. */
export function deadlineOf(text: string, round: number, finalRound: number): number | null {
  if (round >= finalRound) return null;
  const raw = rawDeadline(text, round, finalRound);
  return raw === null ? null : clamp(raw, round, finalRound);
}

/** Every time phrase but IMMEDIATE and FINAL names a round, and most texts name none. */
const ROUND_WORD = /round/i;

function rawDeadline(text: string, round: number, finalRound: number): number | null {
  if (!ROUND_WORD.test(text)) return IMMEDIATE.test(text) ? round + 1 : FINAL.test(text) ? finalRound : null;
  const before = fromNumber(BEFORE_ROUND.exec(text));
  if (before !== null) return before - 1;
  const by = fromNumber(BY_ROUND.exec(text));
  if (by !== null) return by;
  const within = fromNumber(WITHIN.exec(text));
  if (within !== null) return round + within;
  if (NEXT_ROUND.test(text) || IMMEDIATE.test(text)) return round + 1;
  if (FINAL.test(text)) return finalRound;
  return fromNumber(BARE_ROUND.exec(text));
}

/** True when the text names a time at all ("by round 3", "next round", "before the vote"). */
export function hasTimeWords(text: string): boolean {
  return rawDeadline(text, 1, 7) !== null;
}

const TIME_PHRASES = [FINAL, IMMEDIATE, NEXT_ROUND, WITHIN, BEFORE_ROUND, BY_ROUND, BARE_ROUND, RELATIVE].map((p) => new RegExp(p.source, "gi"));

/** The text with every time phrase taken out ("the lab opens next round" → "the lab opens"). */
export function timeless(text: string): string {
  return TIME_PHRASES.reduce((t, p) => t.replace(p, " "), text);
}

/** True when the text names a time to come, also one relative to another promise ("the round after"). */
export function hasFutureTime(text: string): boolean {
  return hasTimeWords(text) || RELATIVE.test(text);
}

const PRESENT = /\b(?:right now|just now|at the moment)\b/gi;

/** True when the text names a round still to come (not "in round one" said in round three, nor "in four rounds" said in round four). */
export function namesFutureRound(text: string, round: number, finalRound: number): boolean {
  if (RELATIVE.test(text)) return true;
  // "right now" dates a promise already made ("I'll do it right now"); on its own it describes the present.
  const raw = rawDeadline(text.replace(PRESENT, " "), round, finalRound);
  const elapsed = fromNumber(ELAPSED.exec(text));
  if (elapsed !== null && elapsed <= round && !/\b(?:will|more|another|new|next|within|by|before)\b/i.test(text)) return false;
  return raw !== null && raw > round && raw <= finalRound;
}

/** "another", "a second one": a sentence that adds to what came before instead of dating it. */
const ADDS = /\b(?:another|more|again|also|too|extra|new)\b|(?<!\bthe\s)\b(?:second|third|fourth|fifth)\b(?!\s+round)|\b(?:and|plus)\s+(?:a|one|two|three)\b/i;

const ANAPHOR = /^(?:it|that|this|they|both|each|all|everything|the (?:first|second|last|rest|whole thing)|one)\b/i;
const NAMED_THING = /\b(?:the|a|an|our|your|his|her|their|its)\s+(?!(?:latest|end|same|deadline)\b)[a-z]/i;

/**
 * True when a sentence only dates what the one before it promised ("I will build a lab. Round four at the latest.",
 * "It will be ready by round 3.", "Give me until round 4."): it names a time and, besides the time, no topic of the
 * city and nothing added to the promise.
 */
export function datesPrevious(sentence: string): boolean {
  if (!hasTimeWords(sentence) || /\?["”')\s]*$/.test(sentence)) return false;
  const rest = timeless(sentence).replace(/^[\W_]*(?:(?:and|but|so|then)\b[\W_]*)*/i, "");
  if (hasTopic(rest) || ADDS.test(rest)) return false;
  // A thing named with its article is a new subject or object ("The tram runs by round 4"), unless the sentence opens on the promise itself.
  return ANAPHOR.test(rest) || !NAMED_THING.test(rest);
}
