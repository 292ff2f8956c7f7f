import { explicitMarkerEnd, startsWithMarker, startsWithVerb } from "./markers.ts";
import { hasTimeWords } from "./deadline.ts";
import { isImplicitForm } from "./promise-detector.ts";
import { makeSpan, type Span } from "./sentences.ts";

export interface Clause {
  readonly span: Span;
  /** How the clause was cut from the one before it ("start" for the first). */
  readonly opener: CutKind | "start";
  /** The clause continues a marked one ("I will plant a forest and [build a lab]") or follows a lead-in ("I promise you this:"). */
  readonly inheritsMarker: boolean;
}

export type CutKind = "hard" | "contrast" | "subordinate" | "soft";

interface Cut {
  readonly start: number;
  readonly end: number;
  readonly kind: CutKind;
}

const CUTS: ReadonlyArray<readonly [RegExp, CutKind]> = [
  [/\s*;\s*|\s*[—–]\s*|\s+--?\s+|:\s+/g, "hard"],
  [/,?\s+(?:but|whereas|while|yet|although|though|however|so|then|and then|and so|instead)\b,?\s*/gi, "contrast"],
  [/,\s*(?:because|so that|which|where|since|as|starting with|in order to|even if|even though)\b\s*/gi, "subordinate"],
  [/,?\s+(?:and|or|plus)\s+|,\s*/g, "soft"],
];

const LEAD_IN =
  /^[\W_]*(?:(?:and|so|but|now|today)[\s,]+)?(?:I (?:hereby )?(?:promise|pledge|swear|guarantee|vow|commit)(?:\s+(?:you|to you|this|all of you|everyone|one thing|today|here|now|that|it))*|you have my (?:word|promise)(?:\s+on (?:this|that|it|both|all of (?:it|this|them)|every one|each one|these|those))?|my (?:promise|pledge|word|commitment)(?: to you)?(?: is (?:this|simple))?|I give you my word|here is my (?:promise|pledge)|what I (?:can )?promise(?: you)? is (?:this|simple)|mark my words|let me be clear|make no mistake)[\W_]*$/i;

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
      if (cuts.some((c) => start < c.end && end > c.start)) continue;
      cuts.push({ start, end, kind });
    }
  }
  return cuts.sort((a, b) => a.start - b.start);
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
  let inherits = false;
  for (const cut of cuts) {
    const left = text.slice(segStart, cut.start);
    const right = text.slice(cut.end, nextStop(cuts, cut.end, text.length));
    const near = text.slice(cut.end, cuts.find((c) => c.start >= cut.end)?.start ?? text.length);
    const ownForm = isImplicitForm(near);
    const gapped = cut.kind === "soft" && /\band\b/i.test(text.slice(cut.start, cut.end)) && hasTimeWords(left) && hasTimeWords(right) && !ownForm;
    const continues: boolean = carriesCommitment(left, inherits) && (startsWithVerb(right) || gapped);
    if (isLeadIn(right) && cut.kind !== "hard") continue;
    if (cut.kind === "soft" && hasTimeWords(left) && left.trim().split(/\s+/).length <= 5 && !startsWithVerb(right) && !/\b(?:will|I|we)\b/i.test(left)) continue;
    const accept = cut.kind !== "soft" || continues || startsWithMarker(right) || ownForm;
    if (!accept) continue;
    out.push({ span: makeSpan(speech, sentence.start + segStart, sentence.start + cut.start), opener, inheritsMarker: inherits });
    inherits = isLeadIn(left) ? true : continues;
    opener = cut.kind;
    segStart = cut.end;
  }
  out.push({ span: makeSpan(speech, sentence.start + segStart, sentence.end), opener, inheritsMarker: inherits });
  return out.filter((c) => /[A-Za-z]/.test(c.span.text));
}
