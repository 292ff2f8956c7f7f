import type { PlayerId } from "../schemas/identity.ts";
import { nameKey } from "./player-name.ts";

/** Hex digits of the id shown after a clashing name: short, and enough to tell a few namesakes apart. */
const TAG_DIGITS = 3;

/**
 * How each player is labelled in one table (standings, leaderboard): the bare name when no one else listed reads
 * the same, otherwise the name and a tag from the player's id, "Ana#3f2". A tag grows a digit at a time until it
 * tells every namesake in the list apart; the id is unique, so it always does.
 */
export function playerLabels(players: readonly { id: PlayerId; name: string }[]): Map<PlayerId, string> {
  const byName = new Map<string, { id: PlayerId; name: string }[]>();
  for (const p of players) byName.set(nameKey(p.name), [...(byName.get(nameKey(p.name)) ?? []), p]);
  const labels = new Map<PlayerId, string>();
  for (const group of byName.values()) {
    const ids = [...new Set(group.map((p) => p.id))];
    if (ids.length === 1) {
      for (const p of group) labels.set(p.id, p.name);
      continue;
    }
    let digits = TAG_DIGITS;
    const tag = (id: PlayerId) => id.slice(1, 1 + digits);
    while (new Set(ids.map(tag)).size < ids.length) digits += 1;
    for (const p of group) labels.set(p.id, `${p.name}#${tag(p.id)}`);
  }
  return labels;
}
