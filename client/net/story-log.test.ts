import { describe, expect, it } from "vitest";
import type { ElectionNight, RoundStory, ServerMessage } from "../../common/schemas/server-messages.ts";
import { roundDigest } from "../../common/engine/view.ts";
import { emptyStory, fullRound, latestRound, ownSpeechIn, reduceStory, speechesOf } from "./story-log.ts";

const round = (n: number): RoundStory => ({
  round: n,
  speeches: [{ round: n, mayor: "m1", text: `speech ${n}` }],
  actions: [],
  ledger: { promises: [], repeated: [], contradictions: [], brokenBy: [] },
  record: {
    round: n,
    barsAtStart: { ecology: 45, economy: 65, research: 5 },
    barsBefore: { ecology: 45, economy: 65, research: 5 },
    barsAfter: { ecology: 45, economy: 65, research: 5 },
    barCauses: [],
    passiveChanges: [],
    outcomes: [],
    approvalChanges: [],
    arrived: [],
    departed: [],
    summary: `round ${n}`,
    approvalAfter: {},
  },
});

/** A round as the `round` message tells it: without its speeches, which came at the reveal. */
const news = (n: number): ServerMessage<"round">["story"] => {
  const { speeches: _, ...rest } = round(n);
  return rest;
};

describe("reduceStory", () => {
  it("records who this client is", () => {
    const story = reduceStory(emptyStory(), "welcome", { mayor: "m2", spectator: false, serverTime: 0, reconnectSeconds: 60 });
    expect(story).toMatchObject({ mayor: "m2", spectator: false });
    expect(reduceStory(emptyStory(), "welcome", { mayor: null, spectator: true, serverTime: 0, reconnectSeconds: 60 })).toMatchObject({ mayor: null, spectator: true });
  });

  it("keeps the own speech secret-side until the reveal, then shows everyone's", () => {
    let story = reduceStory(emptyStory("m1"), "spoke", { round: 1, mayor: "m1", text: "mine" });
    expect(ownSpeechIn(story, 1)?.text).toBe("mine");
    expect(ownSpeechIn(story, 2)).toBeNull();
    expect(speechesOf(story, 1)).toEqual([]);
    story = reduceStory(story, "speeches", [
      { round: 1, mayor: "m1", text: "mine" },
      { round: 1, mayor: "m2", text: "theirs" },
    ]);
    expect(speechesOf(story, 1).map((s) => s.text)).toEqual(["mine", "theirs"]);
  });

  it("adds resolved rounds in order and marks the fresh one for playback", () => {
    let story = reduceStory(emptyStory(), "round", { story: news(2) });
    story = reduceStory(story, "round", { story: news(1) });
    expect(story.rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(story.fresh?.round).toBe(1);
    expect(story.fresh).toBe(story.rounds[0]);
  });

  it("joins a resolved round to the speeches of its reveal, the one time they were sent", () => {
    let story = reduceStory(emptyStory(), "speeches", round(2).speeches);
    story = reduceStory(story, "round", { story: news(2) });
    expect(story.rounds).toEqual([round(2)]);
    expect(story.revealed).toEqual([]);
    expect(speechesOf(story, 2)[0]!.text).toBe("speech 2");
    // A reveal of another round (never the case on the wire) is not taken for this one's speeches.
    story = reduceStory(reduceStory(story, "speeches", round(4).speeches), "round", { story: news(3) });
    expect(fullRound(story, 3)!.speeches).toEqual([]);
  });

  it("tells a late joiner the story so far without playing it back: the latest round in full, the earlier ones as digests", () => {
    const story = reduceStory(emptyStory(null, true), "story", { campaignId: "c-1", earlier: [roundDigest(round(1))], latest: round(2), revealed: [{ round: 3, mayor: "m1", text: "new" }], result: null });
    expect(story.rounds).toEqual([roundDigest(round(1)), round(2)]);
    expect(story.campaignId).toBe("c-1");
    expect(story.fresh).toBeNull();
    expect(latestRound(story)).toBe(story.rounds[1]);
    expect(fullRound(story, 1)).toBeNull();
    expect(speechesOf(story, 2)[0]!.text).toBe("speech 2");
    expect(speechesOf(story, 3)[0]!.text).toBe("new");
  });

  it("keeps the rounds a reconnecting client knows in full, where the digests told are theirs", () => {
    let story = reduceStory(emptyStory("m1"), "story", { campaignId: "c-1", earlier: [], latest: null, revealed: [], result: null });
    story = reduceStory(reduceStory(story, "speeches", round(1).speeches), "round", { story: news(1) });
    story = reduceStory(reduceStory(story, "speeches", round(2).speeches), "round", { story: news(2) });
    const told = { earlier: [roundDigest(round(1))], latest: round(2), revealed: [], result: null };
    expect(reduceStory(story, "story", { campaignId: "c-1", ...told }).rounds).toEqual([round(1), round(2)]);
    expect(reduceStory(story, "story", { campaignId: "c-2", ...told }).rounds).toEqual([round(1), round(2)]);
    const other = { ...roundDigest(round(1)), record: { ...roundDigest(round(1)).record, summary: "another campaign's round 1" } };
    expect(reduceStory(story, "story", { campaignId: "c-2", ...told, earlier: [other] }).rounds).toEqual([other, round(2)]);
  });

  it("keeps the election result and ignores errors", () => {
    const explanation = { rule: "Most approval wins.", blocs: [], tieBreak: null };
    const result: ElectionNight = { ending: "completed", votes: [], standings: [], winner: "m1", tieBreak: null, campaignId: "c-1", explanation };
    const story = reduceStory(emptyStory(), "result", result);
    expect(story.result).toMatchObject({ winner: "m1", campaignId: "c-1" });
    expect(reduceStory(story, "error", { code: "invalid", message: "no" })).toBe(story);
  });
});
