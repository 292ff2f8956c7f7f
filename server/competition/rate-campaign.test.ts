import { describe, expect, it } from "vitest";
import type { ElectionResult } from "../../common/schemas/campaign.ts";
import { playerId } from "../../tests/support/tournament.ts";
import { ratedRanking } from "./rate-campaign.ts";

const election = (order: string[], votes: number[]): ElectionResult => ({
  ending: "completed",
  votes: [],
  standings: order.map((mayor, i) => ({ mayor, rank: i + 1, votes: votes[i]!, approvalSum: 100 - i, kept: 0, broken: 0 })),
  winner: order[0]!,
  tieBreak: null,
});
const humans = (n: number) => Array.from({ length: n }, (_, i) => ({ mayor: `m${i + 1}`, player: playerId(i + 1), bot: false }));

describe("ratedRanking", () => {
  it("ranks each seat's identity by the final ranking, an abandoner last whatever their votes", () => {
    const ended = { seats: humans(3), result: election(["m2", "m1", "m3"], [9, 5, 1]), abandoned: ["m2"], hostChoseRated: true };
    expect(ratedRanking(ended)).toEqual({
      eligibility: { rated: true },
      ranking: [
        { player: playerId(1), rank: 1 },
        { player: playerId(3), rank: 2 },
        { player: playerId(2), rank: 3 },
      ],
    });
  });

  it("rates nothing when the host chose unrated, a bot sat, or a seat had no identity", () => {
    const result = election(["m1", "m2", "m3"], [3, 2, 1]);
    const bot = [...humans(2), { mayor: "m3", player: null, bot: true }];
    const guest = [...humans(2), { mayor: "m3", player: null, bot: false }];
    expect(ratedRanking({ seats: humans(3), result, abandoned: [], hostChoseRated: false })).toEqual({ eligibility: { rated: false, reason: "host_unrated" }, ranking: [] });
    expect(ratedRanking({ seats: bot, result, abandoned: [], hostChoseRated: true }).eligibility).toEqual({ rated: false, reason: "bot_seat" });
    expect(ratedRanking({ seats: guest, result, abandoned: [], hostChoseRated: true }).eligibility).toEqual({ rated: false, reason: "anonymous_seat" });
  });
});
