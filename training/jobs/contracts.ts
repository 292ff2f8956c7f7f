import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { CONTRACTS, ModelName } from "../data/format.ts";

export const CONTRACTS_JSON = fileURLToPath(new URL("./contracts.json", import.meta.url));

/**
 * The zod contracts as JSON Schema, with each model's system prompt, for the Python job's `--check`: the job needs
 * only the standard library, so it reads this file instead of keeping a second copy of the contracts that could
 * drift. `jobs.test.ts` fails when the committed file no longer matches the zod schemas.
 */
export function contractsJson(): string {
  const models = Object.fromEntries(
    ModelName.options.map((model) => [
      model,
      {
        system: CONTRACTS[model].system,
        input: z.toJSONSchema(CONTRACTS[model].input, { io: "output" }),
        output: z.toJSONSchema(CONTRACTS[model].output, { io: "output" }),
      },
    ]),
  );
  return `${JSON.stringify({ generatedBy: "node --import tsx training/jobs/contracts.ts", models }, null, 1)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(CONTRACTS_JSON, contractsJson());
  console.log(`wrote ${CONTRACTS_JSON}`);
}
