import { actionPhrase, TILE_LABELS } from "../../common/rules/labels.ts";
import type { RoundDigest } from "../../common/schemas/server-messages.ts";

const PASSIVE: Record<string, string> = {
  pollution: "pollution turned it into",
  "forest died": "the sick forest died and left",
  "river healed": "the river healed into a",
};

/** A tile's story across the resolved rounds, oldest first: who did what to it, and what pollution or time did. */
export function tileHistory(rounds: readonly RoundDigest[], mayorName: (id: string) => string, x: number, y: number): string[] {
  const lines: string[] = [];
  for (const { round, actions, record } of rounds) {
    for (const a of actions) if (a.x === x && a.y === y) lines.push(`Round ${round}: ${mayorName(a.mayor)} ${actionPhrase(a)}.`);
    for (const c of record.passiveChanges) {
      if (c.x === x && c.y === y) lines.push(`Round ${round}: ${PASSIVE[c.cause] ?? `${c.cause}:`} ${TILE_LABELS[c.to]}.`);
    }
  }
  return lines;
}
