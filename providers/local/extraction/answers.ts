/** A short answer to a question put to the speaker: the question, said back as a statement. */
import { startsWithVerb } from "./markers.ts";
import { hasTopic } from "./domain.ts";
import { hasTimeWords, timeless } from "./deadline.ts";
import { isQuestion } from "./non-promise.ts";

const YES = /^[\W_]*(?:yes|yeah|yep|yup|absolutely|definitely|certainly|of course|you bet|sure|indeed)\b(?!\s+(?:not|never)\b)[\s,!.]*/i;
const NO = /^[\W_]*(?:not (?:on|under|while|as long as|for as long as)\b[^.!?;]*|(?:no|nope|never|absolutely not|certainly not|of course not|not a chance)\b)[\s,!.]*/i;
/**
 * The answer said as its own short clause, a pronoun and the auxiliary of the question ("We will.", "It does.",
 * "Yes, it will.", "No, I won't.", "You bet we are.").
 */
const ECHO =
  /^[\W_]*(?:(?:yes|yeah|no|nope|oh|and|you bet)[\s,!]+)*(?:I|we|it|they|you)\s+(?:will|shall|do|does|am|are|is|would)(n['’]t|\s+not|\s+never)?[\s.!]*$/i;

/** A polar question: an auxiliary ahead of its subject, read from the question's last clause (after a colon or a quote). */
const POLAR = /(?:^|[:"“‘]\s*|,\s*)(will|shall|are|is|am|do|does)\s+([^?]{3,240}?)[\s"”’]*(?:\?|,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:asks?|asked|wants to know|wonders)\W*|[.!]*)[\s"”’]*$/i;
/** A question reported in the speaker's words: "Mia asked whether we will plant trees", "you asked if I'll …". */
const INDIRECT = /\b(?:ask(?:s|ed|ing)?(?:\s+(?:me|us|him|her))?(?:\s+\w+\s+out)?|[ei]nquir(?:es|ed|ing|e)|want(?:s|ed)? to know|wonders?|wondered)(?:,\s*[^,]{1,30},)?\s+(?:whether|if)\s+([^?.!]{3,240}?)[\s.!?]*$/i;
/** A subject the speaker answers for: the speaker, the listener (who means the speaker), or a thing of the city, never a named person. */
const THING_SUBJECT = /^(?:(?:the|our|your|this|that|these|those|every|each|any|a|an|my|its|their|his|her)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}|it|they)$/;
/** Verbs of state a thing can take in a question ("Will the coal plant close?", "Is the forest going to stay?"). */
const STATE_VERB = /^(?:be|stay|remain|have|get|keep|go|come|reach|fall|rise|run|open|close|shut|reopen|grow|stop|change|disappear|survive|continue)\b/i;
/** A reported question shifts "will" back to "would" ("she asked whether her fields would be sold"). */
const FUTURE_AUX = /^(.*?)\s*(?:\s(?:will|shall|would)|['’]ll|\s(?:is|are|am|was|were) going to)\s+(.+)$/i;

export interface Answer {
  /** The question said back as a statement, to read the promise from. */
  readonly reading: string;
  /** How many characters of the answer sentence the answer takes. */
  readonly length: number;
}

interface Asked {
  readonly subject: string;
  readonly rest: string;
  /** The question has a future auxiliary ("will", "going to"); otherwise it is in the present ("whether the refinery stays"). */
  readonly future: boolean;
}

/** Splits "the coal plant close before the vote" into a subject and a verb phrase at the first verb after its first word. */
function subjectAndVerb(text: string): { subject: string; rest: string } | null {
  const words = text.split(/\s+/);
  for (let i = 1; i < Math.min(words.length, 7); i++) {
    const rest = words.slice(i).join(" ");
    // "whether the refinery stays": the verb in the third person.
    const base = rest.replace(/^([a-z]+?)(?:es|s)\b/i, "$1");
    if ([rest, base].some((r) => startsWithVerb(r) || STATE_VERB.test(r))) return { subject: words.slice(0, i).join(" "), rest };
  }
  return null;
}

function askedOf(question: string): Asked | null {
  const indirect = INDIRECT.exec(question)?.[1];
  if (indirect !== undefined) {
    const future = FUTURE_AUX.exec(indirect);
    if (future !== null) return { subject: future[1]!.trim(), rest: future[2]!.trim(), future: true };
    const present = subjectAndVerb(indirect);
    return present === null ? null : { ...present, future: false };
  }
  const m = isQuestion(question) ? POLAR.exec(question) : null;
  if (m === null) return null;
  const aux = m[1]!.toLowerCase();
  const body = m[2]!.trim();
  const goingTo = /^(.+?)\s+going\s+to\s+(.+)$/i.exec(body);
  if (goingTo !== null && aux !== "do" && aux !== "does") return { subject: goingTo[1]!, rest: goingTo[2]!, future: true };
  const pronoun = /^(I|you|we|it|they)\s+(.+)$/i.exec(body);
  const split = pronoun === null ? subjectAndVerb(body) : { subject: pronoun[1]!, rest: pronoun[2]! };
  if (split === null) return null;
  if (aux === "will" || aux === "shall") return { ...split, future: true };
  // "Do you promise to …?": the listener is asked for their word.
  const pledge = /^(?:promise|pledge|swear|guarantee)\s+(?:to|that)?\s*(.+)$/i.exec(split.rest);
  return pledge !== null && /^(?:I|you|we)$/i.test(split.subject) ? { subject: split.subject, rest: pledge[1]!, future: true } : null;
}

/** The verb phrase names something of the city, or a concrete thing done to an object ("build the tram"), not "fight for her". */
function concrete(rest: string): boolean {
  return hasTopic(rest) || /^(?:\w+ly\s+|ever\s+)?[a-z]+\s+(?:the|a|an|our|your|my|his|her|its|their|this|that|every|all|one|two|three|new)\b/i.test(rest);
}

/** What a yes or no is, and how much of the answer sentence it takes. */
function polarity(answer: string): { no: boolean; length: number } | null {
  const echo = ECHO.exec(answer);
  if (echo !== null) return { no: echo[1] !== undefined || /^[\W_]*(?:no|nope)\b/i.test(answer), length: answer.trimEnd().replace(/[.!]+$/, "").length };
  const word = NO.exec(answer) ?? YES.exec(answer);
  if (word === null) return null;
  const no = NO.test(answer);
  const rest = answer.slice(word[0].length);
  // "Yes, by round 4.": a time after the yes belongs to the answer.
  const timed = hasTimeWords(rest) && !/[A-Za-z]{2,}/.test(timeless(rest).replace(/\b(?:and|at the latest|latest|at|the)\b/gi, ""));
  const length = (timed ? answer.trimEnd() : word[0].trimEnd()).replace(/[\s,.!]+$/, "").length;
  return { no, length };
}

/**
 * The statement a yes or no makes of the question before it ("Will I close the refinery? Yes." → "I will close the
 * refinery"; "Mia asked whether we will plant trees. We will." → "we will plant trees"; "No." → "I will not …"), or
 * null when the sentence is no short answer to a question about what the speaker or a thing of the city will do.
 */
export function answeredQuestion(question: string | undefined, answer: string): Answer | null {
  if (question === undefined) return null;
  const said = polarity(answer);
  if (said === null) return null;
  const asked = askedOf(question.trim());
  if (asked === null) return null;
  const person = /^(?:I|you|we)$/i.test(asked.subject);
  if (!person && !THING_SUBJECT.test(asked.subject)) return null;
  // A thing of the city is concrete by itself; a person's verb phrase has to name one.
  if (person && !concrete(asked.rest)) return null;
  // "Will you …?" is put to the speaker, who answers as "I".
  const subject = /^you$/i.test(asked.subject) ? "I" : asked.subject;
  const tail = answer.slice(0, said.length).replace(/^[\W_]*(?:yes|yeah|yep|yup|absolutely|definitely|certainly|of course|you bet|sure|indeed)\b[\s,!]*/i, "");
  const time = hasTimeWords(tail) ? ` ${tail}` : "";
  if (!asked.future) return said.no ? null : { reading: `${subject} ${asked.rest}${time}`, length: said.length };
  return { reading: `${subject} will ${said.no ? "not " : ""}${asked.rest}${time}`, length: said.length };
}
