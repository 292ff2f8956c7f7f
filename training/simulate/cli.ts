import { parseArgs } from "node:util";
import type { Campaign } from "../../common/schemas/campaign.ts";
import { Strategy, STRATEGY_LABELS } from "../../common/schemas/strategy.ts";
import { describeAction } from "../../common/rules/labels.ts";
import { localProvider } from "../../providers/local/local-provider.ts";
import { simulateCampaign } from "./simulate.ts";
import { balanceReport, printBalance } from "./balance.ts";

const CYCLE = Strategy.options;

function nameOf(campaign: Campaign, id: string): string {
  return campaign.settings.mayors.find((m) => m.id === id)?.name ?? id;
}

function printRound(campaign: Campaign): void {
  const record = campaign.rounds.at(-1)!;
  const b = record.barsAfter;
  console.log(`\n=== Round ${record.round} · ecology ${b.ecology} · economy ${b.economy} · research ${b.research}`);
  for (const mayor of campaign.settings.mayors) {
    const acts = campaign.actions.filter((a) => a.mayor === mayor.id && a.round === record.round).map(describeAction);
    console.log(`  ${mayor.name}: ${acts.length ? acts.join("; ") : "no action"}`);
    const speech = campaign.speeches.find((s) => s.mayor === mayor.id && s.round === record.round);
    if (speech) console.log(`    “${speech.text.slice(0, 160)}${speech.text.length > 160 ? "…" : ""}”`);
    for (const p of campaign.promises.filter((p) => p.owner === mayor.id && p.round === record.round)) {
      console.log(`    promise ${p.id} [${p.kind}, ${p.domain}${p.deadlineRound ? `, by round ${p.deadlineRound}` : ""}]: ${p.text}`);
    }
    for (const c of campaign.contradictions.filter((c) => c.owner === mayor.id && c.round === record.round)) {
      console.log(`    contradiction (${c.severity}): ${c.description}`);
    }
  }
  for (const o of record.outcomes) console.log(`  fact-check ${o.promiseId} ${o.status.toUpperCase()}: ${o.verdict}`);
  for (const a of record.arrived) console.log(`  arrives: ${a.citizen}${a.linkedMayor ? ` (because of ${nameOf(campaign, a.linkedMayor)})` : ""}: “${a.openingLine}”`);
  for (const c of record.approvalChanges.filter((c) => c.cause === "reaction")) {
    console.log(`  ${c.citizen} → ${nameOf(campaign, c.mayor)} ${c.delta >= 0 ? "+" : ""}${c.delta} (${c.tone}): “${c.dialogue}”`);
  }
  if (record.departed.length) console.log(`  leaves: ${record.departed.join(", ")}`);
  console.log(`  ${record.summary}`);
}

function printElection(campaign: Campaign): void {
  const result = campaign.result!;
  console.log(`\n=== Election (${result.ending.replace("_", " ")})`);
  for (const v of result.votes) console.log(`  #${v.order} ${v.citizen}: ${v.votes} vote${v.votes > 1 ? "s" : ""} for ${nameOf(campaign, v.mayor)}`);
  for (const s of result.standings) {
    console.log(`  ${s.rank}. ${nameOf(campaign, s.mayor)}: ${s.votes} votes, support ${s.approvalSum}, promises kept ${s.kept}, broken ${s.broken}`);
  }
  if (result.tieBreak) console.log(`  ${result.tieBreak}`);
  console.log(`  Winner: ${nameOf(campaign, result.winner)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: "string", default: "7" },
      mayors: { type: "string", default: "4" },
      rounds: { type: "string", default: "5" },
      many: { type: "string" },
    },
  });
  const rounds = Number(values.rounds);
  if (values.many !== undefined) {
    const report = await balanceReport(Number(values.many), rounds);
    printBalance(report);
    return;
  }
  const count = Number(values.mayors);
  if (!(count >= 2 && count <= 6)) throw new Error("--mayors must be 2 to 6");
  const strategies = Array.from({ length: count }, (_, i) => CYCLE[i % CYCLE.length]!);
  console.log(`Campaign seed ${values.seed}: ${strategies.map((s) => STRATEGY_LABELS[s]).join(", ")}; ${rounds} rounds`);
  const { campaign } = await simulateCampaign(Number(values.seed), strategies, rounds, localProvider, printRound);
  printElection(campaign);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
