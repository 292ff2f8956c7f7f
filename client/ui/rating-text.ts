import { PROVISIONAL_GAMES } from "../../common/rating/display.ts";
import type { ShownRating } from "../../common/schemas/rating.ts";
import { el } from "./dom.ts";

/** The rating as one short reading: the conservative ordinal, then how unsure it still is. */
export function ratingText(rating: ShownRating): string {
  return `${rating.ordinal.toFixed(1)} ± ${rating.uncertainty.toFixed(1)}`;
}

/** The provisional mark in words (a screen reader reads it as it is), the reason under the pointer. */
export function provisionalTag(rating: ShownRating): HTMLElement | null {
  if (!rating.provisional) return null;
  const why = `provisional: fewer than ${PROVISIONAL_GAMES} rated campaigns`;
  return el("span", { class: "tag tag-provisional", text: "provisional", attrs: { title: why } });
}

export const RATING_EXPLAINED =
  `The rating is a careful estimate (Weng-Lin, like TrueSkill): skill minus three times its uncertainty, so it starts at 0 and climbs as the results show who you are. ` +
  `It stays provisional for the first ${PROVISIONAL_GAMES} rated campaigns.`;
