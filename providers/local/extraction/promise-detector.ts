import type { PromiseKind } from "../../../common/schemas/game.ts";
import { explicitMarkerAt, isMetaMarker, isStrongMarker, startsWithVerb } from "./markers.ts";
import { timeless } from "./deadline.ts";
import { hasTopic } from "./domain.ts";
import { isSoftHedge } from "./non-promise.ts";
import { presentAsFutureAt } from "./present-future.ts";

export interface Detection {
  readonly kind: PromiseKind;
  readonly confidence: number;
  /** Where the commitment's verb phrase starts in the clause (after the marker), for the domain's direct object. */
  readonly markerAt: number;
}

const A = "['’]";
const SUBJECT_PRONOUN = /^(?:i|we|he|she|it|they|this|that|these|those|what|who|history|time|the (?:election|vote|future|people|voters|truth)|everyone knows)\b/i;
const PAST = new RegExp(
  "\\b(?:was|were|did|had|used to|yesterday|last (?:round|year|time|week|night)|ago|already|so far|until now)\\b" +
    `|(?:\\b(?:has|have)|${A}ve)(?:n['’]t| not| never| always| only| ever| just)*\\s+(?:\\w+ly\\s+)?(?:been|\\w+ed|fallen|built|cut|done|made|taken|seen|gone|kept|lost|grown|given|spent|left|put|sold|torn|said|told|stood|fought|won|held|brought|thought)\\b` +
    "|\\b(?:I|we|he|she|they)\\s+(?:\\w+ly\\s+)?(?:\\w+ed|built|cut|made|took|gave|kept|left|spent|tore|put|sold|fell|grew|said|told|went|came|stood|chose)\\b",
  "i",
);
/** "the two labs I built": a past relative clause inside a noun phrase, which leaves the sentence's own tense alone. */
const RELATIVE_PAST = /(?<=[a-z]\s)(?:that |which )?(?:I|we) (?:\w+ed|built|made|put|cut|kept|grew|tore|sold)\b/gi;

const STAYS =
  /\b(?:stays?|remains?|will (?:stay|remain)|shall (?:stay|remain)|is (?:staying|remaining)|are (?:staying|remaining)|(?:is|are|ain['’]t) going nowhere|(?:is|are)n['’]t going anywhere)\b(?!\s+(?:a|an|the|to be seen|unclear|uncertain|unsolved|a problem|our problem|tuned))/i;
const NO_MORE =
  /^(?:no|zero)\s+(?:more|new|further|additional|other)\b|^never again\b|^not (?:one|a single) (?:more )?(?:cent|penny|euro|dollar)\b|^no\s+(?!(?:[a-z-]+\s+)?(?:fancy|empty|big|grand|nice|pretty|silly|cheap)\b)(?:[a-z-]+\s+){0,2}(?:factor|forest|tree|field|farmland|solar|panel|refiner|coal|lab|research|tax|chimney|smokestack)/i;
/**
 * A verbless pledge that rules out an act named by its noun ("No layoffs.", "No closures, no new fees."): a noun made
 * from a verb, or a rise or cut. Discourse nouns of the same shape ("no question", "no exception") commit to nothing.
 */
const NO_ACT = new RegExp(
  "^(?:no|zero)\\s+(?:[a-z-]+\\s+){0,2}?(?!(?:question|exception|mention|option|intention|emotion|comment|excuse|doubt|joke)s?\\b)" +
    "(?:[a-z-]+(?:tion|sion|ure|ment)s|[a-z]+-?offs|(?:cuts|hikes|rises|increases|fees|tolls|losses))(?:\\s+(?:for|on|at|in|to|of)\\s+[^,;]{1,40})?[\\s.!]*$",
  "i",
);
/** "Not one cent more for it": money refused. */
const NOT_A_CENT = /^not (?:one|a single) (?:more )?(?:cent|penny|euro|dollar)\b/i;
const NOBODY_WILL = new RegExp(
  `^(?:no(?: one|body|thing)?|not (?:one|a single)|none of|never)\\b(?![^,;]*\\b(?:should|ought|would|could|might|can|may|must)\\b)[^,;]*\\b(?:will|shall|is going to|are going to|gets?|loses?|goes|clears|touches|cuts|closes|builds|takes|fells|bulldozes)\\b`,
  "i",
);
const SAFE = new RegExp(
  `\\b(?:is|are|will be|stays?|remains?)\\s+(?!not\\b|never\\b)(?:\\w+\\s+)?(?:safe|secure|protected|in good hands)\\b[^.]*?(?:with me|under (?:me|my)|as long as|while I|in my hands|on my watch|you have my|I${A}ll make sure)` +
    `|^(?:[A-Z][\\w.]*(?:\\s[A-Z]\\w*)?${A}s?|your|our|the)\\s+(?:\\w+\\s+){0,3}(?:is|are|will be|stays?|remains?)\\s+(?!not\\b|never\\b)(?:safe|secure|protected|off[- ]limits|untouchable|not for sale)\\b`,
  "i",
);
/** "Fields safe.", "Taxes frozen.": a noun and a state kept, with the copula left out, as in a headline. */
const LINKING = "(?!(?:is|are|was|were|am|be|been|being|feels?|felt|seems?|looks?|sounds?|stays?|remains?|keeps?|makes?|got|gets?)\\b)";
const KEPT_STATE = new RegExp(`^(?:(?:your|our|the|my|every|all)\\s+)?(?:${LINKING}[a-z'’-]+\\s+){0,2}${LINKING}[a-z'’-]+\\s+(?:safe|secure|protected|untouched|frozen|guaranteed|intact|off[- ]limits)[\\s.!]*$`, "i");
const UNDER_ME = /^(?:with me|under (?:me|my (?:leadership|watch|administration|government|plan))|on my watch|as long as I(?:\s+am|'m|’m) (?:mayor|in office|here)|while I(?:\s+am|'m|’m) (?:mayor|in office|here))\b/i;
/** "The town hall opens on Saturdays from now on": a thing of the city in the present tense, for every round to come. */
const FROM_NOW_ON = /\bfrom (?:now|today|tomorrow|this round|next round) on\b|\bstarting (?:now|today|tonight|tomorrow|this round)\b|\bhenceforth\b/i;
const THING_DOES = /^(?:the|our|your|every|each|this|all)\s+(?:[a-z'’-]+\s+){1,3}?[a-z]+s\b/i;
/** "ecology stops falling on my watch": a present tense that the speaker's term turns into a commitment. */
const ON_MY_WATCH = /\b(?:on|under) my watch\b|\bwhile I(?:\s+am|['’]m) (?:mayor|in office)\b/i;
/** "I'm done planting trees": the speaker rules out more of something. */
const DONE = /^(?:I|we)(?:['’]m|['’]re| am| are) (?:done|finished|through)(?: with)? \w+/i;
const AUX = `(?:will|shall|is going to|are going to|${A}ll)`;
const FUTURE = new RegExp(
  `(?:\\b(?:will|shall|is going to|are going to)\\b|${A}ll\\b)(?!\\s+(?:be\\s+)?(?:poison|destroy|pollut|ruin|kill|damag|wast|lose|lost|flood|forgot|abandon|burn|hurt|harm|suffer|die|collapse|fail|decide|tell|judge|see|remember|know)\\w*)`,
  "i",
);
const THIRD_PERSON_PREDICATE = new RegExp(
  `${AUX}\\s+(?:never\\s+|not\\s+|no longer\\s+|finally\\s+|all\\s+|soon\\s+|again\\s+|still\\s+)*` +
    "(?:be\\s+\\w+(?:ed|en|ilt|ut|ept|aid|ade|one|ld|wn|un|et)\\b|be (?:above|over|at least|below|under|back|safe|clean|green|open|closed|free|fair|affordable|secure|ours|protected|covered|powered|standing)\\b|" +
    "get|have|receive|keep|stay|remain|stand|open|close|shut|breathe|return|come back|grow|flow|run|reopen|fall|rise|cost|pay|earn|reach|pass|hit|top|climb|double|triple|" +
    "find|go green|go solar|disappear|end|shine|bloom|thrive|lose|hire|build|plant|fund|move in|start|begin|come|work|be back|still be)\\b(?! to\\b)",
  "i",
);
const GETS = new RegExp(
  `\\b(?:gets|keeps|receives|brings|moves in|goes (?:straight )?to|comes (?:back|home|by)|stays)\\b(?!\\s+(?:\\w+ed|built|done|made|cut|sold|telling|saying|changing|talking|asking|reminding|shouting|promising|claiming|repeating|lying|pretending|complaining)\\b)|\\b[a-z]+s\\s+(?:\\w+\\s+)?(?:get|keep|receive|go (?:straight )?to)\\b`,
  "i",
);
/** A benefit that follows from something else, not a thing the mayor delivers: "Mia gets cleaner air", "a second shift". */
const OUTCOME = new RegExp(
  `\\b(?:gets?|will (?:get|have)|${A}ll (?:get|have)|has|have)\\s+(?:(?:a|an|the|some)\\s+)?` +
    "(?:(?:clean|fresh|bett|green|health|safe|rich|clear)er\\b|better\\b|worse\\b|plenty of|lots of|more (?:work|shifts?|customers|business|overtime)|(?:second|third|extra|double|longer) shifts?|workers\\b|customers\\b|overtime\\b)",
  "i",
);
const IMPERATIVE = /^(?:prove|judge|count|vote|come|watch|look|check|remember|wait|see|give|help|join|trust|ask|hold|mark|write|tell|let|don['’]t|do not)\b/i;
const THERE_WILL_BE = /\bthere (?:will|shall) (?:be|never be|be no)\b|\bthere(?:['’]ll| is going to) be\b/i;
/** "Here is round five": a time with nothing promised around it. */
const PRESENTATIVE = /^(?:here(?:['’]s| is| are)|this is|that is|that['’]s|it['’]s|it is)\b/i;

/** "another", "one more": a thing named by the sentence before ("Lab built. Another next round."). */
export const ADDITIVE = /^(?:another(?: one)?|(?:one |two |a few |some )?more|a (?:second|third|fourth)(?: one)?|the next one)$/i;

/**
 * "starting next round", "right away": nothing but a time. One word besides the time is a promise when it names
 * a thing of the city ("Factory next round.") or adds to the thing named before it ("Another next round.").
 */
function timeOnly(text: string): boolean {
  const words = timeless(text).replace(/\b(?:and|or|then|also|now|starting|beginning|from|so|full stop)\b/gi, " ").match(/[A-Za-z]{2,}/g) ?? [];
  if (words.length >= 2) return false;
  return words.length === 0 || !(hasTopic(words[0] ?? "") || ADDITIVE.test(words[0] ?? ""));
}

function subjectOf(clause: string, at: number): string {
  return clause.slice(0, at).replace(/^[\W_]+/, "").trim();
}

/** "You keep your pension": the listener receives or keeps what the mayor delivers, said in the present. */
const YOU_RECEIVE = /^you\s+(?:all\s+)?(?:keep|get|receive)\b(?!\s+(?:to|what|it|that|this|the (?:picture|point|idea))\b)/i;

/** "you'll have your lab": said to someone, a promise only of something they receive (not "you'll find me in the garden"). */
const RECEIVES = /\b(?:will|['’]ll)\s+(?:\w+ly\s+)?(?:have|get|keep|receive)\b/i;

function ownSubject(subject: string, futureRound: boolean): boolean {
  if (subject === "" || /\b(?:who|which|if|when|unless|can|could|may|might|should|must|would)\b|\bthat\s+(?:is|are|was|were|has|have|will|would|can)\b/i.test(subject)) return false;
  return !SUBJECT_PRONOUN.test(subject) || (futureRound && /^(?:it|they)$/i.test(subject));
}

/** The marker-less forms of the guide: "the forest stays", "no more factories", "Karl's job is safe with me", "there will be …". */
export function isImplicitForm(clause: string, futureRound = false): boolean {
  const body = clause.replace(/^[\W_]+/, "");
  const past = PAST.test(body.replace(RELATIVE_PAST, " "));
  if (NO_MORE.test(body) && !past && hasTopic(body)) return true;
  if (NO_ACT.test(body)) return true;
  if (NOT_A_CENT.test(body) && !past) return true;
  if (NOBODY_WILL.test(body) && !past) return true;
  // "As long as I'm mayor." alone only qualifies what was said before it.
  const underMe = UNDER_ME.test(body) && /[a-z]+\W+[a-z]+/i.test(body.replace(UNDER_ME, ""));
  if ((underMe || DONE.test(body)) && !past) return true;
  if (past || OUTCOME.test(body)) return false;
  if (SAFE.test(body) || THERE_WILL_BE.test(body) || KEPT_STATE.test(body)) return true;
  if (futureRound && !startsWithVerb(body) && !IMPERATIVE.test(body) && !PRESENTATIVE.test(body) && !timeOnly(body)) return true;
  if (YOU_RECEIVE.test(body) || (FROM_NOW_ON.test(body) && THING_DOES.test(body))) return true;
  for (const form of [GETS, STAYS]) {
    const m = form.exec(body);
    if (m !== null && ownSubject(subjectOf(body, m.index), false)) return true;
  }
  const future = FUTURE.exec(body);
  const subject = future === null ? "" : subjectOf(body, future.index);
  if (future !== null && THIRD_PERSON_PREDICATE.test(body) && ownSubject(subject, futureRound) && (!/\byou$/i.test(subject) || RECEIVES.test(body))) return true;
  return ON_MY_WATCH.test(body) && /^[a-z]+\s+[a-z]+s\b/i.test(body);
}

/** "Mia gets cleaner air": a consequence, not a commitment; a clause of its own even after "and". */
export function isOutcome(clause: string): boolean {
  return OUTCOME.test(clause) && !PAST.test(clause);
}

/**
 * Whether a clause that passed the non-promise filters commits the speaker: explicit with a first-person
 * future marker (or one inherited from the clause it continues), implicit for the marker-less forms of the guide.
 */
export function detectPromise(clause: string, inherits: PromiseKind | null, futureRound: boolean): Detection | null {
  const hedge = isSoftHedge(clause);
  const at = explicitMarkerAt(clause);
  if (at !== -1 && isMetaMarker(clause)) return null;
  if (at !== -1 || inherits === "explicit") {
    const strong = at !== -1 && isStrongMarker(clause);
    return { kind: "explicit", confidence: hedge ? 0.85 : strong ? 0.95 : 0.9, markerAt: Math.max(0, at) };
  }
  const plan = presentAsFutureAt(clause, futureRound);
  if (plan !== -1 && !PAST.test(clause)) return { kind: "explicit", confidence: hedge ? 0.85 : 0.88, markerAt: plan };
  if (inherits === null && !isImplicitForm(clause, futureRound)) return null;
  const personal = /\b(?:with me|my word|on my watch|under my|I promise)\b/i.test(clause);
  return { kind: "implicit", confidence: hedge ? 0.6 : personal ? 0.75 : 0.7, markerAt: 0 };
}
