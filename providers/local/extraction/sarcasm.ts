/** Sarcasm marked as such: the speaker takes the words back in the same breath. */

const IN_SENTENCE = [
  /[—–-]+\s*not\b[\s.!…]*["”']?$/i,
  /(?:\.\.\.|…)\s*not\b[\s.!]*$/i,
  /\bnot!+\s*$/i,
  /\byeah,?\s+right\b/i,
  /\bsure,?\s+sure\b/i,
  /(?:^|\s)\/s\b/i,
  /\bas if\b/i,
  /\b(?:just )?(?:kidding|joking)\b/i,
  /\bin (?:your|my|our) dreams\b/i,
  /\bwhen pigs fly\b/i,
  /😉|😜|🙄|😏|;\)|\(wink\)|\*wink\*/,
  /^\W*oh,?\s+(?:yes|sure|right|absolutely)\b/i,
  /^\W*(?:sure|of course|oh sure),?\s+(?:and\s+)?(?:I|we)(?:['’]ll| will)\b.*\b(?:tomorrow|overnight|by friday|by tonight)\b/i,
];

const TAG = /^(?:(?:\w+ly,?\s+)?not(?:\s+happening)?|nope|yeah,?\s+right|as if|just kidding|kidding|joking|lol|\/s|wink|sure|please|right)[\s.!…]*$|^that['’]s what \w+ (?:thinks|says|wants you to think)/i;

/** True when the sentence, or the one right after it ("Not." / "Yeah, right."), marks it as sarcasm. */
export function isSarcastic(sentence: string, next: string | undefined): boolean {
  if (IN_SENTENCE.some((cue) => cue.test(sentence))) return true;
  return next !== undefined && TAG.test(next.trim());
}
