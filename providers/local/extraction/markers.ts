/** Words that mark a first-person commitment, and the verbs that can carry one. */

const A = "['’]";

const EXPLICIT_SOURCES = [
  `\\bI${A}ll\\b`,
  `\\bI (?:(?:never|always|certainly|definitely|really|truly|also|personally|then|still|now|absolutely|surely|simply) )?(?:will|shall|won${A}t)\\b`,
  `\\bI(?: am|${A}m)(?: not)? (?:going to|gonna|committed to|determined to)\\b`,
  `\\bI (?:(?:hereby|also|solemnly|personally|now|further|firmly) )?(?:promise|pledge|guarantee|commit|swear|vow)\\b`,
  `\\bI (?:(?:flatly|simply|firmly) )?refuse to\\b`,
  `\\bI give you my word\\b`,
  `\\byou have my (?:word|promise|pledge|guarantee)\\b`,
  `\\bmy (?:promise|pledge|word|commitment)(?: to you)?(?: is\\b|:)`,
  `\\bmy (?:\\w+ )?(?:promise|pledge|commitment|undertaking) (?:to you )?(?:is )?that\\b`,
  `\\bmy (?:administration|government|team|council|office|city hall)(?: [a-z]+){0,3} will\\b`,
  `\\bmy (?:(?:very|first|main|top|next|only) )+(?:job|task|act|priority|decision|order of business)(?: as (?:your )?mayor)? will be\\b`,
  `\\bwe(?:, [^,.;]{1,40},)?(?:${A}ll| will| shall| won${A}t)\\b`,
  `\\bwe(?: are|${A}re)(?: not)? (?:going to|gonna|committed to)\\b`,
  `\\bwe (?:hereby )?(?:promise|pledge|guarantee|commit|swear|vow)\\b`,
  `\\bcount on me to\\b`,
  `\\bI (?:engage|am promise|am promising)\\b`,
  `\\bi${A}?m gonna\\b|\\bimma\\b`,
  `,\\s*(?:I )?promise\\b[^A-Za-z]*$`,
];

export const EXPLICIT_MARKER = new RegExp(EXPLICIT_SOURCES.join("|"), "i");
/** Words in quotation marks are mentioned, not said: "No 'I will', no 'I promise'". */
const QUOTED = /"[^"]*"|“[^”]*”|(?<![\p{L}\d])['‘][^'‘’]*['’](?![\p{L}\d])/gu;

const QUOTE_OPENER = /["“'‘]/;

/** The text with every quotation blanked out (same length, so positions still hold). */
export function withoutQuotes(text: string): string {
  return QUOTE_OPENER.test(text) ? text.replace(QUOTED, (m) => " ".repeat(m.length)) : text;
}
const STRONG_MARKER = /\b(?:promise|pledge|guarantee|swear|vow|word|commit(?:ted)?)\b/i;

/** The position of the first explicit marker in the text, or -1. */
export function explicitMarkerAt(text: string): number {
  return EXPLICIT_MARKER.exec(withoutQuotes(text))?.index ?? -1;
}

/** The position just after the first explicit marker in the text, or -1. */
export function explicitMarkerEnd(text: string): number {
  const m = EXPLICIT_MARKER.exec(withoutQuotes(text));
  return m === null ? -1 : m.index + m[0].length;
}

export function isStrongMarker(text: string): boolean {
  const at = explicitMarkerAt(text);
  return at !== -1 && STRONG_MARKER.test(text.slice(at, at + 40));
}

const VERBS = [
  "add", "ban", "bring", "build", "clean", "clear", "close", "convert", "create", "cut", "defend", "deliver", "demolish",
  "double", "end", "ensure", "establish", "expand", "finance", "fit", "fix", "found", "fund", "get", "give", "grow",
  "guarantee", "halve", "help", "hire", "install", "introduce", "invest", "keep", "launch", "lower", "make", "modernise",
  "modernize", "open", "pay", "phase", "plant", "preserve", "protect", "provide", "put", "raise", "reduce", "reforest",
  "renovate", "repair", "replace", "replant", "restore", "retrain", "safeguard", "save", "secure", "set", "shut", "spare",
  "start", "stop", "subsidise", "subsidize", "support", "tear", "train", "transform", "triple", "turn", "upgrade",
  "knock", "bulldoze", "touch", "fight", "offer", "boost", "increase", "improve", "employ", "equip",
];
const VERB_SET = new Set(VERBS);
const NOT_VERB_BEFORE =
  /^(?:clean (?:energy|air|water|power|rivers? and)|fund(?:ing|s)\b|set of|end of|turn of|plant (?:workers?|staff|managers?|sites?|closures?|floors?|jobs?|owners?)\b)/i;

/** True when the text starts with a bare verb, possibly after "never", "not" or "also" ("and build a lab"). */
export function startsWithVerb(text: string): boolean {
  const rest = text.replace(/^(?:(?:will|shall)\s+)?(?:(?:also|then|never|not|even|immediately|finally|soon)\s+)?/i, "");
  const word = /^([A-Za-z]+)/.exec(rest)?.[1]?.toLowerCase() ?? "";
  if (!VERB_SET.has(word)) return false;
  return !NOT_VERB_BEFORE.test(rest);
}

const ELECTED =
  /\b(?:if|when|once)\s+(?:you\s+(?:re-?)?(?:elect|vote for|choose)\s+(?:me|us)(?:\s+again)?|(?:I am|I'm|I’m)\s+(?:re-?)?elected|elected)\b,?/i;

/** True when the text opens with a first-person subject and its marker ("I will …", "we'll …"). */
export function startsWithMarker(text: string): boolean {
  const at = explicitMarkerAt(text);
  const lead = text.slice(0, at).replace(ELECTED, " ");
  return at !== -1 && /^[\s,]*(?:(?:and|but|so|then|also|yes|and yes|now|today|together|first|second|third|finally|next)[\s,]+)*$/i.test(lead);
}

/** "I never will", "we won't": a marker whose verb phrase is left out, to be taken from the clause before it. */
export function isBareMarker(text: string): boolean {
  const end = explicitMarkerEnd(text);
  return end !== -1 && !/[A-Za-z]/.test(text.slice(end)) && !/[A-Za-z]{2,}/.test(text.slice(0, explicitMarkerAt(text)).replace(/\b(?:and|but|so|yes|no|I|we)\b/gi, ""));
}

const META = new RegExp(
  "^[\\s,]*(?:(?:just|also|now|only|simply|briefly|not|never|then|first)\\s+)*(?:" +
    "say|tell|remind|insult|lie|pretend|bore|repeat|admit|answer|explain|talk|speak|blame|apologi[sz]e|waste your time|" +
    "be (?:brief|quick|short|honest|clear|frank|blunt|plain|direct|straight)|keep (?:this|it) (?:short|brief|practical|simple|quick|real|honest)|go (?:one step )?further|cross (?:it|that|this|the line|that line)\\b|stand (?:up )?(?:here|there)|add to|make (?:this|it) (?:short|quick|brief)|" +
    "(?:do|promise|pledge|give you|offer) (?:you )?(?:\\w+ )?(?:things|promises|points|commitments|pledges)|make (?:any )?(?:new |more |big |empty )?promises|" +
    "(?:start|begin|end|finish|close) (?:with|by|on)|take (?:that|it|questions)|(?:stay|be|remain) (?:the|a|your) (?:candidate|mayor|voice|friend|champion)|" +
    "leave it there|stop there|come back to|get to|return to|show you (?:what|how|why|that|who)|let (?:you|them|him|her) (?:judge|decide)|(?:stop|rest|give up|back down|quit)\\b|" +
    "keep (?:fighting|going)|fight on|do better than|know more|find out|give (?:her|him|them|you) (?:that|this|credit)|(?:promise|offer|tell) you (?:something|this|one thing)|(?:\\w+ )?(?:things|promises|points|commitments|pledges)\\b(?! (?:for|to)\\b)" +
    ")\\b",
  "i",
);

/** "I'll wait", "I'll be here", "I'll happily wait all night": one verb with no object, only where or how long. */
const OBJECTLESS = /^[\s,]*(?:\w+ly\s+)*(?:be\s+)?(?:wait|be|stay|sit|stand|listen|watch)(?:\s+(?:here|there|around|ready|right here|all (?:night|day|week)|forever|\w+ly))*[\s.!]*$/i;

/**
 * A marker that commits to nothing on the map or in the city: talk about the speech itself ("I'll be brief",
 * "I'll say it plain", "I pledge three things"), a fragment ("I will —"), or rhetoric ("we will not stop").
 * A bare negated marker that closes a claim ("… and I never will") still commits.
 */
export function isMetaMarker(text: string): boolean {
  const end = explicitMarkerEnd(text);
  if (end === -1) return false;
  const rest = text.slice(end).replace(/[\W_]+$/, "");
  if (/\b(?:what|how)\s+$/i.test(text.slice(0, explicitMarkerAt(text)))) return !/^\s*(?:[a-z'’]+\s+){0,3}(?:is|are)\s+(?:to\s+)?[a-z]+/i.test(rest);
  if (/^[\s,:]*(?:(?:\w+ly|too|also|again|then)[\s,:]*)+$/i.test(rest)) return true;
  if (OBJECTLESS.test(rest)) return true;
  if (!/[A-Za-z]/.test(rest)) return !/\b(?:never|not|won['’]t)\b/i.test(text.slice(0, end)) && !/^\W*not\b/i.test(rest);
  return META.test(rest);
}
