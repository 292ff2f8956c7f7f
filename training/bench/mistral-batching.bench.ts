/**
 * How to run: node --import tsx training/bench/mistral-batching.bench.ts
 * (BENCH_SAMPLES=9 and BENCH_DELAY_MS=150 by default; no network, the Mistral API is the local mock.)
 *
 * Extraction of one round's 6 speeches against a mock Mistral whose answer time grows with the request's size
 * (BENCH_DELAY_MS for one speech's input, proportionally more for a bigger one), three ways:
 * - parallel: one request per speech, all at once: what `mistralProvider` does;
 * - sequential: one request per speech, one after the other;
 * - batched: one request carrying all 6 inputs (a contract simulated here only: {speeches:[...]} → {answers:[...]}).
 */
import { Mistral } from "@mistralai/mistralai";
import { botTurn } from "../../common/bots/bot-turn.ts";
import { Strategy } from "../../common/schemas/strategy.ts";
import { createCampaign } from "../../common/engine/create-campaign.ts";
import { extractSpeech } from "../../providers/local/extraction/index.ts";
import { extractionInputs } from "../../common/engine/model-inputs.ts";
import { step } from "../../common/engine/step.ts";
import { EXTRACTION_SYSTEM_PROMPT } from "../../providers/prompts.ts";
import type { Campaign } from "../../common/schemas/campaign.ts";
import { clampExtraction } from "../../common/schemas/contracts/clamp-model-output.ts";
import { ExtractionOutput, type ExtractionInput } from "../../common/schemas/contracts/extraction.ts";
import { mistralProvider } from "../../providers/mistral.ts";
import { startMistralMock, tokens, type MockCall } from "../../providers/stand-in/mistral-stand-in.ts";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 9);
const DELAY_MS = Number(process.env.BENCH_DELAY_MS ?? 150);
const MAYORS = 6;
const MODEL = "bench-extraction";

function must(campaign: Campaign, event: unknown): Campaign {
  const r = step(campaign, event);
  if (!r.ok) throw new Error(r.message);
  return r.campaign;
}

/** Six bots after their moves and speeches of round 1: six realistic extraction inputs. */
function sixInputs(): ExtractionInput[] {
  const mayors = Array.from({ length: MAYORS }, (_, i) => ({ id: `m${i + 1}`, name: `Bot ${i + 1}`, color: "#336699" }));
  let c = createCampaign({ seed: 7, rounds: 5, mayors });
  for (const phase of ["policy", "speech"] as const) {
    mayors.forEach((m, i) => {
      for (const e of botTurn(c, m.id, Strategy.options[i % Strategy.options.length]!)) c = must(c, e);
    });
    if (c.phase === phase) c = must(c, { type: "advance" });
  }
  return Object.values(extractionInputs(c));
}

const inputs = sixInputs();
const referenceTokens = inputs.reduce((n, i) => n + tokens(JSON.stringify(i)), 0) / inputs.length;
/** One speech's input takes DELAY_MS; a request's time is proportional to the size of what it carries. */
const latency = (call: MockCall) => DELAY_MS * (tokens(call.messages.find((m) => m.role === "user")?.content ?? "") / referenceTokens);

const mock = await startMistralMock({
  latencyMs: latency,
  answerOther: (input) => ({ answers: (input as { speeches: ExtractionInput[] }).speeches.map(extractSpeech) }),
});
const provider = mistralProvider({ apiKey: "bench", serverUrl: mock.url, extractionModel: MODEL, citizensModel: MODEL, callTimeoutMs: 60_000 });
const client = new Mistral({ apiKey: "bench", serverURL: mock.url });
const byMayor = Object.fromEntries(inputs.map((i) => [i.mayor.id, i]));

async function parallel(): Promise<number> {
  const answers = await provider.extract(byMayor);
  return Object.values(answers).filter((a) => a.ok).length;
}

async function sequential(): Promise<number> {
  let ok = 0;
  for (const [mayor, input] of Object.entries(byMayor)) if ((await provider.extract({ [mayor]: input }))[mayor]!.ok) ok++;
  return ok;
}

async function batched(): Promise<number> {
  const response = await client.chat.complete(
    {
      model: MODEL,
      temperature: 0.2,
      responseFormat: { type: "json_object" },
      messages: [
        { role: "system", content: `${EXTRACTION_SYSTEM_PROMPT}\nThe user message holds several speeches: answer {"answers": [...]}, one answer per speech, in order.` },
        { role: "user", content: JSON.stringify({ speeches: inputs }) },
      ],
    },
    { retries: { strategy: "none" } },
  );
  const content = response.choices?.[0]?.message?.content;
  const { answers } = JSON.parse(typeof content === "string" ? content : "{}") as { answers: unknown[] };
  return answers.filter((a) => ExtractionOutput.safeParse(clampExtraction(a)).success).length;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const ways = { parallel, sequential, batched } as const;
const times: Record<keyof typeof ways, number[]> = { parallel: [], sequential: [], batched: [] };
const promptTokens: Record<keyof typeof ways, number> = { parallel: 0, sequential: 0, batched: 0 };
for (const fn of Object.values(ways)) await fn();
for (let s = 0; s < SAMPLES; s++) {
  for (const [name, fn] of Object.entries(ways) as [keyof typeof ways, () => Promise<number>][]) {
    mock.reset(mock.options);
    const started = performance.now();
    const answered = await fn();
    times[name].push(performance.now() - started);
    if (answered !== MAYORS) throw new Error(`${name}: ${answered} of ${MAYORS} answers valid`);
    promptTokens[name] = mock.calls.reduce((n, c) => n + c.usage.prompt_tokens, 0);
  }
}
await mock.close();

console.log(`Extraction of ${MAYORS} speeches, mock Mistral at ${DELAY_MS} ms per speech-sized request, ${SAMPLES} samples (median):`);
for (const name of Object.keys(ways) as (keyof typeof ways)[]) {
  const ratio = median(times[name]) / median(times.parallel);
  console.log(`  ${name.padEnd(10)} ${median(times[name]).toFixed(0).padStart(6)} ms   ×${ratio.toFixed(2)} of parallel   ${promptTokens[name]} prompt tokens`);
}
console.log(
  "Per-speech parallel was chosen: a round waits only for its slowest speech (about one request's time instead of six),\n" +
    "one slow, failing or malformed answer costs only its own speech (retried or replaced by the local engine alone),\n" +
    "and each request keeps the trained one-speech contract. Batching saves the repeated system prompt's tokens, but\n" +
    "with answer time growing with size (as modelled here) one batched answer takes about as long as six in a row,\n" +
    "and one bad answer would lose every speech of the round.",
);
