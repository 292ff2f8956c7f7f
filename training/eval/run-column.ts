import type { CallReport, ModelProvider } from "../../providers/provider.ts";
import { readExamples, type ModelName } from "../data/format.ts";
import { citizensMetrics, type CitizensCase } from "./citizens-metrics.ts";
import { extractionMetrics, type ExtractionCase } from "./extraction-metrics.ts";

/** What one example cost, from the provider's own call report. */
export interface Cost {
  prompt_tokens_per_example: number;
  completion_tokens_per_example: number;
  latency_ms_mean: number;
  latency_ms_p95: number;
}

function cost(reports: readonly CallReport[]): Cost {
  const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
  const latencies = reports.map((r) => r.latencyMs).sort((a, b) => a - b);
  return {
    prompt_tokens_per_example: mean(reports.map((r) => r.promptTokens)),
    completion_tokens_per_example: mean(reports.map((r) => r.completionTokens)),
    latency_ms_mean: mean(latencies),
    latency_ms_p95: latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)] ?? 0,
  };
}

/**
 * Runs a provider on every example of a file, one call at a time (so latency is the call's own, not a queue's),
 * and returns the model's figures (fractions 0–1) and what the calls cost.
 */
export async function runColumn(
  model: ModelName,
  provider: ModelProvider,
  file: string,
  progress: (done: number, total: number) => void = () => {},
): Promise<{ metrics: Record<string, number>; cost: Cost; examples: number }> {
  const reports: CallReport[] = [];
  if (model === "extraction") {
    const examples = readExamples("extraction", file);
    const cases: ExtractionCase[] = [];
    for (const [i, example] of examples.entries()) {
      const answer = (await provider.extract({ [example.input.mayor.id]: example.input }))[example.input.mayor.id];
      if (answer) reports.push(answer.report);
      cases.push({ expected: example.output, predicted: answer?.ok ? answer.value : null });
      progress(i + 1, examples.length);
    }
    return { metrics: extractionMetrics(cases), cost: cost(reports), examples: examples.length };
  }
  const examples = readExamples("citizens", file);
  const cases: CitizensCase[] = [];
  for (const [i, example] of examples.entries()) {
    const answer = await provider.react(example.input);
    reports.push(answer.report);
    cases.push({ input: example.input, expected: example.output, predicted: answer.ok ? answer.value : null });
    progress(i + 1, examples.length);
  }
  return { metrics: citizensMetrics(cases), cost: cost(reports), examples: examples.length };
}
