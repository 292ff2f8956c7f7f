import { startsWithVerb } from "./markers.ts";

/**
 * The first-person present said of the future: "We're building the tram next round", "I'm not spending another
 * cent on trees", "Next round I build the lab". English marks such a plan by the progressive (or, in learners'
 * English, the bare present) with a first-person subject and a time to come; without that time the same words
 * describe what the speaker is doing now, so a time to come or a word that looks forward is required.
 */
const A = "['’]";
const PROGRESSIVE = new RegExp(`(?:^|[\\s,;:])(?:I|we)(?:${A}m|${A}re| am| are)(?:\\s+(?:not|never|also|still|now|finally|personally|\\w+ly))*\\s+([a-z]+ing)\\b`, "i");
const SIMPLE = /(?:^|[\s,;:])(?:I|we)\s+(?:(?:also|then|personally|myself|now|still|first)\s+)?(?=[a-z])/gi;
/** Progressives of thinking, saying and waiting: what the speaker does while speaking, never a plan. */
const STATE_OF_MIND =
  /^(?:go|talk|say|tell|ask|think|hop|try|listen|wait|look|be|feel|wonder|speak|jok|kidd|ly|worry|wish|want|hear|watch|see|sitt|stand|mean)ing$/i;
/** "another cent", "any more", "instead": the words themselves look past the present. */
const FORWARD = /\b(?:another|any ?more|again|instead|from now on|from today|this time)\b/i;

/** Where the first-person subject of such a plan starts in the clause, or -1. */
export function presentAsFutureAt(clause: string, futureTime: boolean): number {
  const progressive = PROGRESSIVE.exec(clause);
  if (progressive !== null && !STATE_OF_MIND.test(progressive[1] ?? "") && (futureTime || FORWARD.test(clause))) {
    return progressive.index + (/^[\s,;:]/.test(progressive[0]) ? 1 : 0);
  }
  if (!futureTime) return -1;
  for (const m of clause.matchAll(SIMPLE)) {
    if (startsWithVerb(clause.slice(m.index + m[0].length))) return m.index + (/^[\s,;:]/.test(m[0]) ? 1 : 0);
  }
  return -1;
}
