/** The words for things on the map, and the verbs that create, destroy or keep them. */

import { memoize } from "../memo.ts";

export type MapThing = "forest" | "farmland" | "refinery" | "coalPlant" | "factory" | "research" | "solar" | "fusion";

export interface ThingHit {
  readonly thing: MapThing;
  readonly start: number;
  readonly end: number;
}

const THINGS: ReadonlyArray<readonly [MapThing, RegExp]> = [
  ["coalPlant", /\bcoal(?:[- ]fired)?(?:[- ]power)?[- ](?:plant|station|works)s?\b|\bpower (?:plant|station)s?\b|\bcoal\b/gi],
  ["refinery", /\b(?:oil )?refiner(?:y|ies)\b/gi],
  [
    "research",
    /\bresearch (?:cent(?:re|er)|lab|laborator(?:y|ies)|facilit(?:y|ies)|institute|hub|campus|park|station)s?\b|\blab(?:oratory|oratories|s)?\b/gi,
  ],
  ["fusion", /\bfusion(?: reactors?| plants?| power| energy)?\b/gi],
  ["solar", /\bsolar(?!\s+(?:jobs?|crews?|technicians?|workers?|industry))(?: panels?| fields?| farms?| parks?| arrays?| plants?| roofs?| power| energy)?\b|\bpanels\b/gi],
  ["factory", /\bfactor(?:y|ies|ys)\b|\bmills?\b/gi],
  ["forest", /\bforests?\b|\btrees?\b|\bwoods\b|\bwoodlands?\b|\bsaplings?\b|\bgreen belt\b/gi],
  ["farmland", /\bfarmland\b|\bfarm ?fields?\b|\bfields?\b|\bfarms?\b|\bcrops?\b|\bpastures?\b|\bfarmer['’]s land\b/gi],
];

/** Every map thing named in the text, in order of appearance (the longer name wins an overlap). */
export const thingsIn: (text: string) => readonly ThingHit[] = memoize((text) => Object.freeze(findThings(text)), 512);

function findThings(text: string): ThingHit[] {
  const hits: ThingHit[] = [];
  for (const [thing, pattern] of THINGS) {
    for (const m of text.matchAll(pattern)) hits.push({ thing, start: m.index, end: m.index + m[0].length });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ThingHit[] = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last === undefined || hit.start >= last.end) kept.push(hit);
  }
  return kept;
}

/** The text with the named things blanked out, so "plant" in "coal plant" is not read as a verb. */
export function withoutThings(text: string, hits: readonly ThingHit[]): string {
  let out = text;
  for (const hit of hits) out = out.slice(0, hit.start) + " ".repeat(hit.end - hit.start) + out.slice(hit.end);
  return out;
}

export const CREATE =
  /\b(?:build(?:s|ing)?|built|construct\w*|open(?:s|ing)? (?:a|an|new|more|two|three|\d+)|put(?:s|ting)? up|install\w*|set(?:s|ting)? up|establish\w*|found(?:s|ed|ing)?|creat\w*|add(?:s|ed|ing)?|plant(?:s|ed|ing)?|grow(?:s|n|ing)?|grew|reforest\w*|replant\w*|launch\w*|erect\w*|cover\w*|there will be|fund(?:s|ed|ing)? (?:a|an|new|the construction)|double|triple)\b/i;
export const DESTROY =
  /\b(?:clos(?:e|es|ed|ing|ure)|shut(?:s|ting)?(?: down)?|tear(?:s|ing)? down|tore down|torn down|demolish\w*|knock\w* down|raz(?:e|es|ed|ing)|bulldoz\w*|phas(?:e|es|ed|ing) out|decommission\w*|dismantl\w*|get rid of|got rid of|remov\w*|cut(?:s|ting)?|fell(?:s|ed|ing)?|fall(?:s|en|ing)?|c[ao]m(?:e|es|ing) down|chop\w*|clear(?:s|ed|ing)?|destroy\w*|touch\w*|log(?:s|ged|ging)?|sacrific\w*|los(?:e|es|t|ing)|pav(?:e|es|ed|ing)|sell(?:s|ing)?|sold|end(?:s|ed|ing)?(?! of\b)|kill\w*|wip(?:e|ed|es|ing) out|replac\w*|convert\w*|harm\w*|damag\w*)\b/i;
export const PRESERVE =
  /\b(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|protect\w*|keep(?:s|ing)?|kept|sav(?:e|es|ed|ing)|preserv\w*|defend\w*|safeguard\w*|spar(?:e|es|ed|ing)|untouched|standing|safe|secure|intact|guard\w*|shield\w*|conserv\w*)\b/i;

const IGNORED_NEGATIONS =
  /\b(?:(?:nobody|no one|no other \w+)\b(?=[^.;]*\bthan\b)|no matter\b[^,.;]*|not only|not just|no doubt|no later than|not later than|without delay|without fail|nothing less than|no question|no excuses?|no ifs|no buts|no (?:lower|less|higher|more) than|not (?:fall |drop |go |sink |rise |climb )?(?:below|under|above))\b/gi;
const NEGATION =
  /\b(?:never|not|no|nobody|no one|none|nothing|without|ban(?:s|ned|ning)?|refus\w*|halt|neither|nor|(?:stop(?:s|ped)?|done|finished|quit) \w+ing)\b|n['’]t\b|\bcannot\b/i;

/** True when the text negates what it says ("never", "not one more", "won't", "no new"). */
export function isNegated(text: string): boolean {
  return NEGATION.test(text.replace(IGNORED_NEGATIONS, " "));
}

export const TILE_OF: Readonly<Record<"refinery" | "coalPlant" | "factory", "OIL_REFINERY" | "COAL_PLANT" | "FACTORY">> = {
  refinery: "OIL_REFINERY",
  coalPlant: "COAL_PLANT",
  factory: "FACTORY",
};
