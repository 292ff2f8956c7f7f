/** Small text helpers for lines that must stay short and readable. */

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** Markup in a speech is an attempt on the reader, never words a citizen would repeat: a script goes whole, a tag alone. */
const MARKUP = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?[a-z_][^<>]{0,200}>/gi;

/** A quote cut at a word boundary, without markup or a trailing full stop, so it sits inside a sentence. */
export function brief(text: string, max = 70): string {
  const clean = text.replace(MARKUP, " ").replace(/\s+/g, " ").trim().replace(/[.!?;:,]+$/, "");
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[.,;:!?-]+$/, "")}…`;
}

/** "one broken promise", "three broken promises" */
export function countPhrase(n: number, noun: string): string {
  const word = NUMBER_WORDS[n] ?? String(n);
  return `${word} ${noun}${n === 1 ? "" : "s"}`;
}

/** Replaces {slot} markers; a marker without a value is left out with its surrounding space. */
export function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => slots[key] ?? "").replace(/\s{2,}/g, " ").trim();
}

/** Keeps whole sentences up to `max` characters; a single overlong sentence is cut at a word. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const sentences = text.match(/[^.!?]+[.!?]+["”]?\s*/g) ?? [];
  let out = "";
  for (const s of sentences) {
    if ((out + s).trimEnd().length > max) break;
    out += s;
  }
  return out.trim() || `${brief(text, max - 1)}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
