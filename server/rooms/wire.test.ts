import type { Room } from "@colyseus/core";
import { describe, expect, it } from "vitest";
import { roundDigest, roundStory } from "../../common/engine/view.ts";
import { parseServerMessage } from "../../common/schemas/server-messages.ts";
import { finishRound, newCampaign, promise } from "../../tests/fixtures/campaign.ts";
import { broadcast } from "./wire.ts";

/** What a room hands Colyseus to broadcast, through JSON as a stand-in for the encoding. */
function broadcastOf(send: (room: Room) => void): unknown {
  let sent: unknown;
  send({ broadcast: (_type: string, message: unknown) => (sent = JSON.parse(JSON.stringify(message))) } as unknown as Room);
  return sent;
}

describe("wire: a round's story sent once", () => {
  const speeches = { m1: "Forests for the valley, every tree counted.", m2: "Factories mean wages on Friday." };
  const c = finishRound(newCampaign(), { speeches, outputs: { m1: { promises: [promise({ text: "Plant a forest" })] } } });
  const story = roundStory(c, 1)!;

  it("leaves the round's speeches out of the round message, even when handed the whole story, and parses back to the rest", () => {
    const sent = broadcastOf((room) => broadcast(room, "round", { story }));
    for (const text of Object.values(speeches)) expect(JSON.stringify(sent)).not.toContain(text);
    const { speeches: revealed, ...rest } = story;
    expect(revealed.map((s) => s.text)).toEqual(Object.values(speeches));
    expect(parseServerMessage("round", sent)).toEqual({ story: rest });
    expect(rest.ledger.promises.map((p) => p.text)).toEqual(["Plant a forest"]);
  });

  it("keeps them in the story a late joiner gets, who saw no reveal", () => {
    const sent = broadcastOf((room) => broadcast(room, "story", { campaignId: "c-1", earlier: [roundDigest(story)], latest: story, revealed: [], result: null }));
    expect(parseServerMessage("story", sent)).toEqual({ campaignId: "c-1", earlier: [roundDigest(story)], latest: story, revealed: [], result: null });
  });
});
