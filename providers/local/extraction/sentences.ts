/** A stretch of the speech; `text` is always `speech.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ABBREVIATIONS = new Set(["dr", "mr", "mrs", "ms", "st", "vs", "etc", "e.g", "i.e", "prof", "jr", "sr"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "]"]);
const LEADING_CONNECTIVE = /^(?:(?:and|but|so|or|then|also|yet|plus)\b[\s,]*)+/i;
const EDGE_JUNK = /^[\s,;:—–\-"“”'‘’(]+/;
const TRAILING_JUNK = /[\s.,;:—–\-"“”'‘’)]+$/;
/** No ASCII character is pictographic, so only the others are tested. */
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

const SPACE = /\s/;

/** The same test as /\s/ on the character at `i`, without a regex for the ASCII ones. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i] ?? "");
}

/** The span of speech[start, end) with surrounding blanks removed. */
export function makeSpan(speech: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(speech, s)) s++;
  while (e > s && isSpaceAt(speech, e - 1)) e--;
  return { start: s, end: e, text: speech.slice(s, e) };
}

/**
 * The clause as a quotable text: no leading "and"/"but"/"so", no trailing full stop or comma,
 * no unbalanced quote marks at the edges.
 */
export function quotable(speech: string, span: Span): Span {
  let s = span.start;
  let e = span.end;
  for (;;) {
    const rest = speech.slice(s, e);
    const edge = EDGE_JUNK.exec(rest)?.[0].length ?? 0;
    const conj = edge === 0 ? (LEADING_CONNECTIVE.exec(rest)?.[0].length ?? 0) : 0;
    if (edge + conj === 0 || edge + conj >= rest.length) break;
    s += edge + conj;
  }
  const tail = TRAILING_JUNK.exec(speech.slice(s, e))?.[0].length ?? 0;
  if (tail < e - s) e -= tail;
  return makeSpan(speech, s, e);
}

function endsAbbreviation(speech: string, dot: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(speech.slice(Math.max(0, dot - 6), dot))?.[1] ?? "";
  if (ABBREVIATIONS.has(before.toLowerCase())) return true;
  return /\d$/.test(speech.slice(0, dot)) && /^\d/.test(speech.slice(dot + 1));
}

function hasLaterCloser(speech: string, from: number, open: string): boolean {
  const close = open === "“" ? "”" : '"';
  return speech.indexOf(close, from + 1) !== -1;
}

/**
 * Splits a speech into sentences at ., ! and ? (not after Dr./Mr. or inside numbers), at line breaks,
 * and never inside a quotation, so a quoted rival stays in the sentence that attributes it.
 */
export function splitSentences(speech: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let quote: string | null = null;
  const push = (end: number) => {
    const span = makeSpan(speech, start, end);
    if (/[A-Za-z0-9]/.test(span.text)) out.push(span);
    start = end;
  };
  for (let i = 0; i < speech.length; i++) {
    const ch = speech[i] ?? "";
    if (quote !== null) {
      const closes = quote === "“" ? ch === "”" : ch === '"';
      if (closes) {
        quote = null;
        const prev = speech.slice(start, i).trimEnd().slice(-1);
        if (/[.!?]/.test(prev) && /^\s|^$/.test(speech.slice(i + 1, i + 2))) push(i + 1);
      }
      continue;
    }
    if ((ch === '"' || ch === "“") && hasLaterCloser(speech, i, ch)) {
      quote = ch;
      continue;
    }
    if (ch === "\n") {
      push(i + 1);
      continue;
    }
    const symbol = ch < "\u0080" ? null : String.fromCodePoint(speech.codePointAt(i) ?? 32);
    if (symbol !== null && PICTOGRAPH.test(symbol)) {
      push(i + symbol.length);
      i += symbol.length - 1;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    if (ch === "." && endsAbbreviation(speech, i)) continue;
    let j = i + 1;
    while (j < speech.length && (/[.!?]/.test(speech[j] ?? "") || CLOSERS.has(speech[j] ?? ""))) j++;
    if (j < speech.length && !/\s/.test(speech[j] ?? "")) continue;
    push(j);
    i = j - 1;
  }
  push(speech.length);
  return out;
}
