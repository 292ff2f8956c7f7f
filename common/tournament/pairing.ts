import { Strategy } from "../schemas/strategy.ts";
import type { PlayerId } from "../schemas/identity.ts";
import type { Table, TableSeat, TournamentRound } from "../schemas/tournament.ts";

/**
 * Search nodes the exhaustive pairing search may visit. Within the limit the result has the fewest rematches possible;
 * past it, the best grouping found so far is used. A 64-player tournament of 6-mayor tables pairs four rounds without
 * a rematch (pairing.test.ts).
 */
const SEARCH_LIMIT = 200_000;

const pairKey = (a: PlayerId, b: PlayerId) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Every pair of players who have already sat at one table. */
export function metPairs(rounds: readonly TournamentRound[]): Set<string> {
  const met = new Set<string>();
  for (const table of rounds.flatMap((r) => r.tables)) {
    const players = table.seats.filter((s) => s.bot === null).map((s) => s.mayor);
    players.forEach((a, i) => players.slice(i + 1).forEach((b) => met.add(pairKey(a, b))));
  }
  return met;
}

/** Players are numbered by standing (0 is best); tables are lists of those numbers. */
interface Problem {
  n: number;
  /** Table sizes, larger first, with how many tables of each are still to fill. */
  sizes: number[];
  left: Record<number, number>;
  /** How many rematches player i adds to `table`. */
  added(table: readonly number[], i: number): number;
}

const cost = (p: Problem, tables: readonly number[][]) => tables.reduce((sum, t) => sum + t.reduce((s, i, k) => s + p.added(t.slice(0, k), i), 0), 0);

/** Each seat goes to the best player left who adds the fewest rematches. */
function quickGrouping(p: Problem): number[][] {
  const tables: number[][] = [];
  const free = new Set(Array.from({ length: p.n }, (_, i) => i));
  for (const size of p.sizes.flatMap((size) => new Array<number>(p.left[size]!).fill(size))) {
    const table: number[] = [];
    for (let seat = 0; seat < size; seat++) {
      let pick = -1;
      for (const i of free) if (pick === -1 || p.added(table, i) < p.added(table, pick)) pick = i;
      table.push(pick);
      free.delete(pick);
    }
    tables.push(table);
  }
  return tables;
}

/** Swaps a player in a rematch with the nearest in standing whose move lowers the count, until none does. */
function repaired(p: Problem, grouping: readonly number[][]): number[][] {
  const tables = grouping.map((t) => [...t]);
  const tableOf = new Array<number>(p.n);
  tables.forEach((t, k) => t.forEach((i) => (tableOf[i] = k)));
  const others = (i: number) => tables[tableOf[i]!]!.filter((j) => j !== i);
  const gain = (i: number, j: number) => p.added(others(i), i) + p.added(others(j), j) - p.added(others(i), j) - p.added(others(j), i);
  const swap = (i: number) => {
    for (let d = 1; d < p.n; d++) {
      for (const j of [i - d, i + d]) {
        if (j < 0 || j >= p.n || tableOf[j] === tableOf[i] || gain(i, j) <= 0) continue;
        const [a, b] = [tables[tableOf[i]!]!, tables[tableOf[j]!]!];
        a[a.indexOf(i)] = j;
        b[b.indexOf(j)] = i;
        [tableOf[i], tableOf[j]] = [tableOf[j]!, tableOf[i]!];
        return true;
      }
    }
    return false;
  };
  // Each swap lowers the count of rematches, so this ends.
  while (Array.from({ length: p.n }, (_, i) => i).some((i) => p.added(others(i), i) > 0 && swap(i)));
  return tables;
}

/**
 * Depth-first in standing order (each table opened by the best player unseated, filled with the next best), cutting
 * every branch that cannot beat `start`: the first grouping it finds with a given count is the closest to the
 * standings among those.
 */
function searched(p: Problem, start: number[][]): number[][] {
  let best = start;
  let bestCost = cost(p, start);
  const seated = new Array<boolean>(p.n).fill(false);
  const tables: number[][] = [];
  let nodes = 0;
  const open = (sofar: number) => {
    const opener = seated.indexOf(false);
    if (opener === -1) {
      best = tables.map((t) => [...t]);
      bestCost = sofar;
      return;
    }
    seated[opener] = true;
    for (const size of p.sizes) {
      if (p.left[size] === 0) continue;
      p.left[size]! -= 1;
      tables.push([opener]);
      fill(size, opener + 1, sofar);
      tables.pop();
      p.left[size]! += 1;
    }
    seated[opener] = false;
  };
  const fill = (size: number, from: number, sofar: number) => {
    nodes += 1;
    if (sofar >= bestCost || nodes > SEARCH_LIMIT) return;
    const table = tables[tables.length - 1]!;
    if (table.length === size) return open(sofar);
    for (let i = from; i < p.n && sofar < bestCost; i++) {
      if (seated[i]) continue;
      seated[i] = true;
      table.push(i);
      fill(size, i + 1, sofar + p.added(table.slice(0, -1), i));
      table.pop();
      seated[i] = false;
    }
  };
  if (bestCost > 0) open(0);
  return best;
}

/**
 * Splits `players` (best standing first) into tables of at most `tableSize` players: as few tables as possible,
 * their numbers of players differing by at most one, so that bots fill a few seats at several tables rather than
 * most seats of one. It seeks the fewest rematches (pairs who already met), then, as far as its search reaches, the
 * grouping closest to the standings; a quick grouping with no rematch is exactly what the search would find first.
 */
export function groupPlayers(players: readonly PlayerId[], met: ReadonlySet<string>, tableSize: number): PlayerId[][] {
  const n = players.length;
  const tableCount = Math.ceil(n / tableSize);
  const small = Math.floor(n / tableCount);
  const clash = players.map((a) => players.map((b) => a !== b && met.has(pairKey(a, b))));
  const problem: Problem = {
    n,
    sizes: [small + 1, small],
    left: { [small + 1]: n % tableCount, [small]: tableCount - (n % tableCount) },
    added: (table, i) => table.reduce((sum, j) => sum + (clash[i]![j] ? 1 : 0), 0),
  };
  const quick = quickGrouping(problem);
  const start = cost(problem, quick) === 0 ? quick : repaired(problem, quick);
  return searched(problem, start).map((t) => t.map((i) => players[i]!));
}

/**
 * The tables of one round: players grouped as above, then bots (labelled by their strategy, never rated) fill the
 * empty seats, their strategies rotating so that no table gets the same bots every time.
 */
export function pairRound(round: number, players: readonly PlayerId[], met: ReadonlySet<string>, tableSize: number): Table[] {
  return groupPlayers(players, met, tableSize).map((group, t) => {
    const seats: TableSeat[] = group.map((mayor) => ({ mayor, bot: null }));
    for (let seat = seats.length; seat < tableSize; seat++) {
      const bot = Strategy.options[(round + t + seat) % Strategy.options.length]!;
      seats.push({ mayor: `bot-${round}-${t + 1}-${seat + 1}`, bot });
    }
    return { id: `r${round}t${t + 1}`, campaignId: null, seats, abandoned: [], result: null };
  });
}
