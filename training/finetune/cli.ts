import { parseArgs } from "node:util";
import { loadProviderConfig } from "../../providers/config.ts";
import { ModelName } from "../data/format.ts";
import { launchFineTune } from "./launch.ts";
import { MODELS_JSON } from "./models-record.ts";

const USAGE =
  "Usage: npm run finetune -- --model extraction|citizens [--base ministral-8b-latest] [--steps 100] [--lr 0.0001] [--dry-run] [--job ID] [--poll-seconds 10] [--timeout-ms 60000] [--record FILE]";

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number, not "${text}"`);
  return value;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      model: { type: "string" },
      base: { type: "string", default: "ministral-8b-latest" },
      // The original's launcher: 100 training steps at lr 1e-4 (shared/ORIGINAL.md §8).
      steps: { type: "string", default: "100" },
      lr: { type: "string", default: "0.0001" },
      "dry-run": { type: "boolean", default: false },
      job: { type: "string" },
      "poll-seconds": { type: "string", default: "10" },
      "timeout-ms": { type: "string", default: "60000" },
      record: { type: "string", default: MODELS_JSON },
    },
  });
  const model = ModelName.safeParse(values.model);
  if (!model.success) {
    console.error(USAGE);
    return 2;
  }
  const steps = positive("steps", values.steps!);
  if (!Number.isInteger(steps)) throw new Error("--steps must be a whole number");
  const config = loadProviderConfig();
  const tty = process.stdout.isTTY;
  const result = await launchFineTune(
    {
      model: model.data,
      base: values.base!,
      trainingSteps: steps,
      learningRate: positive("lr", values.lr!),
      dryRun: values["dry-run"]!,
      ...(values.job ? { jobId: values.job } : {}),
      ...(config.MISTRAL_API_KEY ? { apiKey: config.MISTRAL_API_KEY } : {}),
      ...(config.MISTRAL_SERVER_URL ? { serverUrl: config.MISTRAL_SERVER_URL } : {}),
      pollMs: positive("poll-seconds", values["poll-seconds"]!) * 1000,
      timeoutMs: positive("timeout-ms", values["timeout-ms"]!),
      recordFile: values.record!,
    },
    (line) => console.log(line),
    // One progress line rewritten in place on a terminal; one line per poll in a log.
    (line) => (tty ? process.stdout.write(`\r\x1b[2K${line}`) : console.log(line)),
  );
  if (tty) process.stdout.write("\n");
  if (!result.ok) {
    console.error(result.failure.message);
    return result.failure.exitCode;
  }
  if (result.entry) {
    const variable = model.data === "extraction" ? "MISTRAL_EXTRACTION_MODEL" : "MISTRAL_CITIZENS_MODEL";
    console.log(`recorded ${result.entry.modelId} in ${values.record}; use it with ${variable}=${result.entry.modelId}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
