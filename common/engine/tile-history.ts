import type { BarCause, Campaign } from "../schemas/campaign.ts";
import type { TileEvent } from "../schemas/tile-story.ts";
import { actionPhrase } from "../rules/labels.ts";

function changesTile(kind: BarCause["kind"]): kind is "pollution" | "forest_died" | "river_healed" {
  return kind === "pollution" || kind === "forest_died" || kind === "river_healed";
}

const at = (p: { x: number; y: number } | null, x: number, y: number) => p !== null && p.x === x && p.y === y;

/**
 * A tile's story for a hover, oldest first: every action on it (this round's included) and, from the round records,
 * what the city did to it or what its pollution did to others. Emissions and research growth repeat every round, so
 * the bars' causes tell them, not the tile.
 */
export function tileHistory(campaign: Pick<Campaign, "settings" | "actions" | "rounds">, x: number, y: number): TileEvent[] {
  const names = new Map(campaign.settings.mayors.map((m) => [m.id, m.name]));
  const events: TileEvent[] = campaign.actions
    .filter((a) => a.x === x && a.y === y)
    .map((a) => ({ round: a.round, kind: "action", mayor: a.mayor, text: `${names.get(a.mayor)} ${actionPhrase(a)}` }));
  for (const record of campaign.rounds) {
    const seen = new Set<string>();
    for (const c of record.barCauses) {
      if (!changesTile(c.kind) || !(at(c.tile, x, y) || at(c.source, x, y)) || seen.has(c.text)) continue;
      seen.add(c.text);
      events.push({ round: record.round, kind: c.kind, mayor: c.mayor, text: c.text });
    }
  }
  // Stable: within a round the actions (taken in the policy phase) stay before what the round's end did.
  return events.sort((a, b) => a.round - b.round);
}
