import type { PromiseKind } from "../../../common/schemas/game.ts";
import { explicitMarkerAt, explicitMarkerEnd, startsWithMarker, startsWithVerb } from "./markers.ts";
import { hasFutureTime, hasTimeWords } from "./deadline.ts";
import { isImplicitForm, isOutcome } from "./promise-detector.ts";
import { isTrailingTag } from "./tags.ts";
import { makeSpan, type Span } from "./sentences.ts";

export interface Clause {
  readonly span: Span;
  /** How the clause was cut from the one before it ("start" for the first). */
  readonly opener: CutKind | "start";
  /**
   * The kind the clause takes from the one it continues: explicit after a marked clause ("I will plant a forest and
   * [build a lab]") or a lead-in ("I promise you this:"), implicit after a marker-less promise ("the factories stay
   * open and [get carbon capture]"); null when it stands alone.
   */
  readonly inherits: PromiseKind | null;
  /** The clause follows a colon ("The copse comes back: [two more tiles by round 5]"). */
  readonly afterColon: boolean;
  /** The clause heads the list after its colon ("[My plan for round four]: one lab, one solar field"): no promise of its own. */
  readonly heading?: boolean;
}

export type CutKind = "hard" | "contrast" | "subordinate" | "soft";

interface Cut {
  readonly start: number;
  readonly end: number;
  readonly kind: CutKind;
}

const CUTS: ReadonlyArray<readonly [RegExp, CutKind]> = [
  [/\s*;\s*|\s*[—–]\s*|\s+--?\s+|:\s+/g, "hard"],
  // ", so …" and "and so …" open a clause of result, a main clause of its own; "so that" and a bare "so" say why.
  [/,\s*(?:and\s+)?so\b(?!\s+(?:that|far|much|many|long|too|as)\b),?\s*|\s+and so\b,?\s*/gi, "contrast"],
  [/(?<!\beven),?\s+(?:but|whereas|while(?!\s+(?:I|we)(?:['’]m|['’]re| am| are| hold| remain| sit| stay| live)\b)|yet|although|though|however|then|and then|instead(?=\s*,))\b,?\s*/gi, "contrast"],
  [/,\s*(?:which|where|since|as|starting with|in order to)\b\s*|,?\s+(?:even if|even though|because(?! of\b)|so that|so|and so|whatever|whoever|no matter)\b,?\s*/gi, "subordinate"],
  [/,?\s+(?:and|or|plus)\s+|,\s*/g, "soft"],
];

const LEAD_IN =
  /^[\W_]*(?:(?:and|so|but|now|today|tonight|here)[\s,]+)*(?:(?:(?:Dr|Mr|Mrs|Ms)\.\s*)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s*)?(?:I (?:hereby |can |can only |only )?(?:promise|pledge|swear|guarantee|vow|commit)(?:\s+(?:you|to you|this|all of you|everyone|one thing|today|here|now|that|it))*|you have my (?:word|promise)(?:\s+on (?:this|that|it|both|all of (?:it|this|them)|every one|each one|these|those))?|my (?:promise|pledge|word|commitment)(?: to you)?(?: on (?:this|that|it))?(?: is (?:this|simple))?|I give you my word|here(?:['’]s| is) my (?:promise|pledge|word)|what I (?:can )?promise(?: you)? is (?:this|simple)|mark my words|let me be clear|make no mistake)(?:,\s*(?:(?:Dr|Mr|Mrs|Ms)\.\s*)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?[\W_]*$/i;

function quotedRanges(text: string): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  const re = /"[^"]*"|“[^”]*”/g;
  for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

function findCuts(text: string): Cut[] {
  const quoted = quotedRanges(text);
  const inside = (i: number) => quoted.some(([s, e]) => i > s && i < e);
  const cuts: Cut[] = [];
  for (const [pattern, kind] of CUTS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start === 0 || end >= text.length || inside(start)) continue;
      if (/\d/.test(text[start - 1] ?? "") && /^,\d/.test(text.slice(start, end + 1))) continue;
      if (cuts.some((c) => start < c.end && end > c.start)) continue;
      cuts.push({ start, end, kind });
    }
  }
  return cuts.sort((a, b) => a.start - b.start);
}

/** "I promise you, Karl," or "you have my word": a marker whose complement follows the comma, so no cut there. */
const OPENS_COMPLEMENT =
  /\b(?:I (?:am |hereby )?(?:promise|promising|swear|guarantee|pledge|assure)(?: (?:you|to you|all of you))?|[Yy]ou have my word)(?:,\s*(?:(?:Dr|Mr|Mrs|Ms)\.\s*)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?[\s,]*$/;
/** A name said to someone ("Dr. Amara, one more centre next round"): the words after it can stand alone. */
const VOCATIVE = /^[\s,]*(?:(?:and|so|now)\s+)?(?:(?:Dr|Mr|Mrs|Ms)\.\s*)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?[\s,]*$/;
/** "the refinery in round 3" after "I will shut down the coal plant in round 2": a gapped object with its own date. */
const GAPPED_OBJECT = /^[\s,]*(?:the|a|an|one|two|three|both|all|every|its|their|my|our)\b(?![^,;]*\b(?:is|are|will|goes|gets|comes|stays|opens|closes|reaches|passes)\b)/i;
/** "… and after that we can argue": a pronoun subject (after a time adverbial) opens a clause of its own. */
const NEW_SUBJECT = /^\s*(?:(?:then|after that|afterwards|later|now|today|tomorrow|meanwhile)[\s,]+)?(?:I|we|he|she|they)\s+(?!(?:and|or)\b)[a-z’']+/;
/** "we'll walk the river together": the speaker and the listener, not a new commitment of the mayor's team. */
const INCLUSIVE_WE = /^we(?:['’]ll| will)\b[^,;]*\btogether\b/i;

/** "My three promises:", "Here is the plan:": a heading that announces the list after its colon. */
const LIST_HEADING = /\b(?:things|promises|pledges|points|commitments|priorities|plan|programme|program|agenda|list)\W*$/i;

/**
 * The kind each item of a list after a colon takes from its heading ("By round five: two labs, one solar field";
 * "I pledge three things: …"), or null when the words before the colon head no list.
 */
function listKind(left: string): PromiseKind | null {
  const words = left.trim().split(/\s+/).length;
  const timeHeading = hasTimeWords(left) && words <= 6 && !startsWithVerb(left) && !/\b(?:is|are|was|were)\b/i.test(left);
  if (!timeHeading && !LIST_HEADING.test(left)) return null;
  return explicitMarkerAt(left) !== -1 ? "explicit" : "implicit";
}

/** True when the text is only a lead-in that hands its marker to what follows ("I promise you this:"). */
export function isLeadIn(text: string): boolean {
  return LEAD_IN.test(text);
}

/** The left part has a marker (its own or inherited) followed by its own verb phrase, not just "I will, if …". */
function carriesCommitment(left: string, inherits: boolean): boolean {
  if (inherits) return true;
  const end = explicitMarkerEnd(left);
  if (end === -1) return false;
  const rest = left.slice(end).replace(/^[\s,]+/, "");
  return /[A-Za-z]/.test(rest) && !/^(?:if|when|once|as soon as|unless)\b/i.test(rest);
}

function nextStop(cuts: readonly Cut[], from: number, length: number): number {
  return cuts.find((c) => c.start >= from && c.kind !== "soft")?.start ?? length;
}

/**
 * Splits a sentence into the clauses that can each carry one commitment. Hard breaks (;, dashes, colons) and
 * contrasts ("but", "while") always cut; "and", "or" and commas cut only where a new commitment starts.
 */
export function splitClauses(speech: string, sentence: Span): Clause[] {
  const text = sentence.text;
  const cuts = findCuts(text);
  const out: Clause[] = [];
  let segStart = 0;
  let opener: CutKind | "start" = "start";
  let inherits: PromiseKind | null = null;
  let afterColon = false;
  let list: PromiseKind | null = null;
  for (const cut of cuts) {
    const left = text.slice(segStart, cut.start);
    const right = text.slice(cut.end, nextStop(cuts, cut.end, text.length));
    const near = text.slice(cut.end, cuts.find((c) => c.start >= cut.end)?.start ?? text.length);
    const leftTimed = hasTimeWords(left);
    const dated = leftTimed || VOCATIVE.test(left);
    // ", and the refinery closes by round 4": after a comma and a conjunction, a dated clause with its own subject stands alone.
    const joined = cut.kind === "soft" && /,\s*(?:and|plus)\b/i.test(text.slice(cut.start, cut.end)) && !startsWithVerb(near);
    const ownForm = isImplicitForm(near, (dated || joined) && hasFutureTime(near)) || isOutcome(near);
    const gapped = cut.kind === "soft" && /\band\b/i.test(text.slice(cut.start, cut.end)) && leftTimed && hasTimeWords(right) && GAPPED_OBJECT.test(right);
    const marked: boolean = carriesCommitment(left, inherits === "explicit");
    const implicitLeft: boolean = !marked && inherits === null && isImplicitForm(left, hasFutureTime(left));
    const continues: boolean = (marked || implicitLeft) && (startsWithVerb(right) || gapped || (marked && /^that\s/i.test(right)));
    const tag = isTrailingTag(text.slice(cut.end)) || isTrailingTag(right);
    const item = list !== null && cut.kind === "soft" && !VOCATIVE.test(left);
    if (item) {
      out.push({ span: makeSpan(speech, sentence.start + segStart, sentence.start + cut.start), opener, inherits, afterColon });
      opener = cut.kind;
      segStart = cut.end;
      continue;
    }
    if (isLeadIn(right) && cut.kind !== "hard" && !tag) continue;
    if (cut.kind === "subordinate" && /^\s*so\s*$/i.test(text.slice(cut.start, cut.end)) && left.trim().split(/\s+/).length < 4) continue;
    if (cut.kind === "soft" && (OPENS_COMPLEMENT.test(left) || (marked && INCLUSIVE_WE.test(right)))) continue;
    if (cut.kind === "soft" && opener !== "soft" && leftTimed && left.trim().split(/\s+/).length <= 5 && !startsWithVerb(right) && !/\b(?:will|I|we)\b/i.test(left)) continue;
    const accept = cut.kind !== "soft" || continues || (isLeadIn(left) && !VOCATIVE.test(near)) || startsWithMarker(right) || ownForm || tag || (/\b(?:and|or)\b/i.test(text.slice(cut.start, cut.end)) && NEW_SUBJECT.test(near) && !/["“‘']/.test(right));
    if (!accept) continue;
    const colon = /:/.test(text.slice(cut.start, cut.end));
    const heads = colon ? listKind(left) : null;
    out.push({ span: makeSpan(speech, sentence.start + segStart, sentence.start + cut.start), opener, inherits, afterColon, ...(heads === null ? {} : { heading: true }) });
    if (colon) list = heads;
    else if (cut.kind !== "soft") list = null;
    inherits = list ?? (isLeadIn(left) ? "explicit" : continues ? (marked ? "explicit" : "implicit") : null);
    afterColon = colon && list === null;
    opener = cut.kind;
    segStart = cut.end;
  }
  out.push({ span: makeSpan(speech, sentence.start + segStart, sentence.end), opener, inherits, afterColon });
  // A name said to someone ("Real plan: Rosa, …") inherits no commitment of its own.
  return out.filter((c) => /[A-Za-z]/.test(c.span.text)).map((c) => (c.inherits !== null && VOCATIVE.test(c.span.text) ? { ...c, inherits: null } : c));
}
