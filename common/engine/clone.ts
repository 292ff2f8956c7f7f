import type { Campaign } from "../schemas/campaign.ts";

/** A deep copy of plain data (objects, arrays and primitives): what `structuredClone` gives for it, several times faster. */
function cloneData<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneData(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const copy = cloneData((value as Record<string, unknown>)[key]);
    // A record keyed by a citizen's name may hold "__proto__": it must stay an own property.
    if (key === "__proto__") Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out as T;
}

/**
 * The copy of a campaign that `step` changes. Recorded events and the records of earlier rounds are never changed
 * again (only the last round's record is), so they are shared with the given campaign instead of copied.
 */
export function copyCampaign(campaign: Campaign): Campaign {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(campaign)) {
    if (key === "history") copy[key] = [...campaign.history];
    else if (key === "rounds") copy[key] = campaign.rounds.map((record, i, all) => (i === all.length - 1 ? cloneData(record) : record));
    else copy[key] = cloneData(value);
  }
  return copy as Campaign;
}

/**
 * The copy that a player's move (a tile action, a speech, "done") may change: only the lists such a move appends to
 * or replaces an element of, and the bars, are new; everything else is shared with the given campaign, which the move
 * never touches. A move that ends the phase goes on with `copyCampaign` of this copy before the phase advances.
 */
export function copyForMove(campaign: Campaign): Campaign {
  return {
    ...campaign,
    map: { ...campaign.map, tiles: [...campaign.map.tiles] },
    bars: { ...campaign.bars },
    actions: [...campaign.actions],
    speeches: [...campaign.speeches],
    done: [...campaign.done],
    history: [...campaign.history],
  };
}
