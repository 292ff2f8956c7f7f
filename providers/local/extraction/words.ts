/** Whole-word lookup of names without a regular expression per name: a server meets endless sets of names. */

const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_CHAR.test(text[at] ?? "");
}

/** The text in lower case with every run of blanks as one space, so a name split over a line still reads as one. */
export function normalised(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ");
}

/** Every place `word` (normalised) stands in `text` (normalised) as whole words, in order. */
export function* wordsAt(text: string, word: string): Generator<number> {
  if (word === "") return;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text, at - 1) && !isWordChar(text, at + word.length)) yield at;
  }
}

/** The first place `word` stands in `text` as whole words, or -1. */
export function wordAt(text: string, word: string): number {
  for (const at of wordsAt(text, word)) return at;
  return -1;
}
