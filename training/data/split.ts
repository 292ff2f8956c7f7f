import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { shuffled } from "../../common/rules/rng.ts";
import { ModelName, parseExampleLine, readJsonlLines } from "./format.ts";

export const SPLIT_SEED = 20261125;
export const VALIDATION_SHARE = 0.2;
export const DATA_DIR = dirname(fileURLToPath(import.meta.url));

export function batchFiles(model: ModelName): string[] {
  const dir = join(DATA_DIR, model);
  return readdirSync(dir)
    .filter((f) => /^batch\d+-[a-z0-9-]+\.jsonl$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Splits one model's batches 80/20 with a fixed seed, batch by batch so every batch is represented in the
 * validation split. Every line is validated against the contracts first.
 */
export function splitModel(model: ModelName): { train: string[]; validation: string[] } {
  const train: string[] = [];
  const validation: string[] = [];
  for (const [i, file] of batchFiles(model).entries()) {
    const lines = readJsonlLines(file);
    lines.forEach((line, n) => {
      try {
        parseExampleLine(model, line);
      } catch (error) {
        throw new Error(`${file}:${n + 1}: ${(error as Error).message}`);
      }
    });
    const order = shuffled(lines, SPLIT_SEED + i).items;
    const cut = Math.round(order.length * VALIDATION_SHARE);
    validation.push(...order.slice(0, cut));
    train.push(...order.slice(cut));
  }
  return { train, validation };
}

export function splitPath(model: ModelName, part: "train" | "validation"): string {
  return join(DATA_DIR, model, `${part}.jsonl`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const model of ModelName.options) {
    const { train, validation } = splitModel(model);
    writeFileSync(splitPath(model, "train"), train.map((l) => `${l}\n`).join(""));
    writeFileSync(splitPath(model, "validation"), validation.map((l) => `${l}\n`).join(""));
    console.log(`${model}: ${train.length} train, ${validation.length} validation`);
  }
}
