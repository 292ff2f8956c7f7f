import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ModelName, readJsonlLines, type ChatExample } from "../data/format.ts";
import { DATA_DIR } from "../data/split.ts";

/** Case, accents, punctuation and spacing removed, so a copy that differs only in those counts as the same text. */
export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * What makes two examples the same: for extraction the speech (what the model reads and is labelled on), for the
 * citizens the whole input, which has no speech.
 */
export function exampleKey(model: ModelName, chat: ChatExample): string {
  const user = chat.messages[1].content;
  const text = model === "extraction" ? String((JSON.parse(user) as { speech: unknown }).speech) : user;
  return `${model}:${normalise(text)}`;
}

function keysOfFile(model: ModelName, file: string): string[] {
  return readJsonlLines(file).map((line) => {
    const row = JSON.parse(line) as ChatExample & { review?: { model?: ModelName } };
    return exampleKey(row.review?.model ?? model, row);
  });
}

/**
 * The keys of every example already in training/data (batches, splits and the frozen test split, so a candidate
 * can never bring a test speech into training) and of the candidates already exported to `out`.
 */
export function knownKeys(out: string, dataDir = DATA_DIR): Set<string> {
  const keys = new Set<string>();
  for (const model of ModelName.options) {
    const dir = join(dataDir, model);
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) for (const key of keysOfFile(model, join(dir, name))) keys.add(key);
  }
  if (existsSync(out)) for (const key of keysOfFile("extraction", out)) keys.add(key);
  return keys;
}
