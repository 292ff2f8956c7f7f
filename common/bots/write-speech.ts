import type { Campaign } from "../schemas/campaign.ts";
import type { ActionType, MayorId, TileType } from "../schemas/game.ts";
import { hashSeed, nextRandom } from "../rules/rng.ts";
import { scoreMoves } from "./choose-actions.ts";
import { citizenRemark, cityRemark, ownDeeds, rivalJab } from "./city-talk.ts";
import { spokenStrategy } from "./strategy.ts";
import { type Strategy } from "../schemas/strategy.ts";

const OPENERS: Record<ReturnType<typeof spokenStrategy>, readonly string[]> = {
  green: [
    "Friends, this city is running out of time and out of clean air.",
    "Look at the river and tell me we can wait another round.",
    "Our children will ask what we did while the forest got sick.",
  ],
  industrial: [
    "Neighbours, a city that cannot pay its bills cannot save anything.",
    "Jobs first, because without them nothing else lasts.",
    "I stand with the people who keep this city running every morning.",
  ],
  balanced: [
    "Citizens, we need both a living city and a working one.",
    "No miracles from me, just steady work on every front.",
    "Ecology and economy are not enemies; bad planning is.",
  ],
};

/** A promise a bot can make about an action, in words the extraction reads as a checkable commitment. */
function pledge(action: ActionType, from: TileType): string | null {
  switch (action) {
    case "PLANT_FOREST":
      return "I will plant a forest on the wasteland";
    case "BUILD_RESEARCH_CENTER":
      return "I will build a research centre";
    case "BUILD_FACTORY":
      return "I will build a factory";
    case "BUILD_SOLAR":
      return "I will build a solar field";
    case "BUILD_FUSION":
      return "I will build a fusion reactor";
    case "UPGRADE_CARBON_CAPTURE":
      return "I will fit carbon capture to a factory";
    case "REPLACE_WITH_SOLAR":
      return from === "COAL_PLANT" ? "I will replace the coal plant with solar" : from === "OIL_REFINERY" ? "I will replace the refinery with solar" : "I will replace a factory with solar";
    case "DEMOLISH":
      return from === "OIL_REFINERY" ? "I will close the refinery" : from === "COAL_PLANT" ? "I will close the coal plant" : from === "FACTORY" ? "I will close a factory" : null;
    case "CLEAR_FARMLAND":
      return null;
  }
}

/**
 * Whom a pledge is addressed to: each mayor courts its own base, naming the one of them the move serves best, so
 * keeping it wins them (and breaking it costs). The two-faced mayor courts the green base it talks to.
 */
function addressee(strategy: Strategy, action: ActionType): string {
  switch (spokenStrategy(strategy)) {
    case "green":
      return action === "REPLACE_WITH_SOLAR" ? "Rosa" : "Mia";
    case "industrial":
      return action === "BUILD_FACTORY" || action === "BUILD_SOLAR" || action === "BUILD_FUSION" ? "Viktor" : "Karl";
    case "balanced":
      if (action === "BUILD_RESEARCH_CENTER" || action === "BUILD_SOLAR" || action === "BUILD_FUSION") return "Dr. Amara";
      return "Rosa";
  }
}

/** The lasting vows of the first round, addressed to the citizens they are meant to win. */
const VOWS: Record<Strategy, string> = {
  green: "Mia, not one more tree will fall.",
  industrial: "Karl, I will never close a factory. Greta, I will never clear farmland.",
  balanced: "Greta, I will never clear farmland.",
  liar: "Mia, no more factories.",
};

/** What the two-faced mayor pledges: only the green-sounding moves among those it means to make anyway. */
const SOUNDS_GREEN: ReadonlySet<ActionType> = new Set(["PLANT_FOREST", "UPGRADE_CARBON_CAPTURE", "BUILD_SOLAR", "BUILD_RESEARCH_CENTER", "BUILD_FUSION"]);

/**
 * A bot's speech, in plain words: an opener, how the city stands and what hurt it last round, what it did this round,
 * a jab at a rival's deed that goes against its voice (never a green one), a word to the citizen of its base who
 * trusts it least, its vows in the first round, and promises for the next round, addressed to its base. Honest bots
 * promise the moves they rate best now (and will favour them next round); the two-faced one talks green, keeps quiet
 * about its own deeds, promises only the green-sounding moves it means to make anyway (and keeps them for show),
 * vows "no more factories" and goes on building them.
 */
export function writeSpeech(campaign: Campaign, mayor: MayorId, strategy: Strategy): string {
  let seed = hashSeed(`${campaign.settings.seed}:speech:${campaign.round}:${mayor}`);
  const pick = <T>(items: readonly T[]): T => {
    const r = nextRandom(seed);
    seed = r.state;
    return items[Math.floor(r.value * items.length)]!;
  };
  const voice = spokenStrategy(strategy);
  const parts: string[] = [pick(OPENERS[voice]), cityRemark(campaign, mayor, voice)];
  const deeds = strategy === "liar" ? null : ownDeeds(campaign, mayor);
  const jab = rivalJab(campaign, mayor, strategy);
  const word = citizenRemark(campaign, mayor, voice);
  for (const part of [deeds, jab, word]) if (part !== null) parts.push(part);
  if (campaign.round === 1) parts.push(VOWS[strategy]);
  if (campaign.round < campaign.settings.rounds) {
    const deadline = pick([`by round ${campaign.round + 1}`, "next round"]);
    const plans = strategy === "liar" ? scoreMoves(campaign, mayor, strategy).filter((m) => SOUNDS_GREEN.has(m.action)) : scoreMoves(campaign, mayor, strategy);
    const pledges = [
      ...new Set(plans.slice(0, 6).flatMap((m) => {
        const words = pledge(m.action, m.from);
        return words === null ? [] : [`${addressee(strategy, m.action)}, ${words}`];
      })),
    ];
    for (const p of pledges.slice(0, 2)) parts.push(`${p} ${deadline}.`);
  }
  return parts.join(" ").slice(0, 1200);
}
