import { normalised, wordAt } from "./words.ts";

export interface CitizenRef {
  readonly name: string;
  readonly role: string;
}

/** Plural group words → the role they address (compared with the citizen's role, case-insensitively). */
const ROLE_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:farmers?|farming families|growers?)\b/i, "farmer"],
  [/\b(?:(?:factory |industrial )?workers?|workforce|working families|labou?rers?|steelworkers?)\b/i, "factory worker"],
  [/\b(?:nurses?|hospital (?:staff|workers)|health ?care workers?|carers?|doctors?)\b/i, "nurse"],
  [/\b(?:business ?(?:owners?|people|men|women)|entrepreneurs?|shop ?keepers?|shop owners?|employers?|small businesses)\b/i, "business owner"],
  [/\b(?:scientists?|researchers?|academics?)\b/i, "scientist"],
  [/\b(?:activists?|young people|the young|youth|climate movement|climate strikers?|students?)\b/i, "climate activist"],
  [/\b(?:councillors?|the opposition)\b/i, "opposition councillor"],
];

/** The forms a name is said in: whole, and without a title ("Dr. Amara" → "amara"). */
function nameForms(name: string): string[] {
  const full = normalised(name.trim());
  const short = full.replace(/^(?:dr|mr|mrs|ms|prof)\.?\s+/, "").trim();
  return short !== full && short !== "" ? [full, short] : [full];
}

/** The forms a role is said in: singular and plural ("factory worker", "factory workers"). */
function roleForms(role: string): string[] {
  const singular = normalised(role.trim());
  return [singular, `${singular}s`];
}

interface Hit {
  readonly at: number;
  readonly name: string;
}

/** The earliest citizen whose words stand in the text (already normalised). */
function firstHit(text: string, candidates: ReadonlyArray<readonly [readonly string[], string]>): Hit | null {
  let best: Hit | null = null;
  for (const [forms, name] of candidates) {
    for (const form of forms) {
      const at = wordAt(text, form);
      if (at !== -1 && (best === null || at < best.at)) best = { at, name };
    }
  }
  return best;
}

function firstGroup(text: string, candidates: ReadonlyArray<readonly [RegExp, string]>): string | null {
  let best: Hit | null = null;
  for (const [pattern, name] of candidates) {
    const at = pattern.exec(text)?.index;
    if (at !== undefined && (best === null || at < best.at)) best = { at, name };
  }
  return best?.name ?? null;
}

/** Workers of a site other than a factory: "refinery workers", "every worker from that plant". */
const SITE_WORKERS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\brefiner(?:y|ies)\b/i, /refinery/i],
  [/\b(?:coal|power[- ]plant|control[- ]room|plants?)\b/i, /power|coal|plant/i],
];
const WORKERS = /\bworkers?\b|\bjobs?\b|\bstaff\b/i;

/** What each kind of citizen cares about, so a promise said after their name still addresses them. */
const CONCERNS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/farm|son|daughter/i, /\b(?:farm\w*|fields?|crops?|harvest|irrigation|wells?|soil|seed|land|potatoes)\b/i],
  [/factory|refinery|power|plant|worker/i, /\b(?:factor(?:y|ies)|jobs?|wages?|shifts?|pay\w*|pensions?|retrain\w*|work)\b/i],
  [/business|owner|shop/i, /\b(?:business\w*|compan(?:y|ies)|shops?|permits?|tax\w*|invest\w*|firms?|economy|payroll)\b/i],
  [/scientist|student|research/i, /\b(?:research\w*|labs?|science|universit\w*|fusion)\b/i],
  [/activist|forester|guide/i, /\b(?:forests?|trees?|rivers?|air|climate|ecology|pollution|trails?)\b/i],
  [/nurse|parent|doctor/i, /\b(?:hospital|nurses?|wards?|clinics?|health|patients?|night shift)\b/i],
  [/solar|technician/i, /\b(?:solar|panels?|crews?)\b/i],
];

/**
 * A name set off as a vocative: at the start of the sentence or after a comma, dash or colon, and followed by one
 * ("Greta, …", "…, Karl.", "You have my word, Rosa — …", or "Greta." alone).
 */
const VOCATIVE = /(?:^[\W_]*(?:(?:and|so|now|look|listen|well|oh|yes|no)[\s,]+)?|[,;:—–]\s*)((?:(?:Dr|Mr|Mrs|Ms)\.\s*)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*(?=[,;:—–!?.]|$)/g;

/** The first citizen the sentence calls out by name, else null. */
export function calledOut(sentence: string, citizens: readonly CitizenRef[]): string | null {
  for (const m of sentence.matchAll(VOCATIVE)) {
    const word = normalised((m[1] ?? "").trim());
    const hit = citizens.find((c) => nameForms(c.name).includes(word));
    if (hit !== undefined) return hit.name;
  }
  return null;
}

/** True when a promise speaks to the citizen called out before it: to "you", or about what their role cares for. */
export function speaksTo(text: string, role: string): boolean {
  return /\byou(?:r|rs)?\b/i.test(text) || CONCERNS.some(([r, words]) => r.test(role) && words.test(text));
}

/** The citizens a speech can address (never a rival mayor), with the words that name each, read once per speech. */
export interface Audience {
  readonly eligible: readonly CitizenRef[];
  readonly byName: ReadonlyArray<readonly [readonly string[], string]>;
  readonly byRole: ReadonlyArray<readonly [readonly string[], string]>;
  readonly byGroup: ReadonlyArray<readonly [RegExp, string]>;
}

export function audienceOf(citizens: readonly CitizenRef[], rivalNames: readonly string[]): Audience {
  const rivals = new Set(rivalNames.map((n) => n.trim().toLowerCase()));
  const eligible = citizens.filter((c) => !rivals.has(c.name.trim().toLowerCase()));
  const byGroup: Array<readonly [RegExp, string]> = [];
  for (const [pattern, role] of ROLE_WORDS) {
    const citizen = eligible.find((c) => c.role.trim().toLowerCase() === role);
    if (citizen !== undefined) byGroup.push([pattern, citizen.name]);
  }
  return {
    eligible,
    byName: eligible.map((c) => [nameForms(c.name), c.name] as const),
    byRole: eligible.map((c) => [roleForms(c.role), c.name] as const),
    byGroup,
  };
}

/**
 * The citizen a text addresses: by name first, then by the citizen's own role words ("refinery workers"),
 * then by the group words of the guide ("our farmers" → the Farmer).
 */
export function targetOf(text: string, audience: Audience): string | null {
  const words = normalised(text);
  const byName = firstHit(words, audience.byName);
  if (byName !== null) return byName.name;
  const byRole = firstHit(words, audience.byRole);
  if (byRole !== null) return byRole.name;
  const site = SITE_WORKERS.find(([place]) => place.test(text) && WORKERS.test(text) && !/\bfactor(?:y|ies)\b/i.test(text));
  if (site !== undefined) return audience.eligible.find((c) => site[1].test(c.role) && /worker|staff/i.test(c.role))?.name ?? null;
  return firstGroup(text, audience.byGroup);
}
