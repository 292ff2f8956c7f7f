import type { Campaign } from "../../common/schemas/campaign.ts";
import { botTurn } from "../../common/bots/bot-turn.ts";
import { Strategy } from "../../common/bots/strategy.ts";
import { createCampaign } from "../../common/engine/create-campaign.ts";
import { localProvider } from "../../providers/local/local-provider.ts";
import { step } from "../../common/engine/step.ts";
import { resolveRound } from "../../providers/resolve-round.ts";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 400);
const MAYORS = 6;

function must(campaign: Campaign, event: unknown): Campaign {
  const r = step(campaign, event);
  if (!r.ok) throw new Error(r.message);
  return r.campaign;
}

/** Plays a campaign of 6 bots to its end and returns its state at the start of every resolving phase. */
async function resolvingStates(seed: number): Promise<Campaign[]> {
  const mayors = Array.from({ length: MAYORS }, (_, i) => ({ id: `m${i + 1}`, name: `Bot ${i + 1}`, color: "#336699" }));
  let c = createCampaign({ seed, rounds: 7, mayors });
  const strategyOf = (i: number) => Strategy.options[i % Strategy.options.length]!;
  const states: Campaign[] = [];
  while (c.phase !== "ended") {
    for (const phase of ["policy", "speech"] as const) {
      if (c.phase !== phase) continue;
      mayors.forEach((m, i) => {
        for (const e of botTurn(c, m.id, strategyOf(i))) c = must(c, e);
      });
      if (c.phase === phase) c = must(c, { type: "advance" });
    }
    states.push(c);
    c = must((await resolveRound(c, localProvider)).campaign, { type: "advance" });
  }
  return states;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function main(): Promise<void> {
  const states: Campaign[] = [];
  for (let seed = 1; states.length < 40; seed++) states.push(...(await resolvingStates(seed)));
  for (const s of states.slice(0, 10)) await resolveRound(s, localProvider);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const state = states[i % states.length]!;
    const started = performance.now();
    await resolveRound(state, localProvider);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = quantile(times, 0.5);
  const p99 = quantile(times, 0.99);
  console.log(`resolve one round, ${MAYORS} mayors, local provider (extraction of ${MAYORS} speeches, ledger, passive changes, reactions)`);
  console.log(`samples ${SAMPLES} over ${states.length} resolving states of whole campaigns`);
  console.log(`median ${median.toFixed(3)} ms · p99 ${p99.toFixed(3)} ms · mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(3)} ms`);
  console.log(`budget 5 ms median: ${median < 5 ? "met" : "MISSED"} (ratio ${(median / 5).toFixed(2)})`);
  console.log(JSON.stringify({ resolve_round_median_ms: median, resolve_round_p99_ms: p99, samples: SAMPLES }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
