import { Strategy, STRATEGY_LABELS } from "../../common/schemas/strategy.ts";
import { localProvider } from "../../providers/local/local-provider.ts";
import { simulateCampaign } from "./simulate.ts";

export interface BalanceReport {
  campaigns: number;
  rounds: number;
  wins: Record<Strategy, number>;
  kept: Record<Strategy, number>;
  broken: Record<Strategy, number>;
  endings: Record<string, number>;
  meanBars: { ecology: number; economy: number; research: number };
}

const zero = (): Record<Strategy, number> => ({ green: 0, industrial: 0, balanced: 0, liar: 0 });

/**
 * Plays `count` campaigns of the four strategies, one mayor each, with the seats rotated by seed so no
 * strategy always sits first.
 */
export async function balanceReport(count: number, rounds: number): Promise<BalanceReport> {
  const report: BalanceReport = { campaigns: count, rounds, wins: zero(), kept: zero(), broken: zero(), endings: {}, meanBars: { ecology: 0, economy: 0, research: 0 } };
  const base = Strategy.options;
  for (let seed = 1; seed <= count; seed++) {
    const seats = base.map((_, i) => base[(i + seed) % base.length]!);
    const { campaign, strategies } = await simulateCampaign(seed, seats, rounds, localProvider);
    const result = campaign.result!;
    report.wins[strategies[result.winner]!]++;
    report.endings[result.ending] = (report.endings[result.ending] ?? 0) + 1;
    for (const s of result.standings) {
      report.kept[strategies[s.mayor]!] += s.kept;
      report.broken[strategies[s.mayor]!] += s.broken;
    }
    for (const bar of ["ecology", "economy", "research"] as const) report.meanBars[bar] += campaign.bars[bar] / count;
    if (process.stderr.isTTY) process.stderr.write(`\r${seed}/${count}`);
  }
  if (process.stderr.isTTY) process.stderr.write("\n");
  return report;
}

export function printBalance(report: BalanceReport): void {
  const pct = (n: number) => `${((n / report.campaigns) * 100).toFixed(1)}%`;
  console.log(`${report.campaigns} campaigns of 4 bots, ${report.rounds} rounds, local provider`);
  console.log("strategy      wins    win rate  kept/campaign  broken/campaign");
  for (const s of Strategy.options) {
    console.log(
      `${STRATEGY_LABELS[s].padEnd(12)}  ${String(report.wins[s]).padStart(5)}  ${pct(report.wins[s]).padStart(8)}  ${(report.kept[s] / report.campaigns).toFixed(2).padStart(13)}  ${(report.broken[s] / report.campaigns).toFixed(2).padStart(15)}`,
    );
  }
  for (const [ending, n] of Object.entries(report.endings)) console.log(`ending ${ending}: ${n} (${pct(n)})`);
  const m = report.meanBars;
  console.log(`mean final bars: ecology ${m.ecology.toFixed(1)}, economy ${m.economy.toFixed(1)}, research ${m.research.toFixed(1)}`);
}
