import type { Client } from "@colyseus/core";
import { Packr } from "@colyseus/msgpackr";
import { resolvedRounds } from "../../common/engine/view.ts";
import type { Campaign } from "../../common/schemas/campaign.ts";
import { packRecord } from "../../common/schemas/round-wire.ts";
import type { ServerMessage, ServerPayload } from "../../common/schemas/server-messages.ts";
import { send } from "../../server/rooms/wire.ts";

/** Colyseus 0.16 packs a message's payload with this packer (@colyseus/core's Protocol.ts). */
const packr = new Packr({ useRecords: false });

/** The bytes of a payload as Colyseus packs it. */
export const packedBytes = (payload: unknown): number => packr.pack(payload).byteLength;

/** The `story` message as the room hands it to Colyseus (wire.ts's compact form). */
export function storyOnWire(story: ServerMessage<"story">): ServerPayload<"story"> {
  let sent: unknown;
  send({ send: (_type: string, message: unknown) => (sent = message) } as unknown as Client, "story", story);
  return sent as ServerPayload<"story">;
}

/** The story as it was sent before issue 15: every resolved round in full (records packed), for the figures' "before". */
export function wholeStoryOnWire(campaign: Campaign, story: ServerMessage<"story">) {
  const { revealed, result } = story;
  return { rounds: resolvedRounds(campaign).map((r) => ({ ...r, record: packRecord(r.record) })), revealed, result };
}

/** What each part of a story weighs, packed: per round story field and per record field, summed over the rounds. */
export function partsOf(rounds: readonly Record<string, unknown>[]): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const r of rounds) {
    for (const [k, v] of Object.entries(r)) {
      if (k === "record" && v && typeof v === "object") for (const [rk, rv] of Object.entries(v)) parts[`record.${rk}`] = (parts[`record.${rk}`] ?? 0) + packedBytes(rv);
      else parts[k] = (parts[k] ?? 0) + packedBytes(v);
    }
  }
  return Object.fromEntries(Object.entries(parts).sort((a, b) => b[1] - a[1]));
}
