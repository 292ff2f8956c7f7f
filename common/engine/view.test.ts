import { describe, expect, it } from "vitest";
import { ElectionNight, PublicStory } from "../schemas/server-messages.ts";
import { finishRound, newCampaign } from "../../tests/fixtures/campaign.ts";
import { explainElection } from "./explain-election.ts";
import { electionNight, publicStory } from "./view.ts";

describe("publicStory's election", () => {
  it("is absent while the campaign runs", () => {
    const running = finishRound(newCampaign({ rounds: 3 }));
    expect(publicStory(running, "c-7").result).toBeNull();
    expect(electionNight(running, "c-7")).toBeNull();
  });

  it("once held, carries the result, its explanation and the stored campaign's id, as the wire's schema says", () => {
    const ended = finishRound(finishRound(finishRound(newCampaign({ rounds: 3 }))));
    const story = PublicStory.parse(publicStory(ended, "c-7"));
    expect(story.result).toEqual(ElectionNight.parse({ ...ended.result!, campaignId: "c-7", explanation: explainElection(ended, ended.result!) }));
    expect(story.result!.explanation.blocs.length).toBeGreaterThan(0);
  });
});
