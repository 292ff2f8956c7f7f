import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ModelName } from "../data/format.ts";
import { DATA_DIR } from "../data/split.ts";
import { providerFromSpec } from "./providers.ts";
import { runColumn } from "./run-column.ts";
import { markdownTable, textTable, type Column } from "./table.ts";

const USAGE =
  "Usage: npm run eval -- --model extraction|citizens [--provider local|mistral|mistral:<model-id>] [--compare local,mistral:<model-id>,…] [--data FILE | --splits train,validation,test] [--out FILE.md] [--json]";
const Split = z.enum(["train", "validation", "test"]);
const RESULTS_DIR = fileURLToPath(new URL("./results/", import.meta.url));

function progress(label: string) {
  return (done: number, total: number) => {
    if (!process.stderr.isTTY) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r${label} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}${done === total ? "\n" : ""}`);
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      model: { type: "string" },
      provider: { type: "string", default: "local" },
      compare: { type: "string" },
      data: { type: "string" },
      splits: { type: "string", default: "train,validation,test" },
      out: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  const model = ModelName.safeParse(values.model);
  if (!model.success) {
    console.error(USAGE);
    return 2;
  }
  // The frozen test split is read here only to report figures; nothing is ever tuned on what this prints.
  const sources = values.data
    ? [{ name: values.data, file: values.data }]
    : values.splits!.split(",").map((name) => ({ name: Split.parse(name.trim()), file: join(DATA_DIR, model.data, `${name.trim()}.jsonl`) }));
  const specs = (values.compare ?? values.provider!).split(",").map((s) => s.trim()).filter(Boolean);
  const columns: Column[] = [];
  for (const spec of specs) {
    const chosen = providerFromSpec(spec, model.data);
    for (const source of sources) {
      const label = `${chosen.spec} · ${source.name}`;
      if ("skipped" in chosen) columns.push({ label, skipped: chosen.skipped });
      else if (!existsSync(source.file)) columns.push({ label, skipped: `no file ${source.file}` });
      else {
        const result = await runColumn(model.data, chosen.provider, source.file, progress(label));
        columns.push({ label, figures: { ...result.metrics, ...result.cost }, examples: result.examples });
      }
    }
  }
  const title = `${model.data}: ${columns.map((c) => c.label).join(", ")}`;
  console.log(textTable(title, columns));
  const out = values.out ?? join(RESULTS_DIR, `${model.data}.md`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, markdownTable(`${title} (measured ${new Date().toISOString().slice(0, 10)})`, columns));
  console.log(`markdown: ${out}`);
  if (values.json) console.log(JSON.stringify(Object.fromEntries(columns.map((c) => [c.label, "figures" in c ? c.figures : { skipped: c.skipped }]))));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
