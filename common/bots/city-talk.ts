import type { BarCause, Campaign } from "../schemas/campaign.ts";
import type { ActionRecord, ActionType, BarName, MayorId, TileType } from "../schemas/game.ts";
import { COLLAPSE_BELOW } from "../rules/constants.ts";
import { actionPhrase } from "../rules/labels.ts";
import { whereIs } from "../rules/place-names.ts";
import { spokenStrategy } from "./strategy.ts";
import { type Strategy } from "../schemas/strategy.ts";

/** How a speech sounds: the two-faced mayor talks green. */
type Voice = ReturnType<typeof spokenStrategy>;

/** Deeds no bot ever holds against a rival, whatever its voice: planting, solar, research, cleaner plants. */
const GREEN_DEEDS: ReadonlySet<ActionType> = new Set([
  "PLANT_FOREST",
  "BUILD_SOLAR",
  "REPLACE_WITH_SOLAR",
  "BUILD_RESEARCH_CENTER",
  "UPGRADE_CARBON_CAPTURE",
  "BUILD_FUSION",
]);

const FORESTS: readonly TileType[] = ["HEALTHY_FOREST", "SICK_FOREST"];
const WORKPLACES: readonly TileType[] = ["FACTORY", "CLEAN_FACTORY", "OIL_REFINERY", "COAL_PLANT"];

/** A rival's deed a voice calls out, and the words that follow it; null for deeds that voice lets pass. */
function objection(voice: Voice, a: ActionRecord): string | null {
  if (GREEN_DEEDS.has(a.action)) return null;
  const cutForest = a.action === "DEMOLISH" && FORESTS.includes(a.from);
  const closedWork = a.action === "DEMOLISH" && WORKPLACES.includes(a.from);
  switch (voice) {
    case "green":
      return a.action === "BUILD_FACTORY" || cutForest || a.action === "CLEAR_FARMLAND" ? "Remember that when you vote." : null;
    case "industrial":
      return closedWork ? "Ask the people who worked there how that feels." : a.action === "CLEAR_FARMLAND" ? "Ask Greta how that feels." : null;
    case "balanced":
      return cutForest || closedWork || a.action === "CLEAR_FARMLAND" ? "A town that lasts needs better than that." : null;
  }
}

/** "built a factory by the river": a deed with a place a player can find, never coordinates. */
function deed(campaign: Campaign, a: ActionRecord): string {
  return `${actionPhrase(a)} ${whereIs(campaign.map, a.x, a.y)}`;
}

/** What the mayor did this round, in plain words. */
export function ownDeeds(campaign: Campaign, mayor: MayorId): string | null {
  const mine = campaign.actions.filter((a) => a.mayor === mayor && a.round === campaign.round);
  return mine.length > 0 ? `This round I ${mine.map((a) => deed(campaign, a)).join(" and ")}.` : null;
}

/**
 * A rival's deed this round that goes against what the speaker's voice stands for; green deeds are never attacked.
 * The two-faced mayor keeps the talk off factories, which it builds itself.
 */
export function rivalJab(campaign: Campaign, mayor: MayorId, strategy: Strategy): string | null {
  for (const a of campaign.actions) {
    if (a.mayor === mayor || a.round !== campaign.round || (strategy === "liar" && a.action === "BUILD_FACTORY")) continue;
    const words = objection(spokenStrategy(strategy), a);
    if (words === null) continue;
    const rival = campaign.settings.mayors.find((m) => m.id === a.mayor)!;
    return `Meanwhile ${rival.name} ${deed(campaign, a)}. ${words}`;
  }
  return null;
}

/** The bars a voice watches. */
const WATCHED: Record<Voice, readonly BarName[]> = {
  green: ["ecology"],
  industrial: ["economy"],
  balanced: ["ecology", "economy"],
};

/** How close to the line counts as danger worth saying out loud. */
const DANGER_MARGIN = 10;

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The harm of the last round a voice would point at: the worst passive cause on a bar it watches, not of its own making. */
function worstHarm(campaign: Campaign, mayor: MayorId, voice: Voice): BarCause | null {
  const last = campaign.rounds.filter((r) => r.round < campaign.round).at(-1);
  if (!last) return null;
  const watched = WATCHED[voice];
  const harms = last.barCauses.filter(
    (c) => c.delta < 0 && c.mayor !== mayor && watched.includes(c.bar) && (c.kind === "pollution" || c.kind === "forest_died" || c.kind === "emissions"),
  );
  // Pollution and dying forests are felt on the ground; smoke is everywhere, so it comes last among equals.
  const rank = (c: BarCause) => c.delta * 10 + (c.kind === "emissions" ? 5 : 0);
  return harms.reduce<BarCause | null>((worst, c) => (worst === null || rank(c) < rank(worst) ? c : worst), null);
}

/** Where the bars the voice watches stand, and what hurt the city last round. */
export function cityRemark(campaign: Campaign, mayor: MayorId, voice: Voice): string {
  const parts = WATCHED[voice].map((bar) => {
    const value = campaign.bars[bar];
    const name = bar === "ecology" ? "ecology" : "the economy";
    const danger = value - COLLAPSE_BELOW < DANGER_MARGIN ? `, only ${value - COLLAPSE_BELOW} points above collapse` : "";
    return `${name} stands at ${value}${danger}`;
  });
  const status = `${parts.join(" and ")}.`;
  const harm = worstHarm(campaign, mayor, voice);
  const sentence = status.charAt(0).toUpperCase() + status.slice(1);
  if (!harm) return sentence;
  const what = harm.kind === "emissions" ? `${lowerFirst(harm.text)} filled our air` : lowerFirst(harm.text);
  return `${sentence} Last round ${what}.`;
}

/** The people each voice speaks to, and what it says about each of them. */
const BASE: Record<Voice, readonly (readonly [string, string])[]> = {
  green: [
    ["Mia", "you want living forests and clean rivers for the next generation"],
    ["Rosa", "you see what dirty air does to the children on your ward"],
  ],
  industrial: [
    ["Karl", "you and your workmates keep this town running every morning"],
    ["Viktor", "you know a town in debt cannot grow"],
  ],
  balanced: [
    ["Greta", "your fields feed this whole town"],
    ["Dr. Amara", "your lab shows what evidence can do"],
  ],
};

/** Doubting citizens hear it said; below this approval a mayor admits it. */
const DOUBT_BELOW = 45;

/** A word to the member of the voice's base who trusts this mayor least. */
export function citizenRemark(campaign: Campaign, mayor: MayorId, voice: Voice): string | null {
  let chosen: { name: string; about: string; approval: number } | null = null;
  for (const [name, about] of BASE[voice]) {
    const approval = campaign.citizens.find((c) => c.name === name)?.approval[mayor];
    if (approval !== undefined && (chosen === null || approval < chosen.approval)) chosen = { name, about, approval };
  }
  if (!chosen) return null;
  return chosen.approval < DOUBT_BELOW ? `${chosen.name}, I know you doubt me; ${chosen.about}.` : `${chosen.name}, ${chosen.about}.`;
}
