import type { LevelResult } from "./ramp.ts";
import { P99_LIMIT_MS } from "./ramp.ts";
import type { Samples } from "./meter.ts";
import type { RoundWeight } from "./state-probe.ts";

export interface Report {
  bare: LevelResult[];
  game: LevelResult[];
  weights: RoundWeight[];
  resolving: Samples;
  spectators: number;
  /** The game's phase times, in seconds. */
  phases: { policy: number; speech: number; reactions: number };
  log(line: string): void;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const num = (n: number | undefined, digits = 0) => (n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : "–");
const ratio = (game: number | undefined, bare: number | undefined) =>
  game !== undefined && bare !== undefined && Number.isFinite(game) && Number.isFinite(bare) && bare > 0 ? `${(game / bare).toFixed(2)}×` : "–";

function row(cells: readonly string[], widths: readonly number[]): string {
  return `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
}

/** The largest level both held, so that per-client figures compare at the same load; else each one's first level. */
function comparable(bare: LevelResult[], game: LevelResult[]): [LevelResult | undefined, LevelResult | undefined] {
  const shared = game.filter((g) => g.held && bare.some((b) => b.held && b.rooms === g.rooms)).at(-1);
  if (shared) return [bare.find((b) => b.rooms === shared.rooms), shared];
  return [bare[0], game[0]];
}

/** Prints the side-by-side table of the issue's figures, the state's weight round by round, and resolving times. */
export function printReport({ bare, game, weights, resolving, spectators, phases, log }: Report): void {
  const held = (levels: LevelResult[]) => levels.filter((l) => l.held).at(-1)?.clients ?? 0;
  const [b, g] = comparable(bare, game);
  const at = b && g ? ` (at ${g.clients} clients)` : "";
  const lines: string[][] = [
    ["figure", "bare Colyseus 0.16", "this game", "game ÷ bare (goal)"],
    [`clients held at p99 action→patch ≤ ${P99_LIMIT_MS} ms`, String(held(bare)), String(held(game)), `${ratio(held(game), held(bare))} (≥ 0.8×)`],
    [`p99 action→patch${at}`, `${num(b?.p99, 1)} ms`, `${num(g?.p99, 1)} ms`, ratio(g?.p99, b?.p99)],
    [`server CPU per 1,000 clients${at}`, `${num(b?.cpuPerThousand, 1)}% of a core`, `${num(g?.cpuPerThousand, 1)}% of a core`, `${ratio(g?.cpuPerThousand, b?.cpuPerThousand)} (≤ 1.5×)`],
    [`bytes per client per second${at}`, num(b?.bytesPerClientSecond), num(g?.bytesPerClientSecond), `${ratio(g?.bytesPerClientSecond, b?.bytesPerClientSecond)} (≤ 3×)`],
    [`longest event-loop stall of the server${at}`, `${num(b?.longestStallMs, 1)} ms`, `${num(g?.longestStallMs, 1)} ms`, ratio(g?.longestStallMs, b?.longestStallMs)],
    [`heap per room${at}`, `${num(b?.heapPerRoomKiB)} KiB`, `${num(g?.heapPerRoomKiB)} KiB`, `${ratio(g?.heapPerRoomKiB, b?.heapPerRoomKiB)} (≤ 2×)`],
    ["full synced state, largest round", "", weights.length ? kb(Math.max(...weights.map((w) => w.fullStateBytes))) : "–", "(≤ 8 KB)"],
    [
      "resolving (median / p99 / max)",
      "",
      resolving.count ? `${num(resolving.quantile(0.5))} / ${num(resolving.quantile(0.99))} / ${num(resolving.max())} ms` : "–",
      `${resolving.count} rounds`,
    ],
  ];
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  log("");
  log(`Each room: 6 mayors + ${spectators} spectators, one client each; bare seats act every 2 s, game mayors play ${phases.policy}/${phases.speech}/${phases.reactions} s phases.`);
  log(row(lines[0]!, widths));
  log(row(widths.map((w) => "-".repeat(w)), widths));
  for (const line of lines.slice(1)) log(row(line, widths));
  if (weights.length) {
    log("");
    log("One hurried campaign, weighed when each round opens (a spectator joining then) and at the end:");
    for (const w of weights) {
      log(`  ${w.phase === "ended" ? "ended   " : `round ${w.round} `}: full state ${kb(w.fullStateBytes)}, a late spectator receives ${kb(w.joinBytes)}, a mayor received ${kb(w.mayorRoundBytes)} since the last weighing`);
    }
  }
}
