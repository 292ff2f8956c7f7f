import { checkableCommitment } from "./commitment.ts";
import { timeless } from "./deadline.ts";
import { thingsIn } from "./map-words.ts";
import { ADDITIVE } from "./promise-detector.ts";

/** Words that make a clause finite: an auxiliary, a past form or a pronoun subject. */
const FINITE = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|\w+ed|I|we|you|he|she|they)\b/i;

/** A clause without a finite verb ("Solar on (9,2)", "Factory next round", "Fields safe"). */
export function isVerbless(text: string): boolean {
  return !FINITE.test(text);
}

/** "Solar on (9,2).", "Two labs by the river.": a short sentence without a verb that names something to build on the map. */
export function namesThingToMake(sentence: string): boolean {
  if (sentence.split(/\s+/).length > 10 || /[?]/.test(sentence) || !isVerbless(sentence)) return false;
  return checkableCommitment(telegraphicReading(sentence, "", true))?.type === "do";
}

/**
 * What a telegraphic promise commits to, read as the full clause it stands for: "Another next round" after "Lab
 * built." is another lab; a verbless "Factory next round" is a new factory. A noun alone names what is to be made
 * only when a time to come is said with it (`dated`), in its clause or in a sentence of its own after it.
 */
export function telegraphicReading(text: string, previous: string, dated: boolean): string {
  if (ADDITIVE.test(timeless(text).replace(/[\W_]+/g, " ").trim())) {
    const thing = thingsIn(previous)[0];
    if (thing !== undefined) return `${text} (another ${previous.slice(thing.start, thing.end)})`;
  }
  if (dated && isVerbless(text) && checkableCommitment(text) === undefined && thingsIn(text).length > 0) return `new ${text}`;
  return text;
}
