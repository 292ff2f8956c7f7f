import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import type { CampaignHistory } from "../../common/schemas/history.ts";
import { IssuedIdentity } from "../../common/schemas/players-api.ts";
import type { ElectionNight, PublicStory, RoundStory, ServerMessage } from "../../common/schemas/server-messages.ts";
import { roundDigest } from "../../common/engine/view.ts";
import { canRun, postgresMissing, suiteDatabase } from "../support/system-programs.ts";
import { actBesideBots, allDone } from "./support/campaign.ts";
import { Player } from "./support/player.ts";
import { startServerProcess, type ServerProcess } from "./support/server-process.ts";

const ROUNDS = 4;
const KILLED_AFTER = 3;
/** Long enough for the players to find the restarted server before their seats count as away. */
const WINDOW = { RECONNECT_SECONDS: "30" };

/**
 * `kill -9` in the middle of a campaign, the way an operator found it: the round that had just reached the players
 * is in the database, and the restarted server picks the campaign up at the start of the next round; the players
 * take their seats back with their identities, a spectator watches again, and the campaign ends as any other.
 */
describe("a server killed mid-campaign", () => {
  // A real server: booting the embedded one costs tens of seconds of CPU per start on a busy machine.
  if (!canRun(postgresMissing(), "a real PostgreSQL server")) return;
  let server: ServerProcess | null = null;
  const players: Player[] = [];
  const database = suiteDatabase();
  const env = () => ({ ...WINDOW, DATABASE_URL: database.url() });

  afterAll(async () => {
    await Promise.all(players.map((p) => p.leave().catch(() => {})));
    await server?.kill("SIGTERM");
  });

  const endpoint = () => `ws://127.0.0.1:${server!.port}`;
  const person = (name: string) => {
    const player = new Player(endpoint(), name);
    players.push(player);
    return player;
  };
  async function identity(name: string): Promise<string> {
    const res = await fetch(`http://127.0.0.1:${server!.port}/api/players`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name }),
    });
    return IssuedIdentity.parse(await res.json()).token;
  }

  /** The host plants, both mayors speak and say done; resolves with the round's story as the host received it. */
  async function playRound(mayors: Player[], round: number): Promise<RoundStory> {
    const mark = mayors[0]!.mark();
    await Promise.all(mayors.map((m) => m.waitPhase("policy", round)));
    await actBesideBots(mayors[0]!, 1);
    allDone(mayors);
    await Promise.all(mayors.map((m) => m.waitPhase("speech", round)));
    mayors.forEach((m, i) => m.send("speak", { text: `Round ${round}: mayor ${i + 1} promises more forest and a research centre.` }));
    allDone(mayors);
    return (await mayors[0]!.next<{ story: RoundStory }>("round", mark, (r) => r.story.round === round)).story;
  }

  // Two boots of the server and four rounds: the limit leaves room for a busy machine.
  it("loses no round a player saw, and resumes the campaign with its players, seats and spectators", { timeout: 120_000 }, async () => {
    server = await startServerProcess(env());
    const tokens = { ada: await identity("Ada"), bo: await identity("Bo") };
    const ada = await person("Ada").join({ create: { private: true } }, { token: tokens.ada });
    const bo = await person("Bo").join({ joinById: ada.code }, { token: tokens.bo });
    const code = ada.code;
    ada.send("settings", { rounds: ROUNDS });
    ada.send("bot", { strategy: "green" });
    for (const m of [ada, bo]) m.send("ready", { ready: true });
    await ada.waitState((s) => Object.values(s.mayors).length === 3 && Object.values(s.mayors).every((m) => m.ready), "all ready");
    ada.send("start", {});
    const seen: RoundStory[] = [];
    for (let round = 1; round < KILLED_AFTER; round++) seen.push(await playRound([ada, bo], round));
    // The kill comes the moment round 3's story reached a player: nothing a player saw may be missing.
    seen.push(await playRound([ada, bo], KILLED_AFTER));
    await server.kill("SIGKILL");
    server = null;

    const sql = postgres(database.url(), { max: 1, onnotice: () => {} });
    try {
      const stored = await sql<{ status: string; rounds: number[] }[]>`
        SELECT status, (SELECT array_agg(round ORDER BY round) FROM rounds r WHERE r.campaign_id = c.id) AS rounds
        FROM campaigns c WHERE code = ${code}`;
      expect(stored).toEqual([{ status: "running", rounds: [1, 2, 3] }]);
    } finally {
      await sql.end({ timeout: 1 });
    }
    server = await startServerProcess(env());
    expect(server.output.some((l) => l.includes(`(${code}) resumed in round ${KILLED_AFTER + 1}, phase policy`))).toBe(true);
    const [ada2, bo2] = [await person("Ada").join({ joinById: code }, { token: tokens.ada }), await person("Bo").join({ joinById: code }, { token: tokens.bo })];
    const watcher = await person("Watcher").join({ joinById: code }, { spectator: true });
    expect([ada2.seat, bo2.seat]).toEqual(["m1", "m2"]);
    for (const client of [ada2, bo2, watcher]) {
      const notice = await client.next<ServerMessage<"notice">>("notice");
      expect(notice).toMatchObject({ kind: "resumed", message: expect.stringMatching(/restarted\. This campaign picked up again at the start of round 4/) });
    }
    for (const client of [ada2, watcher]) expect(await client.next<PublicStory>("story")).toMatchObject({ earlier: seen.slice(0, -1).map(roundDigest), latest: seen.at(-1) });
    // Bo's return reaches Ada with the next patch.
    await ada2.waitState((s) => s.mayors.m1!.connected && s.mayors.m2!.connected, "both mayors back");
    expect(ada2.state).toMatchObject({ phase: "policy", round: KILLED_AFTER + 1, mayors: { m1: { connected: true }, m2: { connected: true } } });

    for (let round = KILLED_AFTER + 1; round <= ROUNDS; round++) seen.push(await playRound([ada2, bo2], round));
    const night = await watcher.next<ElectionNight>("result");
    const res = await fetch(`http://127.0.0.1:${server.port}/api/campaigns/${night.campaignId}`);
    await expect.poll(async () => ((await (await fetch(res.url)).json()) as CampaignHistory).status).toBe("finished");
    const history = (await (await fetch(res.url)).json()) as CampaignHistory;
    expect(history.code).toBe(code);
    expect(history.rounds.map((r) => ({ round: r.round, speeches: r.speeches, actions: r.actions }))).toEqual(
      seen.map((s) => ({ round: s.round, speeches: s.speeches, actions: s.actions })),
    );
    expect(history.votes).toEqual(night.votes);
  });
});
