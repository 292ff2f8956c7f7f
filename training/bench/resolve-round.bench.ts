import type { Campaign } from "../../common/schemas/campaign.ts";
import { botTurn } from "../../common/bots/bot-turn.ts";
import { Strategy } from "../../common/schemas/strategy.ts";
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

/** Names at the 24-character limit, alike at the start, so every lookup of a name has to read all of it. */
const LONG_NAMES = Array.from({ length: MAYORS }, (_, i) => `Maximiliana Worthington${"ABCDEF"[i]}`);

/**
 * A speech at the 1,200-character limit built to be expensive: many promises (so the ledger fills to its cap), every
 * rival named and quoted, dates, conditions, lists, questions, a long run-on without punctuation, and repeated
 * characters that a backtracking expression would choke on.
 */
function maximalSpeech(round: number, rivals: readonly string[]): string {
  const parts = [
    `${rivals[0]} says she will build ten factories, and ${rivals[1]} claims: "no more forests".`,
    `You have my word, Karl — I will build a research centre by round ${Math.min(7, round + 1)}, and the refinery closes by round 7.`,
    `By round seven: ${round + 1} labs, one solar field, three forests.`,
    `Will I clear farmland? No. No layoffs. Ecology above ${40 + round} before the vote, research will reach ${20 + round} by round 7.`,
    "I have never built a factory and I never will; I will preserve every hectare of green land even if it costs me.",
    "Science can wait? Never. Greta, your fields stay; Mia, your air is safe with me; Rosa, the hospital gets two wards.",
    `and so ${"and the river and the forest and the farms ".repeat(6)}I will plant ${round + 2} forests on the wasteland`,
    `${"very ".repeat(20)}${",".repeat(30)} ${"—".repeat(10)} ${"I will ".repeat(10)}`,
  ];
  return parts.join(" ").slice(0, 1200);
}

/**
 * Plays a campaign of 6 bots to its end and returns its state at the start of every resolving phase. With `worst`, the
 * mayors have the longest names and give maximal speeches every round, so the last state is round 7 with a full ledger.
 */
async function resolvingStates(seed: number, worst = false): Promise<Campaign[]> {
  const mayors = Array.from({ length: MAYORS }, (_, i) => ({ id: `m${i + 1}`, name: worst ? LONG_NAMES[i]! : `Bot ${i + 1}`, color: "#336699" }));
  let c = createCampaign({ seed, rounds: 7, mayors });
  const strategyOf = (i: number) => Strategy.options[i % Strategy.options.length]!;
  const states: Campaign[] = [];
  while (c.phase !== "ended") {
    for (const phase of ["policy", "speech"] as const) {
      if (c.phase !== phase) continue;
      mayors.forEach((m, i) => {
        const rivals = mayors.filter((r) => r.id !== m.id).map((r) => r.name);
        const events = worst && phase === "speech" ? [{ type: "speak", mayor: m.id, text: maximalSpeech(c.round, rivals) }] : botTurn(c, m.id, strategyOf(i));
        for (const e of events) c = must(c, e);
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

/** Times resolving each state in turn, after a warm-up, and returns the sorted times in ms. */
async function timeResolving(states: readonly Campaign[]): Promise<number[]> {
  for (const s of states.slice(0, 10)) await resolveRound(s, localProvider);
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const state = states[i % states.length]!;
    const started = performance.now();
    await resolveRound(state, localProvider);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const states: Campaign[] = [];
  for (let seed = 1; states.length < 40; seed++) states.push(...(await resolvingStates(seed)));
  const worstStates: Campaign[] = [];
  // Maximal speeches can end a campaign in a collapse before round 7: a bounded search, so the bench always stops.
  for (let seed = 1; worstStates.length < 4; seed++) {
    if (seed > 200) throw new Error(`only ${worstStates.length} of 200 worst-case campaigns reached round 7: the worst case cannot be measured`);
    const last = (await resolvingStates(seed, true)).at(-1)!;
    if (last.round === 7) worstStates.push(last);
  }
  const times = await timeResolving(states);
  const worst = await timeResolving(worstStates);
  const median = quantile(times, 0.5);
  const p99 = quantile(times, 0.99);
  const worstMedian = quantile(worst, 0.5);
  const worstP99 = quantile(worst, 0.99);
  const ledger = Math.max(...worstStates.map((s) => s.promises.length));
  console.log(`resolve one round, ${MAYORS} mayors, local provider (extraction of ${MAYORS} speeches, ledger, passive changes, reactions)`);
  console.log(`samples ${SAMPLES} each; normal: ${states.length} resolving states of bot campaigns; worst: round 7, six 1,200-character speeches, 24-character names, ${ledger} promises in the ledger`);
  console.log(`normal  median ${median.toFixed(3)} ms · p99 ${p99.toFixed(3)} ms · mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(3)} ms`);
  console.log(`worst   median ${worstMedian.toFixed(3)} ms · p99 ${worstP99.toFixed(3)} ms · mean ${(worst.reduce((a, b) => a + b, 0) / worst.length).toFixed(3)} ms`);
  console.log(`budget 5 ms median: normal ${median < 5 ? "met" : "MISSED"} (ratio ${(median / 5).toFixed(2)}), worst ${worstMedian < 5 ? "met" : "MISSED"} (ratio ${(worstMedian / 5).toFixed(2)})`);
  console.log(
    JSON.stringify({
      resolve_round_median_ms: median,
      resolve_round_p99_ms: p99,
      worst_case_median_ms: worstMedian,
      worst_case_p99_ms: worstP99,
      worst_case_ledger: ledger,
      samples: SAMPLES,
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
