import type { Campaign } from "../schemas/campaign.ts";
import { MAP_SIZE } from "../schemas/game.ts";
import type { TileOwner } from "../schemas/tile-story.ts";

/**
 * The owner of every tile, row-major like the map: the mayor whose action last changed it, from the whole campaign
 * (so ownership outlives the round), or null for tiles no mayor has touched. Derived from the actions rather than
 * stored, so it can never disagree with them.
 */
export function tileOwners(campaign: Pick<Campaign, "actions">): (TileOwner | null)[] {
  const owners: (TileOwner | null)[] = new Array(MAP_SIZE * MAP_SIZE).fill(null);
  for (const a of campaign.actions) owners[a.y * MAP_SIZE + a.x] = { mayor: a.mayor, round: a.round };
  return owners;
}
