import type { ActionType } from "../../../common/schemas/game.ts";
import type { CitizenFacts } from "../../../common/schemas/contracts/citizens.ts";

/** The things a citizen can care about; actions and promises are scored on the same axes. */
export const CONCERNS = ["jobs", "business", "farmland", "water", "forest", "climate", "health", "social", "research"] as const;
export type Concern = (typeof CONCERNS)[number];
export type ConcernVector = Partial<Record<Concern, number>>;

/** The family of lines a citizen speaks in. */
export type Voice = "worker" | "activist" | "watchdog" | "farmer" | "business" | "scientist" | "carer" | "newcomer";

export interface Values {
  /** 0..1 per concern; the strongest concern is 1. */
  weights: Record<Concern, number>;
  /** 0..1: how much kept and broken words matter regardless of topic. */
  reliability: number;
  /** Actions the personality names with approval ("likes carbon capture"). */
  favoured: readonly ActionType[];
  /** Actions the personality names with scorn ("hates greenwashing": a filter on a chimney is still a chimney). */
  disfavoured: readonly ActionType[];
  voice: Voice;
}

const CONCERN_WORDS: Record<Concern, readonly string[]> = {
  jobs: ["worker", "job", "wage", "pension", "refinery", "drill", "plant", "factory", "laid-off", "laid off", "stability", "union", "miner"],
  business: ["business", "growth", "investment", "firm", "shop", "entrepreneur", "deal", "logistics", "profit", "owner", "startup", "market", "customer"],
  farmland: ["farm", "field", "harvest", "soil", "crop", "land", "cattle", "orchard"],
  water: ["water", "river", "fish"],
  forest: ["forest", "tree", "trail", "nature", "biodiversity", "wood", "wildlife", "guide", "bird"],
  climate: ["climate", "green", "emission", "generations", "planet", "refugee", "flood", "drought"],
  health: ["health", "hospital", "nurse", "sick", "children", "child", "doctor", "air", "asthma", "clinic"],
  social: ["housing", "family", "families", "fairness", "school", "retraining", "rent", "kids", "mother", "father", "parent", "pension", "neighbour", "home"],
  research: ["research", "scien", "lab", "university", "fusion", "plasma", "tech", "evidence", "phd", "engineer", "innovation", "numbers"],
};

const RELIABILITY_WORDS = [
  "word for word", "quotes", "keeps count", "critical", "opposition", "councillor", "journalist",
  "predictable", "keep their word", "keeps their word", "reliab", "accountab", "investigat", "empty words",
];

const FAVOURED_WORDS: readonly [string, readonly ActionType[]][] = [
  ["carbon capture", ["UPGRADE_CARBON_CAPTURE"]],
  ["solar", ["BUILD_SOLAR", "REPLACE_WITH_SOLAR"]],
  ["panel", ["BUILD_SOLAR", "REPLACE_WITH_SOLAR"]],
  ["fusion", ["BUILD_FUSION"]],
  ["plasma", ["BUILD_FUSION"]],
  ["research", ["BUILD_RESEARCH_CENTER"]],
  ["lab", ["BUILD_RESEARCH_CENTER"]],
];

const DISFAVOURED_WORDS: readonly [string, readonly ActionType[]][] = [["greenwash", ["UPGRADE_CARBON_CAPTURE"]]];

const wordStart = new Map<string, RegExp>();

/** Words match at a word start, so "deal" does not fire inside "idealistic". */
function count(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) {
    let re = wordStart.get(w);
    if (!re) {
      re = new RegExp(`\\b${w}`);
      wordStart.set(w, re);
    }
    if (re.test(text)) n++;
  }
  return n;
}

function pickVoice(kind: CitizenFacts["kind"], role: string, weights: Record<Concern, number>, reliability: number): Voice {
  if (reliability >= 0.75 || /councillor|journalist|opposition|reporter/.test(role)) return "watchdog";
  if (kind === "dynamic") return "newcomer";
  const top = CONCERNS.reduce((best, c) => (weights[c] > weights[best] ? c : best), CONCERNS[0]);
  switch (top) {
    case "jobs":
      return "worker";
    case "business":
      return "business";
    case "farmland":
      return "farmer";
    case "research":
      return "scientist";
    case "health":
    case "social":
      return "carer";
    default:
      return "activist";
  }
}

/** What a citizen cares about, read from role (counted double) and personality, so unknown citizens work too. */
export function deriveValues(citizen: Pick<CitizenFacts, "role" | "personality" | "kind">): Values {
  const role = citizen.role.toLowerCase();
  const personality = citizen.personality.toLowerCase();
  const raw = {} as Record<Concern, number>;
  for (const c of CONCERNS) raw[c] = 2 * count(role, CONCERN_WORDS[c]) + count(personality, CONCERN_WORDS[c]);
  const reliabilityHits = 2 * count(role, RELIABILITY_WORDS) + count(personality, RELIABILITY_WORDS);
  const reliability = Math.min(1, 0.25 + 0.2 * reliabilityHits);
  const blank = CONCERNS.every((c) => raw[c] === 0);
  const weights = {} as Record<Concern, number>;
  // A concern named once matters half; named in the role or three times, fully. Someone who names none cares a
  // little about everything, a watchdog (who judges words, not deeds) very little.
  for (const c of CONCERNS) weights[c] = blank ? (reliability >= 0.75 ? 0.1 : 0.3) : Math.min(1, 0.25 + 0.25 * raw[c]) * (raw[c] > 0 ? 1 : 0);
  const named = (table: readonly [string, readonly ActionType[]][]) => [
    ...new Set(table.filter(([w]) => count(`${role} ${personality}`, [w]) > 0).flatMap(([, a]) => a)),
  ];
  const disfavoured = named(DISFAVOURED_WORDS);
  const favoured = named(FAVOURED_WORDS).filter((a) => !disfavoured.includes(a));
  return { weights, reliability, favoured, disfavoured, voice: pickVoice(citizen.kind, role, weights, reliability) };
}

/** How much a text touches what a citizen cares about, in either direction, 0..1. */
export function overlap(values: Values, effect: ConcernVector): number {
  let sum = 0;
  for (const c of CONCERNS) sum += values.weights[c] * Math.abs(effect[c] ?? 0);
  return Math.min(1, sum);
}

/** Favoured actions add a little appeal, scorned ones take more away. */
export function actionTaste(values: Values, actions: readonly ActionType[]): number {
  const liked = actions.some((a) => values.favoured.includes(a)) ? 0.3 : 0;
  const scorned = actions.some((a) => values.disfavoured.includes(a)) ? 0.6 : 0;
  return liked - scorned;
}

/** How much a change (a vector over concerns) serves a citizen: positive helps, negative hurts; about −2..2. */
export function serves(values: Values, effect: ConcernVector): number {
  let sum = 0;
  for (const c of CONCERNS) sum += values.weights[c] * (effect[c] ?? 0);
  return sum;
}
