import { connect } from "node:net";
import postgres from "postgres";
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CampaignHistory } from "../../common/schemas/history.ts";
import { IssuedIdentity } from "../../common/schemas/players-api.ts";
import type { ElectionNight, PublicStory, RoundStory, ServerMessage } from "../../common/schemas/server-messages.ts";
import { tournamentSettings } from "../support/tournament.ts";
import { roundDigest } from "../../common/engine/view.ts";
import { freePort, freshDatabase, startPostgresServer } from "../support/postgres-server.ts";
import { canRun, postgresMissing, redisMissing } from "../support/system-programs.ts";
import { startRedisServer } from "../support/redis-server.ts";
import { actBesideBots, allDone } from "./support/campaign.ts";
import { Entrant, type EntrantServer } from "./support/entrant.ts";
import { Player } from "./support/player.ts";
import { startServerProcess, type ServerProcess } from "./support/server-process.ts";

const missing = redisMissing() ?? postgresMissing();

type Name = "a" | "b" | "c";
const ROUNDS = 3;
const TOURNAMENT = tournamentSettings({ name: "Two Halls Cup", rounds: 1, rated: false });
const KILLED_AFTER = 2;
/** Long enough for the killed campaign's players to find the restarted process before their seats count as away. */
const WINDOW = { RECONNECT_SECONDS: "30" };

/** One field of a Redis hash, by a bare RESP command (the tests need no Redis client of their own); null when absent. */
function hget(url: string, key: string, field: string): Promise<string | null> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const parts = ["HGET", key, field];
    socket.once("connect", () => socket.write(`*${parts.length}\r\n${parts.map((p) => `$${Buffer.byteLength(p)}\r\n${p}\r\n`).join("")}`));
    let buffer = Buffer.alloc(0);
    const answer = (settle: () => void) => {
      socket.destroy();
      settle();
    };
    socket.on("data", (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      const end = buffer.indexOf("\r\n");
      if (end < 0) return;
      const head = buffer.subarray(0, end).toString();
      if (!head.startsWith("$")) return answer(() => reject(new Error(`redis answered ${head}`)));
      const length = Number(head.slice(1));
      if (length < 0) return answer(() => resolve(null));
      if (buffer.length >= end + 2 + length) answer(() => resolve(buffer.subarray(end + 2, end + 2 + length).toString()));
    });
    socket.once("error", reject);
  });
}

/** Where Colyseus's Redis driver lists a room: the process that holds it and that process's public address. */
async function listing(redisUrl: string, roomId: string): Promise<{ processId: string; publicAddress: string } | null> {
  const cached = await hget(redisUrl, "roomcaches", roomId);
  if (cached === null) return null;
  const { processId, publicAddress } = JSON.parse(cached) as { processId: string; publicAddress: string };
  return { processId, publicAddress };
}

/**
 * Two server processes behind one Redis and one PostgreSQL, and `kill -9` of one of them in the middle of a campaign:
 * the other process's campaign plays on to its election untouched, the database holds every round the killed
 * campaign's players saw, and the killed process, restarted under the same public address, picks its campaign up at
 * the start of the next round; its players come back by code through the other process with their identities, take
 * their seats again and play to the end. A tournament lobby takes registrations through either process; when its
 * holder is killed and restarted while a third process boots, exactly one of the two reopens it.
 */
describe("one of two server processes killed mid-campaign", () => {
  if (!canRun(missing, "redis-server and PostgreSQL")) return;
  /** a: the process killed and restarted; b: the one that lives on; c: a third one, booted beside a restart. */
  const servers: Record<Name, ServerProcess | null> = { a: null, b: null, c: null };
  const env: Record<Name, Record<string, string>> = { a: {}, b: {}, c: {} };
  const players: Player[] = [];
  const entrants: Entrant[] = [];
  let databaseUrl = "";
  let redisUrl = "";
  let teardown = async () => {};

  beforeAll(async () => {
    const [redis, pg] = await Promise.all([startRedisServer(), startPostgresServer()]);
    const db = await freshDatabase(pg.url);
    databaseUrl = db.url;
    redisUrl = redis.url;
    teardown = async () => {
      await db.drop();
      await Promise.all([pg.stop(), redis.stop()]);
    };
    for (const name of ["a", "b", "c"] as const) {
      const port = String(await freePort());
      env[name] = { ...WINDOW, PORT: port, PUBLIC_ADDRESS: `127.0.0.1:${port}`, REDIS_URL: redis.url, DATABASE_URL: db.url };
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all([...players, ...entrants].map((p) => p.leave().catch(() => {})));
    await Promise.all(Object.values(servers).map((s) => s?.kill("SIGTERM")));
    await teardown();
  });

  const address = (name: Name) => env[name].PUBLIC_ADDRESS!;
  /** The address the room's WebSocket went to: the public address of the process that holds the room. */
  const socketHost = (room: Room) => new URL((room.connection.transport as unknown as { ws: { url: string } }).ws.url).host;
  const via = (name: Name, who: string) => {
    const player = new Player(`ws://${address(name)}`, who);
    players.push(player);
    return player;
  };
  /** Identities are issued by A (the first process up); B answers the history API (it lives throughout). */
  async function identity(name: string): Promise<IssuedIdentity> {
    const res = await fetch(`http://${address("a")}/api/players`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name }),
    });
    return IssuedIdentity.parse(await res.json());
  }
  /** A tournament player whose lobby connection goes through `name`'s process. */
  const entrantVia = (name: Name, { player, token }: IssuedIdentity) => {
    const port = Number(env[name].PORT);
    const server: EntrantServer = { running: { port }, player: (who) => via(name, who) };
    const entrant = new Entrant(server, player.name, player.id, token);
    entrants.push(entrant);
    return entrant;
  };

  /** A private lobby of two identities, created through `name`'s process, set to ROUNDS rounds, both ready. */
  async function lobby(name: Name, [host, guest]: [string, string], tokens: Record<string, string>): Promise<[Player, Player]> {
    const first = await via(name, host).join({ create: { private: true } }, { token: tokens[host] });
    const second = await via(name, guest).join({ joinById: first.code }, { token: tokens[guest] });
    first.send("settings", { rounds: ROUNDS });
    for (const m of [first, second]) m.send("ready", { ready: true });
    await first.waitState((s) => Object.values(s.mayors).length === 2 && Object.values(s.mayors).every((m) => m.ready), "both ready");
    return [first, second];
  }
  async function start(mayors: Player[]): Promise<void> {
    mayors[0]!.send("start", {});
    await Promise.all(mayors.map((m) => m.waitPhase("policy", 1)));
  }

  /** The host plants, both mayors speak and say done; resolves with the round's story as the host received it. */
  async function playRound(mayors: Player[], round: number): Promise<RoundStory> {
    const mark = mayors[0]!.mark();
    await Promise.all(mayors.map((m) => m.waitPhase("policy", round)));
    await actBesideBots(mayors[0]!, 1);
    allDone(mayors);
    await Promise.all(mayors.map((m) => m.waitPhase("speech", round)));
    mayors.forEach((m, i) => m.send("speak", { text: `Round ${round}: mayor ${i + 1} of ${m.code} promises more forest and a research centre.` }));
    allDone(mayors);
    return (await mayors[0]!.next<{ story: RoundStory }>("round", mark, (r) => r.story.round === round)).story;
  }

  /** The stored history of the campaign whose election `night` told, once it is stored as finished. */
  async function finished(night: ElectionNight): Promise<CampaignHistory> {
    const url = `http://${address("b")}/api/campaigns/${night.campaignId}`;
    await expect.poll(async () => ((await (await fetch(url)).json()) as CampaignHistory).status).toBe("finished");
    return (await (await fetch(url)).json()) as CampaignHistory;
  }
  /** What a round told the players, as comparable between a story they received and a stored round. */
  const told = (rounds: readonly Pick<RoundStory, "round" | "speeches" | "actions">[]) => rounds.map((s) => ({ round: s.round, speeches: s.speeches, actions: s.actions }));

  // Three boots of a server process and two campaigns of three rounds on a busy machine.
  it("the other process plays on, no round a player saw is lost, and the restarted process resumes its campaign", { timeout: 120_000 }, async () => {
    // A alone first: the matchmaker puts a new room on the process with the fewest rooms, so the first lobby lands
    // on A and, once A counts it, the second on B. Both campaigns start once both lobbies are there.
    servers.a = await startServerProcess(env.a);
    const tokens: Record<string, string> = {};
    for (const name of ["Ada", "Bo", "Cy", "Di"]) tokens[name] = (await identity(name)).token;
    const [ada, bo] = await lobby("a", ["Ada", "Bo"], tokens);
    servers.b = await startServerProcess(env.b);
    const [cy, di] = await lobby("b", ["Cy", "Di"], tokens);
    expect([ada, bo].map((p) => socketHost(p.room))).toEqual([address("a"), address("a")]);
    expect([cy, di].map((p) => socketHost(p.room))).toEqual([address("b"), address("b")]);
    const codeA = ada.code;
    const codeB = cy.code;
    await Promise.all([start([ada, bo]), start([cy, di])]);

    const seenA: RoundStory[] = [];
    const seenB: RoundStory[] = [];
    for (let round = 1; round <= KILLED_AFTER; round++) {
      const [a, b] = await Promise.all([playRound([ada, bo], round), playRound([cy, di], round)]);
      seenA.push(a);
      seenB.push(b);
    }
    // The kill comes the moment A's round reached a player.
    const before = await listing(redisUrl, codeA);
    expect(before).toMatchObject({ publicAddress: address("a") });
    await servers.a.kill("SIGKILL");
    servers.a = null;
    // Nothing removes a killed process's rooms from the listing by itself: A's room stays listed under the dead
    // process until some process fails a health check against it. (A join by code through B would be such a check:
    // it is refused after Colyseus's two short IPC timeouts, about 4 s, with "process … is not available", and B
    // then drops the dead process's rooms from the listing. This test joins no such room, so that the restarted
    // process meets its stale listing.)
    expect(await listing(redisUrl, codeA)).toEqual(before);

    // B's campaign plays on to its election while A is dead; none of its mayors ever leaves.
    const markB = cy.mark();
    for (let round = KILLED_AFTER + 1; round <= ROUNDS; round++) seenB.push(await playRound([cy, di], round));
    const nightB = await di.next<ElectionNight>("result");
    expect(cy.messages("notice", markB)).toEqual([]);
    expect(cy.state.mayors).toMatchObject({ m1: { connected: true }, m2: { connected: true } });
    expect(told((await finished(nightB)).rounds)).toEqual(told(seenB));

    // Every round A's players saw is stored, and the campaign is still stored as running under A's address.
    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      const stored = await sql<{ code: string; status: string; rounds: number[] }[]>`
        SELECT code, status, (SELECT array_agg(round ORDER BY round) FROM rounds r WHERE r.campaign_id = c.id) AS rounds
        FROM campaigns c WHERE code IN (${codeA}, ${codeB}) ORDER BY code = ${codeB}`;
      expect(stored).toEqual([
        { code: codeA, status: "running", rounds: seenA.map((s) => s.round) },
        { code: codeB, status: "finished", rounds: seenB.map((s) => s.round) },
      ]);
    } finally {
      await sql.end({ timeout: 1 });
    }

    // A comes back under the same public address (a new Colyseus process id) and resumes its own campaign only: at
    // boot its matchmaker health-checks the processes listed in Redis, drops the dead one's rooms, and then lists the
    // reopened room under the same code.
    expect(await listing(redisUrl, codeA)).toEqual(before);
    servers.a = await startServerProcess(env.a);
    expect(servers.a.output.filter((l) => l.includes("resumed in round"))).toEqual([expect.stringContaining(`(${codeA}) resumed in round ${KILLED_AFTER + 1}, phase policy`)]);
    const after = await listing(redisUrl, codeA);
    expect(after).toMatchObject({ publicAddress: address("a") });
    expect(after!.processId).not.toBe(before!.processId);
    // The players come back by code through B: B's matchmaker finds the reopened room in Redis under A's new
    // process, reserves their seats there and sends their WebSockets to A's public address.
    const [ada2, bo2] = [await via("b", "Ada").join({ joinById: codeA }, { token: tokens.Ada }), await via("b", "Bo").join({ joinById: codeA }, { token: tokens.Bo })];
    expect([ada2.seat, bo2.seat]).toEqual(["m1", "m2"]);
    expect([ada2, bo2].map((p) => socketHost(p.room))).toEqual([address("a"), address("a")]);
    for (const client of [ada2, bo2]) {
      const notice = await client.next<ServerMessage<"notice">>("notice");
      expect(notice).toMatchObject({ kind: "resumed", message: expect.stringMatching(new RegExp(`picked up again at the start of round ${KILLED_AFTER + 1}`)) });
    }
    expect(await ada2.next<PublicStory>("story")).toMatchObject({ earlier: seenA.slice(0, -1).map(roundDigest), latest: seenA.at(-1) });
    await ada2.waitState((s) => s.mayors.m1!.connected && s.mayors.m2!.connected, "both mayors back");
    expect(ada2.state).toMatchObject({ phase: "policy", round: KILLED_AFTER + 1 });

    for (let round = KILLED_AFTER + 1; round <= ROUNDS; round++) seenA.push(await playRound([ada2, bo2], round));
    const nightA = await bo2.next<ElectionNight>("result");
    const history = await finished(nightA);
    expect(history.code).toBe(codeA);
    expect(told(history.rounds)).toEqual(told(seenA));
    expect(history.votes).toEqual(nightA.votes);
  });

  it("a tournament lobby answers through either process, and of two processes booting at once only one reopens it", { timeout: 120_000 }, async () => {
    servers.a ??= await startServerProcess(env.a);
    servers.b ??= await startServerProcess(env.b);
    const [eve, fay] = [await identity("Eve"), await identity("Fay")];
    const host = await entrantVia("a", eve).enter({ create: TOURNAMENT });
    const code = host.room.roomId;
    const id = host.view.tournament.id;
    // The matchmaker puts the room on the process with the fewer rooms: the holder is whichever it chose.
    const holder: Name = (await listing(redisUrl, code))?.publicAddress === address("a") ? "a" : "b";
    const other: Name = holder === "a" ? "b" : "a";
    const guest = await entrantVia("b", fay).enter({ code });
    for (const e of [host, guest]) e.send("register");
    for (const e of [host, guest]) await e.untilView((v) => v.tournament.entries.length === 2, "both registrations, whichever process they came through");

    await servers[holder]!.kill("SIGKILL");
    servers[holder] = null;
    // The holder restarts while a third process boots: at boot each health-checks the processes listed in Redis,
    // drops the dead one's rooms, and finds the tournament open and held by no room.
    const [again, third] = await Promise.all([startServerProcess(env[holder]), startServerProcess(env.c)]);
    servers[holder] = again;
    servers.c = third;
    const said = (server: ServerProcess, what: string) => server.output.filter((l) => l.includes(`tournament ${id} (${code}) ${what}`)).length;
    expect([again, third].map((s) => said(s, "reopened")).sort(), "exactly one process reopens it").toEqual([0, 1]);
    // The other left it: it claimed too late, or (when the first had already reopened it) found it held.
    const left = (s: ServerProcess) => said(s, "is being reopened by another process") + said(s, "is held by a live process");
    expect([again, third].map(left).sort(), "the other leaves it").toEqual([0, 1]);
    expect([again, third].map((s) => said(s, "could not be reopened")), "neither marks it interrupted").toEqual([0, 0]);
    const reopenedBy = said(again, "reopened") === 1 ? holder : "c";
    expect(await listing(redisUrl, code)).toMatchObject({ publicAddress: address(reopenedBy) });

    // Both come back by code through the process that lived on, wherever the lobby now is, and find their entries.
    for (const [identity, entrant] of [[eve, host], [fay, guest]] as const) {
      const back = await entrantVia(other, identity).enter({ code });
      expect(back.view.tournament.entries.map((e) => e.player).sort()).toEqual([eve.player.id, fay.player.id].sort());
      await entrant.leave().catch(() => {});
    }
  });
});
