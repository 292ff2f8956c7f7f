import type { PromiseKind } from "../../../schemas/game.ts";
import { explicitMarkerAt, isMetaMarker, isStrongMarker, startsWithVerb } from "./markers.ts";
import { hasTopic } from "./domain.ts";
import { isSoftHedge } from "./non-promise.ts";

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
    "|\\b(?:has|have)(?:n['’]t| not| never| always| only| ever| just)*\\s+(?:\\w+ly\\s+)?(?:been|\\w+ed|fallen|built|cut|done|made|taken|seen|gone|kept|lost|grown|given|spent|left|put|sold|torn)\\b" +
    "|\\b(?:I|we|he|she|they)\\s+(?:\\w+ly\\s+)?(?:\\w+ed|built|cut|made|took|gave|kept|left|spent|tore|put|sold|fell|grew|said|told|went|came|stood|chose)\\b",
  "i",
);

const STAYS =
  /\b(?:stays?|remains?|will (?:stay|remain)|shall (?:stay|remain)|is (?:staying|remaining)|are (?:staying|remaining))\b(?!\s+(?:a|an|the|to be seen|unclear|uncertain|unsolved|a problem|our problem|tuned))/i;
const NO_MORE = /^(?:no|zero)\s+(?:more|new|further|additional|other)\b|^never again\b|^no\s+(?:[a-z-]+\s+){0,2}(?:factor|forest|tree|field|farmland|solar|panel|refiner|coal|lab|research|tax|chimney|smokestack)/i;
const NOBODY_WILL = new RegExp(
  `^(?:no(?: one|body|thing)?|not (?:one|a single)|none of|never)\\b[^,;]*\\b(?:will|shall|is going to|are going to|gets?|loses?|goes|clears|touches|cuts|closes|builds|takes|fells|bulldozes)\\b`,
  "i",
);
const SAFE = new RegExp(
  `\\b(?:is|are|will be|stays?|remains?)\\s+(?:\\w+\\s+)?(?:safe|secure|protected|in good hands)\\b[^.]*?(?:with me|under (?:me|my)|as long as|while I|in my hands|on my watch|you have my|I${A}ll make sure)` +
    `|^(?:[A-Z][\\w.]*(?:\\s[A-Z]\\w*)?${A}s?|your|our)\\s+(?:\\w+\\s+){0,3}(?:is|are|will be|stays?|remains?)\\s+(?:safe|secure|protected|off[- ]limits|untouchable|not for sale)\\b`,
  "i",
);
const UNDER_ME = /^(?:with me|under (?:me|my (?:leadership|watch|administration|government|plan))|on my watch|as long as I(?:\s+am|'m|’m) (?:mayor|in office|here)|while I(?:\s+am|'m|’m) (?:mayor|in office|here))\b/i;
const FUTURE = /\b(?:will|shall|is going to|are going to)\b(?!\s+(?:be\s+)?(?:poison|destroy|pollut|ruin|kill|damag|wast|lose|lost|flood|forgot|abandon|burn|hurt|harm|suffer|die|collapse|fail|decide|tell|judge|see|remember|know)\w*)/i;
const THIRD_PERSON_PREDICATE = new RegExp(
  "\\b(?:will|shall|is going to|are going to)\\s+(?:never\\s+|not\\s+|no longer\\s+|finally\\s+|all\\s+|soon\\s+|again\\s+)*" +
    "(?:be\\s+\\w+(?:ed|en|ilt|ut|ept|aid|ade|one|ld|wn|un|et)\\b|be (?:above|over|at least|below|under|back|safe|clean|green|open|closed|free|fair|affordable|secure|ours|protected|covered|powered)\\b|" +
    "get|have|receive|keep|stay|remain|stand|open|close|shut|breathe|return|come back|grow|flow|run|reopen|fall|rise|cost|pay|earn|" +
    "find|go green|go solar|disappear|end|shine|bloom|thrive|lose|hire|build|plant|fund|move in|start|begin|come|work|be back|still be)\\b(?! to\\b)",
  "i",
);
const GETS = new RegExp(
  `\\b(?:gets|keeps|receives|brings|moves in|goes (?:straight )?to|comes (?:back|home|by)|stays)\\b|\\b[a-z]+s\\s+(?:get|keep|receive)\\b`,
  "i",
);
const IMPERATIVE = /^(?:prove|judge|count|vote|come|watch|look|check|remember|wait|see|give|help|join|trust|ask|hold|mark|write|tell|let|don['’]t|do not)\b/i;
const THERE_WILL_BE = /\bthere (?:will|shall) (?:be|never be|be no)\b|\bthere(?:['’]ll| is going to) be\b/i;

function subjectOf(clause: string, at: number): string {
  return clause.slice(0, at).replace(/^[\W_]+/, "").trim();
}

/** The marker-less forms of the guide: "the forest stays", "no more factories", "Karl's job is safe with me", "there will be …". */
export function isImplicitForm(clause: string, futureRound = false): boolean {
  const body = clause.replace(/^[\W_]+/, "");
  if (NO_MORE.test(body) && !PAST.test(body) && hasTopic(body)) return true;
  if (NOBODY_WILL.test(body) && !PAST.test(body)) return true;
  if (UNDER_ME.test(body) && !PAST.test(body)) return true;
  if (PAST.test(body)) return false;
  if (SAFE.test(body)) return true;
  if (THERE_WILL_BE.test(body)) return true;
  if (futureRound && !startsWithVerb(body) && !IMPERATIVE.test(body)) return true;
  const gets = GETS.exec(body);
  if (gets !== null) {
    const subject = subjectOf(body, gets.index);
    if (subject !== "" && !SUBJECT_PRONOUN.test(subject) && !/\b(?:can|could|may|might|should|must|would)\b/i.test(subject)) return true;
  }
  const stays = STAYS.exec(body);
  if (stays !== null) {
    const subject = subjectOf(body, stays.index);
    if (subject !== "" && !SUBJECT_PRONOUN.test(subject)) return true;
  }
  const future = FUTURE.exec(body);
  if (future !== null && THIRD_PERSON_PREDICATE.test(body)) {
    const subject = subjectOf(body, future.index);
    if (subject !== "" && !SUBJECT_PRONOUN.test(subject) && !/\b(?:if|when|unless)\b/i.test(subject)) return true;
  }
  return false;
}

/**
 * Whether a clause that passed the non-promise filters commits the speaker: explicit with a first-person
 * future marker (or one inherited from the clause it continues), implicit for the marker-less forms of the guide.
 */
export function detectPromise(clause: string, inheritsMarker: boolean, futureRound: boolean): Detection | null {
  const hedge = isSoftHedge(clause);
  const at = explicitMarkerAt(clause);
  if (at !== -1 && isMetaMarker(clause)) return null;
  if (at !== -1 || inheritsMarker) {
    const strong = at !== -1 && isStrongMarker(clause);
    return { kind: "explicit", confidence: hedge ? 0.85 : strong ? 0.95 : 0.9, markerAt: Math.max(0, at) };
  }
  if (!isImplicitForm(clause, futureRound)) return null;
  const personal = /\b(?:with me|my word|on my watch|under my|I promise)\b/i.test(clause);
  return { kind: "implicit", confidence: hedge ? 0.6 : personal ? 0.75 : 0.7, markerAt: 0 };
}
