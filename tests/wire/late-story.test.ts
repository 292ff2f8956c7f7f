import type { Room } from "@colyseus/core";
import { Packr } from "@colyseus/msgpackr";
import { beforeAll, describe, expect, it } from "vitest";
import { publicStory, resolvedRounds, roundDigest } from "../../common/engine/view.ts";
import type { Campaign } from "../../common/schemas/campaign.ts";
import type { CampaignHistory, RoundHistory } from "../../common/schemas/history.ts";
import { parseServerMessage, type RoundStory, type ServerMessage } from "../../common/schemas/server-messages.ts";
import { broadcast } from "../../server/rooms/wire.ts";
import { botCampaignAfterRound } from "../fixtures/bot-campaign.ts";
import { packedBytes, storyOnWire, wholeStoryOnWire } from "../support/story-bytes.ts";
import { tileHistory } from "../../client/ui/tile-history.ts";
import { ledgerOf } from "../../client/net/ledger.ts";
import { PastRounds } from "../../client/net/past-rounds.ts";
import { emptyStory, latestRound, reduceStory, speechesOf, type Story } from "../../client/net/story-log.ts";

/** The stated bound on a late spectator's `story` for six mayors who just resolved round 7 (it was 91 KiB whole). */
const LATE_STORY_BYTES = 40 * 1024;
const CAMPAIGN_ID = "7b0c9a52-2f4e-4c39-9d0e-5a3f1b2c4d6e";

/** Through msgpack as Colyseus sends it, then parsed with the contract as the client's connection does. */
const packr = new Packr({ useRecords: false });
const overTheWire = (payload: unknown): unknown => packr.unpack(packr.pack(payload));

function roundMessage(story: RoundStory) {
  let sent: unknown;
  broadcast({ broadcast: (_type: string, message: unknown) => (sent = message) } as unknown as Room, "round", { story });
  return parseServerMessage("round", overTheWire(sent));
}

/** What the campaign screen, the fact-check panel, the tile tooltips and the election chart read of a story. */
function screenOf(story: Story, campaign: Campaign) {
  const name = (id: string) => `mayor ${id}`;
  return {
    rounds: story.rounds.map(roundDigest),
    ledger: ledgerOf(story.rounds),
    tiles: campaign.map.tiles.map((t) => tileHistory(story.rounds, name, t.x, t.y)),
    latest: latestRound(story),
    speeches: speechesOf(story, campaign.round),
    headline: story.rounds.at(-1)?.record.summary,
    result: story.result,
  };
}

/** The stored campaign's rounds as the API would answer them (only what completing a digest reads is filled in). */
function storedHistory(rounds: readonly RoundStory[]): CampaignHistory {
  const round = ({ round, speeches, actions, record }: RoundStory): RoundHistory => ({
    ...record,
    round,
    resolvedAt: "2026-01-01T00:00:00.000Z",
    actions,
    speeches,
    promises: [],
    contradictions: [],
    reactions: record.approvalChanges,
    modelCalls: [],
  });
  return { id: CAMPAIGN_ID, rounds: rounds.map(round) } as Partial<CampaignHistory> as CampaignHistory;
}

describe("a late spectator's story (six mayors, round 7 just resolved)", () => {
  let campaign: Campaign;
  let late: Story;
  let watched: Story;
  let told: ServerMessage<"story">;

  beforeAll(async () => {
    campaign = await botCampaignAfterRound(7);
    const sent = storyOnWire(publicStory(campaign, CAMPAIGN_ID));
    told = parseServerMessage("story", overTheWire(sent));
    late = reduceStory(emptyStory(null, true), "story", told);
    // A spectator who watched from the lobby on: every reveal, then every round.
    watched = emptyStory(null, true);
    for (const round of resolvedRounds(campaign)) {
      watched = reduceStory(watched, "speeches", round.speeches);
      watched = reduceStory(watched, "round", roundMessage(round));
    }
  }, 60_000);

  it(`is under ${LATE_STORY_BYTES / 1024} KiB packed, well under the whole story`, () => {
    const story = publicStory(campaign, CAMPAIGN_ID);
    expect(campaign.settings.mayors).toHaveLength(6);
    expect([campaign.round, campaign.phase, story.earlier.length]).toEqual([7, "reactions", 6]);
    const now = packedBytes(storyOnWire(story));
    const whole = packedBytes(wholeStoryOnWire(campaign, story));
    expect(now).toBeLessThan(LATE_STORY_BYTES);
    expect(now).toBeLessThan(whole / 2);
  });

  it("shows the screen, the fact-check panel, the tiles' history and the election chart as a spectator who watched it all", () => {
    expect(late.rounds.map((r) => r.round)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(screenOf(late, campaign)).toEqual(screenOf(watched, campaign));
    expect(latestRound(late)).toEqual(resolvedRounds(campaign).at(-1));
    expect(late.fresh).toBeNull();
  });

  it("leaves a reconnecting client the rounds it saw in full", () => {
    const back = reduceStory(watched, "story", told);
    expect(back.rounds.slice(0, -1).every((r, i) => r === watched.rounds[i])).toBe(true);
    expect(back.rounds).toEqual(watched.rounds);
    expect(back.campaignId).toBe(CAMPAIGN_ID);
  });

  it("reads the earlier rounds in full from the stored campaign when a screen needs them, once", async () => {
    const full = resolvedRounds(campaign);
    let fetched = 0;
    const past = new PastRounds(async (id) => {
      fetched++;
      expect(id).toBe(CAMPAIGN_ID);
      return storedHistory(full);
    });
    let ready: () => void = () => {};
    const came = new Promise<void>((resolve) => (ready = resolve));
    expect(past.full(late, ready)).toBe("loading");
    await came;
    expect(past.full(late, () => {})).toEqual(watched.rounds);
    expect(past.full(late, () => {})).toEqual(full);
    expect(new PastRounds(() => Promise.reject(new Error("never asked"))).full(watched, () => {})).toEqual(full);
    expect(fetched).toBe(1);
  });

  it("says when the earlier rounds cannot be had, and asks again once another round is told", async () => {
    const past = new PastRounds(() => Promise.reject(new Error("down")));
    await new Promise<void>((ready) => expect(past.full(late, ready)).toBe("loading"));
    expect(past.full(late, () => {})).toBe("unavailable");
    const next = { ...late, rounds: [...late.rounds, { ...latestRound(late)!, round: 8 }] };
    expect(past.full(next, () => {})).toBe("loading");
  });
});
