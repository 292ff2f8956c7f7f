import type { ActionType, TileType } from "../schemas/game.ts";
import { ACTION_LABELS, TILE_LABELS } from "./labels.ts";

function withArticle(label: string): string {
  return `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
}

/** "build a factory or demolish a forest or a sick forest": what an avoid promise forbids, for its verdict. */
export function forbiddenWords(commitment: { actions: readonly ActionType[]; on?: readonly TileType[] | undefined }): string {
  const on = commitment.on && commitment.on.length > 0 ? commitment.on.map((t) => withArticle(TILE_LABELS[t])).join(" or ") : null;
  return commitment.actions
    .map((action) => {
      if (action === "DEMOLISH") return `demolish ${on ?? "anything"}`;
      if (action === "REPLACE_WITH_SOLAR") return `replace ${on ?? "anything"} with solar`;
      if (action === "UPGRADE_CARBON_CAPTURE") return `fit carbon capture to ${on ?? "a factory"}`;
      return on && action !== "CLEAR_FARMLAND" ? `${ACTION_LABELS[action]} on ${on}` : ACTION_LABELS[action];
    })
    .join(" or ");
}
