import type { ActionType, Domain } from "../../../common/schemas/game.ts";
import { memoize } from "../memo.ts";
import { CONCERNS, type Concern, type ConcernVector } from "./values.ts";

const TOPIC_WORDS: Record<Concern, RegExp> = {
  jobs: /\b(jobs?|workers?|wages?|employ\w*|workplaces?|shifts?|unions?|livelihoods?|apprentice\w*|economy|economic)\b/,
  business: /\b(business\w*|invest\w*|growth|grow the economy|companies|company|shops?|taxe?s?|firms?|startups?|entrepreneurs?|trade|economy)\b/,
  farmland: /\b(farm\w*|fields?|harvests?|crops?|soil|orchards?)\b/,
  water: /\b(rivers?|water|lakes?|streams?|fish)\b/,
  forest: /\b(forests?|trees?|woods?|woodland|parks?|wildlife)\b/,
  climate: /\b(solar|climate|pollut\w*|emissions?|carbon|green\w*|clean energy|renewable\w*|air|smog|smoke|ecology|nature)\b/,
  health: /\b(hospitals?|health\w*|clinics?|nurses?|doctors?|medic\w*|asthma|sick)\b/,
  social: /\b(hous\w*|homes?|schools?|famil\w*|pensions?|fair\w*|childcare|rents?|retrain\w*|safety|neighbou?rhoods?)\b/,
  research: /\b(research\w*|scien\w*|labs?|laborator\w*|universit\w*|fusion|technolog\w*|tech|innovation|engineers?)\b/,
};

const POLLUTER =
  /\b(refinery|refineries|coal|factory|factories|smokestacks?|chimneys?|oil|polluters?|(the|a|new|old|my|his|her|their|your|this|that|coal|power|chemical) plants?)\b/;
const CLOSE = /\b(close[sd]?|closing|closure|shut\w*|tear\w* down|demolish\w*|replace\w*|phase\w* out|retire|ban|end)\b/;
const NEGATED = /\b(no|not|never|none|nobody|won'?t|will not|nothing)\b/;
const KEEP = /\b(keep\w*|stays? open|remain\w* open|save|protect\w*|is safe|are safe)\b/;
const BUILD_POLLUTER = /\b(build|open|new|more|another|two|three)\b[^.]{0,20}\b(factor(y|ies)|refiner(y|ies)|coal plants?)\b/;
const NO_NEW_POLLUTER = /\b(no|not one|never)\b[^.]{0,15}\b(new |more )?(factor(y|ies)|refiner(y|ies)|coal plants?)\b/;
const HARM_NATURE = /\b(clear|cut|fell|log|pave|build on)\w*\b[^.]{0,25}\b(forests?|trees?|woods?|farmland|fields?)\b/;
const NATURE_GUARD = /\b(never|no|not|won'?t|will not|stays?|protect\w*)\b/;

/** Words that name a map action, so a citizen's taste for that action also colours promises about it. */
const ACTION_WORDS: readonly [RegExp, ActionType][] = [
  [/carbon capture|filters?\b|scrubbers?/, "UPGRADE_CARBON_CAPTURE"],
  [/\bsolar|panels?\b/, "BUILD_SOLAR"],
  [/\bfusion\b/, "BUILD_FUSION"],
  [/research cent(re|er)s?|\blabs?\b|laborator/, "BUILD_RESEARCH_CENTER"],
  [/\bplant\w*\b[^.]{0,20}\b(forests?|trees?|woods?)|\b(forests?|trees?)\b[^.]{0,20}\bplant/, "PLANT_FOREST"],
];

/** The map actions a text names (remembered, as every citizen reads the same promises). */
export const actionsNamed = memoize((text): readonly ActionType[] => {
  const t = text.toLowerCase();
  return Object.freeze(ACTION_WORDS.filter(([re]) => re.test(t)).map(([, a]) => a));
});

const DOMAIN_CONCERNS: Record<Domain, readonly Concern[]> = {
  ecology: ["climate", "forest", "water"],
  economy: ["jobs", "business"],
  research: ["research"],
  social: ["social", "health"],
};

function add(v: ConcernVector, c: Concern, x: number): void {
  v[c] = (v[c] ?? 0) + x;
}

function pollutionStance(t: string, v: ConcernVector): void {
  const closes = CLOSE.test(t);
  const negated = NEGATED.test(t);
  if (POLLUTER.test(t) && ((closes && negated) || (KEEP.test(t) && !closes))) {
    add(v, "jobs", 1.5);
    add(v, "business", 0.7);
    add(v, "climate", -1);
  } else if (NO_NEW_POLLUTER.test(t) && !closes) {
    add(v, "climate", 1);
    add(v, "health", 0.3);
    add(v, "jobs", -1.5);
    add(v, "business", -0.5);
  } else if (POLLUTER.test(t) && closes) {
    add(v, "climate", 1.5);
    add(v, "health", 1);
    add(v, "jobs", /\bretrain|new jobs|green jobs|job at|jobs at/.test(t) ? -0.5 : -2);
    add(v, "business", -0.5);
  } else if (BUILD_POLLUTER.test(t)) {
    add(v, "jobs", 1.5);
    add(v, "business", 0.7);
    add(v, "climate", -2);
    add(v, "health", -0.5);
  } else if (POLLUTER.test(t)) {
    // Named without a clear stance: it touches both sides, which matters for how topical a quote is.
    add(v, "jobs", 0.5);
    add(v, "climate", 0.5);
  }
}

/**
 * What a promise would change if delivered, as a vector over concerns, read from its words with the domain
 * as a fallback. The stance matters: "close the refinery" and "no plant will close" share topics but point
 * opposite ways.
 */
export function promiseEffect(text: string, domain: Domain | null): Readonly<ConcernVector> {
  return (domain === null ? UNDOMAINED_EFFECTS : EFFECTS[domain])(text);
}

/** Every citizen weighs the same promises, so the effect of a text is worked out once per domain. */
const effects = (domain: Domain | null) => memoize((text) => Object.freeze(effectOf(text, domain)));
const UNDOMAINED_EFFECTS = effects(null);
const EFFECTS: Record<Domain, (text: string) => Readonly<ConcernVector>> = {
  ecology: effects("ecology"),
  economy: effects("economy"),
  research: effects("research"),
  social: effects("social"),
};

function effectOf(text: string, domain: Domain | null): ConcernVector {
  const t = text.toLowerCase();
  const v: ConcernVector = {};
  for (const c of CONCERNS) if (TOPIC_WORDS[c].test(t)) add(v, c, 1);
  // A better ecology figure means cleaner air, water and soil.
  if (/\becology\b/.test(t)) {
    add(v, "health", 0.5);
    add(v, "water", 0.5);
    add(v, "farmland", 0.3);
  }
  // Trees hold water and soil: a forest promise is a little about the fields and rivers too.
  if (TOPIC_WORDS.forest.test(t)) {
    add(v, "water", 0.3);
    add(v, "farmland", 0.2);
  }
  pollutionStance(t, v);
  if (HARM_NATURE.test(t) && !NATURE_GUARD.test(t)) {
    if (/forest|tree|wood/.test(t)) add(v, "forest", -2);
    if (/farm|field/.test(t)) add(v, "farmland", -2);
  }
  if (domain) for (const c of DOMAIN_CONCERNS[domain]) add(v, c, 0.3);
  const max = Math.max(0, ...CONCERNS.map((c) => Math.abs(v[c] ?? 0)));
  if (max > 1) for (const c of CONCERNS) if (v[c] !== undefined) v[c] = v[c]! / max;
  return v;
}

const CONCRETE =
  /\d|\b(one|two|three|four|five|six|seven|every|each|round|forests?|trees?|woods?|refinery|coal|factor(y|ies)|plants?|fields?|farmland|farms?|rivers?|water|lab|labs|research cent(re|er)s?|solar|panels?|fusion|hospital|clinic|school|housing|homes?|wing|equipment|apprenticeships?|jobs? at|carbon capture|filters?|wasteland|lots?|tiles?|retrain\w*|compensat\w*|board|budget|fund\w*|safe|nurses?|contracts?|pensions?|salary|salaries|permits?|port|seat|shifts?|roads?|wards?|rules)\b/;

/** True for a promise that names nothing one could check: "a greener city", "more jobs", "fairer for everyone". */
export function isVague(text: string, deadlineRound: number | null): boolean {
  return deadlineRound === null && !isConcrete(text);
}

const isConcrete = memoize((text) => CONCRETE.test(text.toLowerCase()));

const BAR_TARGET =
  /\b(ecology|economy|research)\b(?!\s+cent)[^.\d]{0,30}\b(at least|above|over|below|under|at|to|of|reach\w*|no lower than|stays?|hold\w*)\b[^.\d]{0,10}\d/;

/** True for a promise about a city bar's figure ("ecology at least 50"): everyone's business, nobody's own. */
export const isBarTarget = memoize((text) => BAR_TARGET.test(text.toLowerCase()));

/**
 * How far a broken bar target fell short, from the promise ("ecology at least 50") and the verdict
 * ("Ecology stands at 47 at the end of round 5"), or null when either number is missing.
 */
export function barShortfall(text: string, verdict: string): number | null {
  const target = /\b(?:ecology|economy|research)\b\D*(\d+)/i.exec(text)?.[1];
  const actual = /(\d+)/.exec(verdict)?.[1];
  return target === undefined || actual === undefined ? null : Math.abs(Number(target) - Number(actual));
}
