import type { EarlierPromise } from "../../../common/schemas/contracts/extraction.ts";
import type { ActionType, Commitment, TileType } from "../../../common/schemas/game.ts";
import { commitmentOf } from "./commitment.ts";
import { memoize } from "../memo.ts";
import { isNegated, thingsIn } from "./map-words.ts";

/** Topics that promises can be about without a map commitment; a later statement can turn against them. */
const TOPICS: ReadonlyArray<readonly [string, RegExp]> = [
  ["forest", /\b(?:forests?|trees?)\b/i],
  ["retraining", /\b(?:retrain\w*|re-?skill\w*|training)\b/i],
  ["health", /\b(?:hospitals?|clinics?|wards?|nurses?|beds?|health\w*)\b/i],
  ["river", /\b(?:rivers?|water)\b/i],
  ["air", /\b(?:air|pollution|smog|breathe)\b/i],
  ["jobs", /\b(?:jobs?|workers?|workplaces?|shifts?)\b/i],
  ["ecology", /\b(?:ecology|ecological|environment\w*)\b/i],
  ["economy", /\b(?:economy|economic)\b/i],
  ["research", /\b(?:research\w*|scien\w+|laborator\w+|labs?|universit\w+)\b/i],
  ["tax", /\btax(?:es)?\b/i],
  ["capture", /\bcarbon capture\b|\bscrubbers?\b|\bfilters?\b/i],
];

/** Words that turn a statement against its topic even without a negated verb. */
const AGAINST =
  /\b(?:waste of money|forget|let (?:it|them|\w+) (?:fall|drop|go)|scrap\w*|abandon\w*|drop\w*|can wait|will have to wait|done (?:with|planting|building)|enough \w+|luxury|not (?:one |a )?(?:cent|penny|euro|dollar)|cut (?:the )?(?:funding|budget|money)|no longer|comes? (?:second|last)|stop\w* (?:\w+ing))\b/i;
/**
 * A verdict against the thing itself, whatever the topic: "overrated", "a mistake", "an extravagance we cannot
 * afford", "pointless". General words of negative evaluation, not phrases of any one promise.
 */
const CONDEMNED =
  /\b(?:overrated|over-?hyped|(?:a |big |huge )?mistake|extravagan\w+|(?:can(?:no|['’])t|cannot|can no longer) (?:afford|defend|justify)|pointless|useless|nonsense|a joke|fairy[- ]?tales?|dead end|white elephant|not happening|not gonna happen|last century|outdated|obsolete)\b/i;
/**
 * Ranking a topic down or withholding money from it: "not a priority", "on hold", "not spend a cent on it".
 * "cannot wait" and "will not wait" say the opposite, and neither matches.
 */
const DEMOTED =
  /\b(?:not (?:a|the|our|my) (?:\w+ )?priority|(?:on|to) (?:the )?(?:hold|back burner|back seat|shelf)|takes? a back seat|(?:is|are) over\b|not worth|off the table)|\b(?:not|never|n['’]t|refuse\w*)\b[^.;,]{0,25}\b(?:a|one|any|another|single) (?:more )?(?:cent|penny|dime|euro|dollar)\b/i;
/**
 * The words before the clause's first verb: its subject ("Science" in "Science can wait", "It" in "It comes last"),
 * after an opening word set off by a comma ("Honestly, …", "Karl, …").
 */
const SUBJECT = /^[\W_]*(?:(?:and|but|so|now)\s+)?(?:[A-Za-z.]+(?:\s[A-Z][\w'’-]*)?,\s*)?([^,;:]{1,50}?)\s+(?:is|are|was|were|r|can|could|will|must|should|has|have|comes?|goes|gets?|needs?|stays?|remains?|takes?)\b|^[\W_]*([^,;:\s]+)['’]s\b/i;
const PRONOUN_SUBJECT = /^(?:it|they|that|this|those|these)$/i;

const DESTRUCTIVE: readonly ActionType[] = ["DEMOLISH", "BUILD_RESEARCH_CENTER", "REPLACE_WITH_SOLAR", "CLEAR_FARMLAND"];
const PRODUCES: Partial<Record<ActionType, TileType>> = {
  PLANT_FOREST: "HEALTHY_FOREST",
  BUILD_FACTORY: "FACTORY",
  BUILD_SOLAR: "SOLAR_FIELD",
  BUILD_RESEARCH_CENTER: "RESEARCH_CENTER",
};

const FIRST_PERSON = /\b(?:I|I['’](?:ve|d|m|ll)|me|my|we|we['’](?:ve|d|re|ll))\b/i;
const IMPERATIVE = /^[\W_]*(?:forget|scrap|drop|stop|enough|no more)\b/i;
const TRANSFORM = /\b(?:turn|convert|transform|replace|rebuild)\w*\s+(?:it|them|that)\b/i;

/** "Turn it into a research centre", where "it" is the forest (or field, or plant) of the sentence before. */
function transformed(text: string, context: string): Commitment | undefined {
  if (!TRANSFORM.test(text) || thingsIn(text).length === 0) return undefined;
  const built = commitmentOf(text);
  const site = thingsIn(context)[0]?.thing;
  if (built?.type !== "do" || site === undefined) return undefined;
  const on: TileType[] | undefined =
    site === "forest" ? ["HEALTHY_FOREST", "SICK_FOREST"] : site === "farmland" ? ["FARMLAND"] : site === "factory" ? ["FACTORY"] : undefined;
  return on === undefined ? undefined : { ...built, on };
}

/** The topics a text names: the words of TOPICS and the map things ("labs" is research like "science"). */
const topicsOf: (text: string) => readonly string[] = memoize((text) => {
  const topics = new Set(TOPICS.filter(([, p]) => p.test(text)).map(([t]) => t));
  for (const hit of thingsIn(text)) topics.add(hit.thing);
  return Object.freeze([...topics]);
}, 512);

/** The topics of the clause's subject, or of the sentence before when the subject is a pronoun ("Research? It comes last."). */
function subjectTopics(text: string, context: string): readonly string[] {
  const m = SUBJECT.exec(text);
  const subject = (m?.[1] ?? m?.[2] ?? "").trim();
  if (subject === "") return [];
  return PRONOUN_SUBJECT.test(subject) ? topicsOf(context) : topicsOf(subject);
}

function undoes(doing: Commitment, done: Commitment): boolean {
  if (doing.type !== "do" || done.type !== "do" || doing.on === undefined) return false;
  if (!doing.actions.some((a) => DESTRUCTIVE.includes(a))) return false;
  return done.actions.some((a) => {
    const tile = PRODUCES[a];
    return tile !== undefined && doing.on?.includes(tile) === true;
  });
}

/** A do-commitment against an avoid-commitment on the same tiles, undoing what the other builds, or bar targets that cannot both hold. */
function opposes(a: Commitment, b: Commitment): boolean {
  if (a.type === "reach" || b.type === "reach") {
    if (a.type !== "reach" || b.type !== "reach" || a.bar !== b.bar || a.comparison === b.comparison) return false;
    const [low, high] = a.comparison === "atMost" ? [a, b] : [b, a];
    return low.value < high.value;
  }
  if (a.type === b.type) return a.type === "do" && (undoes(a, b) || undoes(b, a));
  const [doing, avoiding] = a.type === "do" ? [a, b] : [b, a];
  if (!doing.actions.some((x) => avoiding.actions.includes(x))) return false;
  if (avoiding.on === undefined) return true;
  return doing.on !== undefined && doing.on.some((t) => avoiding.on?.includes(t) === true);
}

function harms(c: Commitment | undefined, topics: readonly string[]): boolean {
  if (c?.type !== "do") return false;
  const closes = c.actions.includes("DEMOLISH") && c.on?.some((t) => t === "FACTORY" || t === "OIL_REFINERY" || t === "COAL_PLANT") === true;
  const pollutes = c.actions.includes("BUILD_FACTORY") || c.on?.includes("HEALTHY_FOREST") === true;
  return (closes && topics.includes("jobs")) || (pollutes && topics.some((t) => t === "river" || t === "air" || t === "ecology"));
}

/** An earlier promise with what later statements are checked against, read once per speech. */
export interface EarlierReading {
  readonly promise: EarlierPromise;
  readonly commitment: Commitment | undefined;
  readonly topics: readonly string[];
  readonly negated: boolean;
}

export function readEarlier(earlier: readonly EarlierPromise[]): EarlierReading[] {
  return earlier.map((promise) => ({
    promise,
    commitment: promise.commitment ?? commitmentOf(promise.text),
    topics: topicsOf(promise.text),
    negated: isNegated(promise.text),
  }));
}

/** An earlier promise a statement turns against, and how directly: an opposite commitment (3), words against its topic (2), a plan that harms it (1). */
export interface Reversal {
  readonly promise: EarlierPromise;
  readonly directness: number;
}

/**
 * The earlier promises (pending or kept) that a statement turns against: an opposite commitment, an action that
 * harms what was promised ("I will build a factory by the river" after "the river will be clean"), or words
 * against the promise's topic ("Forget the ecology target"). `context` is the sentence before, for "it" and "one".
 */
export function reversedPromises(text: string, context: string, commitment: Commitment | undefined, earlier: readonly EarlierReading[]): Reversal[] {
  const qualified = /\b(?:any more|anymore|more|new|other|again|another)\b/i.test(text);
  const open = earlier.filter((e) => e.promise.status !== "broken" && !(qualified && e.promise.status === "kept"));
  if (open.length === 0) return [];
  const pronoun = /\b(?:it|one|them|that|there)\b/i.test(text);
  const mine = transformed(text, context) ?? commitment ?? (pronoun ? commitmentOf(`${text} (${context})`) : undefined);
  const ownTopics = topicsOf(text);
  const topics = ownTopics.length > 0 || !pronoun ? ownTopics : topicsOf(context);
  const demoted = AGAINST.test(text) || DEMOTED.test(text) || CONDEMNED.test(text);
  const voiced = FIRST_PERSON.test(text) || IMPERATIVE.test(text) || subjectTopics(text, context).length > 0;
  const against = voiced && demoted;
  const out: Reversal[] = [];
  for (const e of open) {
    const theirs = e.commitment;
    if (mine !== undefined && theirs !== undefined && opposes(mine, theirs)) out.push({ promise: e.promise, directness: 3 });
    else if (against && theirs?.type !== "avoid" && !e.negated && topics.some((t) => e.topics.includes(t))) out.push({ promise: e.promise, directness: 2 });
    else if (harms(mine, e.topics)) out.push({ promise: e.promise, directness: 1 });
  }
  return out;
}
