/** Words around a promise that vouch for it, frame it or only echo a rival: not promises of their own. */

/** A sentence that vouches for the one before: "Dr. Amara has my word on that.", "That's a promise." */
const WORD_TAG = /^[\w.\s,]{0,30}\b(?:ha(?:s|ve) my (?:word|promise)|that(?:['’]s| is) (?:a promise|my word)|I promise(?: you)?(?: that)?[.!]|I guarantee it|you can hold me to (?:it|that))/i;
/** The whole sentence is such a tag, with at most a name: "Mia, you have my word on both." */
const VOUCH_SENTENCE =
  /^[\w.\s,]{0,30}\b(?:(?:you )?ha(?:s|ve) my (?:word|promise)(?: on (?:it|that|this|both|all of (?:it|them|this)|every one|each one|them))?|that(?:['’]s| is) (?:a promise|my word)|you can hold me to (?:it|that))[\s.!]*$/i;
/** A clause that closes a promise with the speaker's word: "…, I promise", "…, I give you my word", "…, promise 🙏". */
const TRAILING_TAG =
  /^(?:(?:and|so)\s+)?(?:(?:i\s+)?(?:promise|promis|swear|guarantee it|give you my word)|you have my word|(?:that|this)(?:['’]s| is) (?:a|my) (?:promise|word)|i(?:['’]ll| will) keep (?:it|that|them|my word)|no cap|bet)\b[\s\W]*(?:(?:Dr\.\s*)?[A-Z][\w'’-]*)?[\s\W]*$/i;
/** "Rafael can have his chimneys": a rival's share, setting up the speaker's rhetorical answer. */
const RIVAL_SHARE = /\b(?:can|may)\s+(?:have|keep|promise|take|get)\b/i;
const RHETORICAL_ANSWER = /^I(?:['’]ll| will) (?:take|promise|have|keep|get)(?: you)?\s+(?:\S+\s*){1,3}$/i;
/** "and I'll sign the contracts myself": how the promise just made is carried out, not a new one. */
const ELABORATION = /^I(?:['’]ll| will) (?:\S+\s+){1,5}(?:myself|personally|in person)$/i;

export function vouchesForPrevious(next: string | undefined): boolean {
  return WORD_TAG.test(next ?? "");
}

/** The word itself as a sentence, with at most a name or a demonstrative: "Promise.", "My word.", "This is my promise." */
const WORD_ALONE = /^(?:(?:Dr\.\s*)?[A-Z][\w'’-]*,\s*)?(?:(?:that|this)(?:['’]s| is)\s+)?(?:(?:my|a)\s+)?(?:word|promise)(?:\s+on (?:it|that|this|both))?[\s.!]*$/i;

export function isVouchSentence(sentence: string): boolean {
  return VOUCH_SENTENCE.test(sentence.trim()) || WORD_ALONE.test(sentence.trim());
}

export function isTrailingTag(clause: string): boolean {
  return TRAILING_TAG.test(clause.trim());
}

/** "Leila can promise you the moon; I'll promise you a payroll." The answer echoes the rival's verb. */
export function isRhetoricalAnswer(clause: string, previous: string | undefined): boolean {
  return previous !== undefined && RIVAL_SHARE.test(previous) && RHETORICAL_ANSWER.test(clause.trim());
}

/** "I could promise you the moon. I won't.": a bare marker that only refuses the talk before it. */
export function refusesTalk(clause: string, before: string): boolean {
  return /^\W*(?:and\s+)?I\s+(?:won['’]t|will not|shan['’]t)\W*$/i.test(clause) && /\b(?:promise|say|tell|pretend|lie|could)\b/i.test(before);
}

export function isElaboration(clause: string): boolean {
  return ELABORATION.test(clause.trim());
}
