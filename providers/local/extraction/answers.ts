/** A bare yes or no that answers a question put to the speaker: the question, said back as a statement. */

const YES = /^[\W_]*(?:yes|yeah|yep|absolutely|definitely|certainly|of course|you bet|sure)\b(?!\s+(?:not|never)\b)/i;
const NO = /^[\W_]*(?:no|nope|never|absolutely not|certainly not|of course not|not a chance|not on my watch)\b/i;
/**
 * A polar question about what will happen: "Will I close the refinery?", "Karl asks: will you keep the plant open?",
 * "Is the forest going to stay?", "Do you promise to build the lab?". Its subject and verb phrase, read from its last
 * clause (after a colon or an opening quote).
 */
const POLAR =
  /(?:^|[:"“‘]\s*|,\s*)(?:(?:will|shall)\s+(I|you|we|[^,;:?]{1,40}?(?=\s+(?:be|stay|remain|have|get|keep|go|come|reach|see|fall|rise|run|open|close|shut)\b))|(?:are|is|am)\s+(I|you|we|[^,;:?]{1,40}?)\s+going\s+to|(?:do|does)\s+(I|you|we)\s+(?:promise|pledge|swear|guarantee)\s+(?:to|that)?)\s+([^?]{2,200}?)[\s"”’]*\?[\s"”’]*$/i;

export interface Answer {
  /** The question said back as a statement, to read the promise from. */
  readonly reading: string;
  /** How many characters of the answer sentence the yes or no takes. */
  readonly length: number;
}

/**
 * The statement a yes or no makes of the question before it ("Will I close the refinery? Yes." → "I will close the
 * refinery"; "No." → "I will not close the refinery"), or null when the sentence is no bare answer to such a question.
 */
export function answeredQuestion(question: string | undefined, answer: string): Answer | null {
  if (question === undefined) return null;
  const word = NO.exec(answer) ?? YES.exec(answer);
  if (word === null) return null;
  const no = NO.test(answer);
  const m = POLAR.exec(question);
  if (m === null) return null;
  const said = (m[1] ?? m[2] ?? m[3] ?? "").trim();
  const subject = /^(?:I|you)$/i.test(said) ? "I" : said;
  // "Will you …?" is put to the speaker, who answers as "I".
  return { reading: `${subject} will ${no ? "not " : ""}${m[4] ?? ""}`, length: word[0].length };
}
