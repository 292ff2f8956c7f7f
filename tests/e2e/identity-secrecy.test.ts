import { Client, type Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IssuedIdentity } from "../../common/schemas/players-api.ts";
import { TOURNAMENT_ROOM } from "../../common/schemas/tournament-room.ts";
import { CampaignState } from "../../common/state/CampaignState.ts";
import { TournamentState } from "../../common/state/TournamentState.ts";
import { sleep } from "./support/player.ts";
import { liveServer } from "./support/server.ts";

/** Every frame a client received, as raw bytes, from the first one of each room it joined. */
class TappedClient extends Client {
  readonly frames: Buffer[] = [];
  readonly rooms: Room[] = [];

  protected override createRoom<T>(roomName: string, rootSchema?: new () => T): Room<T> {
    const room = super.createRoom(roomName, rootSchema);
    const connect = room.connect.bind(room);
    // The socket exists once connect returns and delivers nothing before the next tick, so no frame is missed.
    room.connect = (...args: Parameters<typeof connect>) => {
      connect(...args);
      const ws = (room.connection.transport as unknown as { ws: { addEventListener(type: "message", on: (e: { data: ArrayBuffer }) => void): void } }).ws;
      ws.addEventListener("message", (e) => this.frames.push(Buffer.from(e.data)));
    };
    // Every message is in the frames; this only keeps colyseus.js from warning about types nobody listens to.
    room.onMessage("*", () => {});
    this.rooms.push(room as Room);
    return room;
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > 20_000) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * An identity's token is the browser's secret: it goes in (an Authorization header, a join option) and never comes out,
 * not in any state patch, room message or API answer, to anyone, its owner included, except the one answer that
 * issued it. Checked on the raw bytes every client received while identities joined, reclaimed a seat, hosted and
 * registered, and on every HTTP answer.
 */
describe("identity secrecy on the wire", () => {
  const live = liveServer();
  const answers: { route: string; body: string }[] = [];
  const clients: TappedClient[] = [];
  let tokens: { name: string; id: string; token: string; issuedIn: number }[];
  const base = () => `http://127.0.0.1:${live.server.running.port}`;
  const endpoint = () => `ws://127.0.0.1:${live.server.running.port}`;

  async function call(method: string, path: string, body?: unknown, token?: string): Promise<unknown> {
    const res = await fetch(`${base()}/api${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    answers.push({ route: `${method} ${path}`, body: text });
    return JSON.parse(text) as unknown;
  }

  const client = () => {
    const c = new TappedClient(endpoint());
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    tokens = [];
    for (const name of ["Ada", "Bo", "Cy"]) {
      const issued = IssuedIdentity.parse(await call("POST", "/players", { name }));
      tokens.push({ name, id: issued.player.id, token: issued.token, issuedIn: answers.length - 1 });
    }
    const [ada, bo, cy] = tokens as [(typeof tokens)[0], (typeof tokens)[0], (typeof tokens)[0]];
    await call("PATCH", "/players/me", { name: "Ada Lovelace" }, ada.token);

    // A rated campaign: three identities, a spectator; Bo drops and comes back with the token alone.
    const host = await client().create("campaign", { private: true, token: ada.token }, CampaignState);
    const boRoom = await client().joinById(host.roomId, { token: bo.token }, CampaignState);
    const cyRoom = await client().joinById(host.roomId, { token: cy.token }, CampaignState);
    await client().joinById(host.roomId, { spectator: true, token: cy.token }, CampaignState);
    host.send("settings", { rated: true });
    for (const room of [host, boRoom, cyRoom]) room.send("ready", { ready: true });
    await until(() => [...host.state.mayors.values()].filter((m) => m.ready).length === 3 && host.state.settings.rated, "three ready, rated");
    host.send("start", {});
    await until(() => host.state.phase === "policy", "the campaign's start");
    const seat = [...host.state.mayors.values()].find((m) => m.player === bo.id)!.id;
    boRoom.connection.close();
    await until(() => host.state.mayors.get(seat)?.connected === false, "Bo away");
    const back = await client().joinById(host.roomId, { token: bo.token }, CampaignState);
    await until(() => host.state.mayors.get(seat)?.connected === true && back.state.phase === "policy", "Bo back in the seat");

    // A tournament hosted by Ada, Bo and Cy registered, a spectator without identity.
    const settings = { name: "Quiet Cup", rounds: 1, tableSize: 3, campaign: { rounds: 3, seconds: { policy: 10, speech: 15, reactions: 3 } }, rated: false, startsAt: null };
    const lobby = await client().create(TOURNAMENT_ROOM, { token: ada.token, create: settings }, TournamentState);
    const entrants = [lobby, ...(await Promise.all([bo, cy].map((t) => client().joinById(lobby.roomId, { token: t.token }, TournamentState))))];
    await client().joinById(lobby.roomId, {}, TournamentState);
    for (const room of entrants) room.send("register", {});
    await until(() => lobby.state.registered === 3, "three entries");

    for (const path of [`/players/${bo.id}`, "/leaderboard", "/tournaments", "/live", "/campaigns"]) await call("GET", path);
    const [summary] = (await call("GET", "/tournaments")) as { id: string }[];
    await call("GET", `/tournaments/${summary!.id}`);
  });

  afterAll(async () => {
    await Promise.all(clients.flatMap((c) => c.rooms.filter((r) => r.connection.isOpen).map((r) => r.leave(true).catch(() => {}))));
  });

  it("recorded traffic from every client", () => {
    expect(clients.every((c) => c.frames.length > 0)).toBe(true);
    expect(answers.length).toBeGreaterThan(8);
  });

  it("no frame to any client, its owner's included, ever held a token", () => {
    for (const { name, token } of tokens) {
      for (const c of clients) {
        const leak = c.frames.findIndex((frame) => frame.includes(Buffer.from(token)));
        expect(leak, `${name}'s token in a frame`).toBe(-1);
      }
    }
  });

  it("the decoded states show each identity by its public id only", () => {
    const host = clients[0]!.rooms[0] as Room<CampaignState>;
    const json = JSON.stringify(host.state.toJSON());
    for (const { id, token } of tokens) {
      expect(json).toContain(id);
      expect(json).not.toContain(token);
    }
  });

  it("no API answer held a token, except the one that issued it to its owner", () => {
    for (const { name, token, issuedIn } of tokens) {
      const holders = answers.flatMap((a, i) => (a.body.includes(token) ? [i] : []));
      expect(holders, `answers holding ${name}'s token`).toEqual([issuedIn]);
    }
  });
});
