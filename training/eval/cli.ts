import { parseArgs } from "node:util";
import type { ModelProvider } from "../../providers/provider.ts";
import { ModelName, readExamples } from "../data/format.ts";
import { splitPath } from "../data/split.ts";
import { citizensMetrics, type CitizensCase } from "./citizens-metrics.ts";
import { extractionMetrics, type ExtractionCase } from "./extraction-metrics.ts";
import { providerByName } from "./providers.ts";
import { printTable } from "./table.ts";

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`);
}

async function evaluateExtraction(provider: ModelProvider, file: string) {
  const examples = readExamples("extraction", file);
  const cases: ExtractionCase[] = [];
  for (const [i, example] of examples.entries()) {
    const answers = await provider.extract({ [example.input.mayor.id]: example.input });
    const answer = answers[example.input.mayor.id];
    cases.push({ expected: example.output, predicted: answer?.ok ? answer.value : null });
    progress(i + 1, examples.length);
  }
  return extractionMetrics(cases);
}

async function evaluateCitizens(provider: ModelProvider, file: string) {
  const examples = readExamples("citizens", file);
  const cases: CitizensCase[] = [];
  for (const [i, example] of examples.entries()) {
    const answer = await provider.react(example.input);
    cases.push({ input: example.input, expected: example.output, predicted: answer.ok ? answer.value : null });
    progress(i + 1, examples.length);
  }
  return citizensMetrics(cases);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: "string" },
      provider: { type: "string", default: "local" },
      data: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  const model = ModelName.safeParse(values.model);
  if (!model.success) {
    console.error("Usage: npm run eval -- --model extraction|citizens [--provider local|mistral] [--data FILE] [--json]");
    process.exit(2);
  }
  const provider = providerByName(values.provider!);
  const file = values.data ?? splitPath(model.data, "validation");
  const metrics = model.data === "extraction" ? await evaluateExtraction(provider, file) : await evaluateCitizens(provider, file);
  printTable(`${model.data} · provider ${provider.name} · ${file}`, metrics);
  if (values.json) console.log(JSON.stringify(metrics));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
