import type { ActionType, TileType } from "../../../common/schemas/game.ts";
import { MAP_SIZE } from "../../../common/schemas/game.ts";
import { ruleFor } from "../../../common/rules/actions.ts";
import type { Player, StateJson } from "./player.ts";
import type { TestServer } from "./server.ts";

export interface Move {
  x: number;
  y: number;
  action: ActionType;
}

/** Tile actions that keep the city away from a collapse, most preferred first. */
const GENTLE: readonly ActionType[] = ["PLANT_FOREST", "BUILD_RESEARCH_CENTER", "CLEAR_FARMLAND"];

/** `count` moves the rules allow right now, on tiles nobody has acted on this round and not in `avoid`. */
export function gentleMoves(state: StateJson, count: number, avoid: readonly Move[] = []): Move[] {
  const tiles = state.tiles as { type: TileType; actedBy: string }[];
  const research = (state.bars as { research: number }).research;
  const moves: Move[] = [];
  for (const action of GENTLE) {
    tiles.forEach((tile, i) => {
      const x = i % MAP_SIZE;
      const y = Math.floor(i / MAP_SIZE);
      const rule = ruleFor(action, tile.type);
      const free = tile.actedBy === "" && !avoid.some((m) => m.x === x && m.y === y) && !moves.some((m) => m.x === x && m.y === y);
      if (rule && rule.gate <= research && free && moves.length < count) moves.push({ x, y, action });
    });
  }
  if (moves.length < count) throw new Error(`only ${moves.length} gentle moves are possible`);
  return moves;
}

export const tileIndex = (move: Pick<Move, "x" | "y">) => move.y * MAP_SIZE + move.x;

/** Creates a private room for the first name and seats the others in order (m1, m2, …), all ready. */
export async function openLobby(server: TestServer, names: readonly string[], settings?: Record<string, unknown>): Promise<Player[]> {
  const [hostName, ...others] = names;
  const host = await server.player(hostName!).join({ create: { private: true } });
  const mayors = [host];
  for (const name of others) mayors.push(await server.player(name).join({ joinById: host.code }));
  if (settings) host.send("settings", settings);
  for (const mayor of mayors) mayor.send("ready", { ready: true });
  await Promise.all(mayors.map((m) => m.waitState((s) => Object.values(s.mayors).filter((x) => x.ready).length === names.length, "everyone ready")));
  return mayors;
}

export async function startCampaign(host: Player, everyone: readonly Player[]): Promise<void> {
  host.send("start", {});
  await Promise.all(everyone.map((p) => p.waitPhase("policy", 1)));
}

/** Acts and waits until the player's own state shows the tile taken by its seat. */
export async function act(player: Player, move: Move): Promise<void> {
  await player.pace();
  player.send("act", move);
  await player.waitState((s) => (s.tiles as { actedBy: string }[])[tileIndex(move)]!.actedBy === player.seat, `own action on (${move.x},${move.y})`);
}

/**
 * Makes `count` gentle moves in a room where bots act too: a bot may take the chosen tile between the choice and the
 * server's reading of it (the act is then refused as taken), so each move is chosen again until one lands.
 */
export async function actBesideBots(player: Player, count: number): Promise<void> {
  for (let made = 0; made < count; ) {
    const [move] = gentleMoves(player.state, 1);
    await player.pace();
    player.send("act", move);
    const actedBy = (s: StateJson) => (s.tiles as { actedBy: string }[])[tileIndex(move!)]!.actedBy;
    if (actedBy(await player.waitState((s) => actedBy(s) !== "", `an action on (${move!.x},${move!.y})`)) === player.seat) made++;
  }
}

/** Every given mayor who is not yet done with the policy or speech phase says so. */
export function allDone(mayors: readonly Player[]): void {
  for (const mayor of mayors) {
    const { phase, mayors: seats } = mayor.state;
    if ((phase === "policy" || phase === "speech") && !seats[mayor.seat]!.done) mayor.send("done", {});
  }
}

/** Waits until every watcher sees the next round's policy phase, or the end of the campaign. */
export async function nextRoundOrEnd(watchers: readonly Player[], round: number): Promise<void> {
  const next = (s: StateJson) => s.phase === "ended" || (s.phase === "policy" && s.round === round + 1);
  await Promise.all(watchers.map((w) => w.waitState(next, `round ${round + 1} or the end`)));
}
