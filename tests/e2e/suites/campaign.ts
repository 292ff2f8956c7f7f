import { beforeAll, describe, expect, it } from "vitest";
import type { ElectionResult, Speech } from "../../../common/schemas/campaign.ts";
import type { PublicStory, RoundStory } from "../../../common/schemas/server-messages.ts";
import type { CampaignHistory, CampaignSummary } from "../../../common/schemas/history.ts";
import { act, allDone, gentleMoves, nextRoundOrEnd, openLobby, startCampaign } from "../support/campaign.ts";
import type { Player } from "../support/player.ts";
import { ledgerOf } from "../../../client/net/ledger.ts";
import { completeRounds } from "../../../client/net/past-rounds.ts";
import { roundDigest } from "../../../common/engine/view.ts";
import type { Live, TestServer } from "../support/server.ts";


const ROUNDS = 3;

/** Each speech carries a word found nowhere else, so a leak is found wherever it would show up. */
const SPEECHES: Record<number, Record<string, string>> = {
  1: {
    Ada: "I promise to plant a new forest on the wasteland before the next round. Remember the word zephyrquill.",
    Bo: "Jobs first: I will never close a factory while I am mayor. Mark my word, brackenfold.",
  },
  2: {
    Ada: "We will build a research centre this year and research will reach 15. Say it with me: quillonmere.",
    Bo: "I promise farmers that no farmland will be cleared under my watch. Remember the word thistlegrove.",
    Cy: "I will plant forests for the young and keep the river clean. My word is marrowlune.",
  },
  3: {
    Ada: "I kept my word: forests are growing and I will protect every tree. Last word, vellichorde.",
  },
};
const secretOf = (text: string) => text.split(" ").at(-1)!.replace(".", "");

interface RoundMessage {
  story: RoundStory;
}

/**
 * One full campaign: three mayors and a spectator from the lobby to the election, a second spectator who joins in
 * the middle; the secrecy of speeches in everything the clients received; then the stored history read back with
 * SQL and through the API.
 */
export function campaignSuite(live: Live): void {
  let server: TestServer;
  let ada: Player;
  let bo: Player;
  let watcher: Player;
  let lateWatcher: Player;
  let mayors: Player[];
  let everyone: Player[];

  async function playRound(round: number): Promise<void> {
    await Promise.all(everyone.map((p) => p.waitPhase("policy", round)));
    const [first, second] = gentleMoves(ada.state, 2);
    await act(ada, first!);
    if (round !== 2) await act(ada, second!);
    const [boMove] = gentleMoves(bo.state, 1, [first!, second!]);
    await act(bo, boMove!);
    allDone(mayors);
    await Promise.all(everyone.map((p) => p.waitPhase("speech", round)));
    for (const mayor of mayors) {
      const text = SPEECHES[round]![mayor.name];
      if (!text) continue;
      mayor.send("speak", { text });
      await mayor.next<Speech>("spoke", -1, (s) => s.round === round);
      await mayor.waitState((s) => s.mayors[mayor.seat]!.done || s.phase !== "speech", "own speech recorded");
      if (round === 2 && mayor === ada) {
        lateWatcher = await server.player("Late watcher").join({ joinById: ada.code }, { spectator: true });
        everyone.push(lateWatcher);
      }
    }
    allDone(mayors);
    await Promise.all(everyone.map((p) => p.next<RoundMessage>("round", -1, (m) => m.story.round === round)));
    await nextRoundOrEnd(everyone, round);
  }

  beforeAll(async () => {
    server = live.server;
    [ada, bo] = mayors = await openLobby(server, ["Ada", "Bo", "Cy"], { rounds: ROUNDS });
    watcher = await server.player("Watcher").join({ joinById: ada.code }, { spectator: true });
    everyone = [...mayors, watcher];
    await startCampaign(ada, everyone);
    for (let round = 1; round <= ROUNDS; round++) await playRound(round);
    await Promise.all(everyone.map((p) => p.next("result")));
    await server.running.queue.idle();
  });

  const resultSeen = (p: Player) => p.messages<ElectionResult>("result")[0]!;
  const roundsSeen = (p: Player) => p.messages<RoundMessage>("round").map((m) => m.story);
  const speechesSeen = (p: Player) => p.messages<Speech[]>("speeches").flat();
  // The fact-check panel as the browser rebuilds it from the rounds' stories (the synced state holds no ledger).
  const promisesSeen = (p: Player) => ledgerOf(roundsSeen(p)).promises.map(({ id, owner, round, text, status }) => ({ id, owner, round, text, status }));

  describe.sequential("a full campaign over WebSocket", () => {
    it("takes three mayors and a spectator from the lobby to the election", () => {
      expect(mayors.map((m) => m.seat)).toEqual(["m1", "m2", "m3"]);
      expect(watcher.mayor).toBeNull();
      for (const p of everyone) {
        expect(p.state.phase).toBe("ended");
        expect(p.state.round).toBe(ROUNDS);
        expect(p.errors()).toEqual([]);
      }
      const result = resultSeen(ada);
      for (const p of everyone) {
        expect(resultSeen(p)).toEqual(result);
        expect(p.state.winner).toBe(result.winner);
        expect(roundsSeen(p).map((r) => r.round)).toEqual(p === lateWatcher ? [2, 3] : [1, 2, 3]);
      }
      expect(result.ending).toBe("completed");
      expect(result.votes.length).toBeGreaterThan(0);
      expect(result.standings.map((s) => s.mayor).sort()).toEqual(["m1", "m2", "m3"]);
      expect(speechesSeen(watcher).map((s) => s.text)).toEqual(Object.values(SPEECHES).flatMap((r) => Object.values(r)));
      expect(promisesSeen(watcher).some((p) => p.status !== "pending")).toBe(true);
      for (const p of mayors) expect(promisesSeen(p)).toEqual(promisesSeen(watcher));
      expect(roundsSeen(watcher).flatMap((r) => r.actions)).toHaveLength(ROUNDS * 3 - 1);
    });

    it("gives a late spectator the whole story so far, without the speeches still secret", () => {
      const [story] = lateWatcher.messages<PublicStory>("story");
      expect(story!.earlier).toEqual([]);
      expect(story!.latest!.round).toBe(1);
      expect(story!.latest!.speeches.map((s) => s.text)).toEqual(Object.values(SPEECHES[1]!));
      expect(story!.latest).toEqual(roundsSeen(watcher)[0]);
      expect(story!.revealed).toEqual([]);
    });
  });

  describe.sequential("secrecy of speeches", () => {
    const speakers = () =>
      Object.entries(SPEECHES).flatMap(([round, texts]) =>
        mayors.flatMap((mayor) => (texts[mayor.name] ? [{ mayor, round: Number(round), text: texts[mayor.name]! }] : [])),
      );

    it("no other client sees a speech, in any state or message, before the round's speeches are revealed", () => {
      for (const { mayor, round, text } of speakers()) {
        const secret = secretOf(text);
        const observers = everyone.filter((p) => p !== mayor && !(p === lateWatcher && round < 2));
        for (const observer of observers) {
          const first = observer.log.entries.find((e) => JSON.stringify(e).includes(secret));
          expect(first, `${observer.name} never saw ${mayor.name}'s round ${round} speech`).toBeDefined();
          expect(first!.kind === "message" && first!.type, `${observer.name} first saw "${secret}" in ${JSON.stringify(first).slice(0, 120)}`).toBe("speeches");
          const revealed = (first as { data: Speech[] }).data;
          expect(revealed.every((s) => s.round === round)).toBe(true);
          expect(revealed.map((s) => s.text)).toEqual(Object.values(SPEECHES[round]!));
        }
      }
    });

    it("the speaker gets its own speech back at once, and only through 'spoke' before the reveal", () => {
      for (const { mayor, round, text } of speakers()) {
        const first = mayor.log.entries.find((e) => JSON.stringify(e).includes(secretOf(text)));
        expect(first).toMatchObject({ kind: "message", type: "spoke", data: { round, mayor: mayor.seat, text } });
      }
    });

    it("no state the clients decoded ever held a speech text", () => {
      for (const observer of everyone) {
        for (const { text } of speakers()) {
          expect(observer.states().some((s) => s.json.includes(text))).toBe(false);
        }
      }
    });
  });

  describe.sequential("the stored history matches what the clients saw", () => {
    it("in SQL: campaign, speeches, actions, promises with their statuses, votes, standings and winner", async () => {
      const sql = server.sql();
      const result = resultSeen(watcher);
      const [campaign] = await sql<{ id: string; status: string; winner: string; ending: string; rounds_played: number }[]>`
        SELECT id, status, winner, ending, rounds_played FROM campaigns WHERE code = ${ada.code}`;
      expect(campaign).toMatchObject({ status: "finished", winner: result.winner, ending: result.ending, rounds_played: ROUNDS });
      const id = campaign!.id;

      const storedMayors = await sql`SELECT mayor_id AS id, name, is_bot FROM mayors WHERE campaign_id = ${id} ORDER BY seat`;
      expect([...storedMayors]).toEqual(mayors.map((m) => ({ id: m.seat, name: m.name, is_bot: false })));

      const speeches = await sql<Speech[]>`SELECT round, mayor_id AS mayor, text FROM speeches WHERE campaign_id = ${id} ORDER BY round, seq`;
      expect([...speeches]).toEqual(speechesSeen(watcher));

      const actions = await sql`
        SELECT round, mayor_id AS mayor, x, y, action, from_tile AS "from", to_tile AS "to" FROM actions WHERE campaign_id = ${id} ORDER BY round, seq`;
      expect([...actions]).toEqual(roundsSeen(watcher).flatMap((r) => r.actions));

      const promises = await sql`SELECT id, owner, round, text, status FROM promises WHERE campaign_id = ${id} ORDER BY seq`;
      expect([...promises]).toEqual(promisesSeen(watcher));

      const reactions = await sql`SELECT round, citizen, mayor_id AS mayor, delta, cause FROM reactions WHERE campaign_id = ${id} ORDER BY round, seq`;
      expect([...reactions]).toEqual(
        roundsSeen(watcher).flatMap((r) =>
          r.record.approvalChanges.map(({ citizen, mayor, delta, cause }) => ({ round: r.round, citizen, mayor, delta, cause })),
        ),
      );

      const votes = await sql`SELECT seq AS "order", citizen, mayor_id AS mayor, votes FROM votes WHERE campaign_id = ${id} ORDER BY seq`;
      expect([...votes]).toEqual(result.votes);

      const standings = await sql`
        SELECT mayor_id AS mayor, rank, votes, approval_sum AS "approvalSum", kept, broken FROM standings WHERE campaign_id = ${id} ORDER BY rank, mayor_id`;
      expect([...standings]).toEqual([...result.standings].sort((a, b) => a.rank - b.rank || a.mayor.localeCompare(b.mayor)));
    });

    it("through the API: /api/campaigns lists it and /api/campaigns/:id returns its history", async () => {
      const result = resultSeen(watcher);
      const list = await server.get<CampaignSummary[]>("/api/campaigns");
      expect(list.status).toBe(200);
      const summary = list.body.find((c) => c.code === ada.code);
      expect(summary).toMatchObject({ rounds: ROUNDS, winner: result.winner, ending: "completed", mayors: mayors.map((m) => ({ id: m.seat, name: m.name })) });

      const { status, body } = await server.get<CampaignHistory>(`/api/campaigns/${summary!.id}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: "finished", code: ada.code, winner: result.winner, ending: result.ending, votes: result.votes });
      expect(body.rounds.map((r) => r.round)).toEqual([1, 2, 3]);
      expect(body.rounds.flatMap((r) => r.speeches)).toEqual(speechesSeen(watcher));
      expect(body.rounds.flatMap((r) => r.actions)).toEqual(roundsSeen(watcher).flatMap((r) => r.actions));
      expect(body.rounds.map((r) => r.reactions)).toEqual(roundsSeen(watcher).map((r) => r.record.approvalChanges));
      expect(body.rounds.map((r) => r.approvalAfter)).toEqual(roundsSeen(watcher).map((r) => r.record.approvalAfter));
      expect(body.promises.map(({ id, owner, round, text, status }) => ({ id, owner, round, text, status }))).toEqual(promisesSeen(watcher));
      // The late spectator's story names this stored campaign, and its rounds, told as digests, complete from it to the rounds seen live.
      expect(lateWatcher.messages<PublicStory>("story")[0]!.campaignId).toBe(summary!.id);
      expect(completeRounds(roundsSeen(watcher).map(roundDigest), body)).toEqual(roundsSeen(watcher));
      expect([...body.standings].sort((a, b) => a.mayor.localeCompare(b.mayor))).toEqual([...result.standings].sort((a, b) => a.mayor.localeCompare(b.mayor)));
      expect(body.events.length).toBeGreaterThan(0);

      expect((await server.get(`/api/campaigns/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
      expect((await server.get(`/api/campaigns/not-a-uuid`)).status).toBe(400);
    });
  });
}
