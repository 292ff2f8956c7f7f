import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ModelName } from "../data/format.ts";

export const MODELS_JSON = fileURLToPath(new URL("../models.json", import.meta.url));

const DataFile = z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), examples: z.number().int().min(1) });

/** One fine-tuned model: the id to put in MISTRAL_EXTRACTION_MODEL / MISTRAL_CITIZENS_MODEL, and how it was made. */
export const FineTunedModel = z.object({
  model: ModelName,
  modelId: z.string().min(1),
  jobId: z.string().min(1),
  base: z.string().min(1),
  server: z.string(),
  finishedAt: z.string(),
  hyperparameters: z.object({ trainingSteps: z.number().int().min(1), learningRate: z.number().positive() }),
  data: z.object({ train: DataFile, validation: DataFile }),
  figures: z.object({
    trainedTokens: z.number().int().nullable(),
    trainLoss: z.number().nullable(),
    validLoss: z.number().nullable(),
    validMeanTokenAccuracy: z.number().nullable(),
  }),
});
export type FineTunedModel = z.infer<typeof FineTunedModel>;

export const ModelsRecord = z.object({ models: z.array(FineTunedModel) });

export function readModels(file = MODELS_JSON): FineTunedModel[] {
  return ModelsRecord.parse(JSON.parse(readFileSync(file, "utf8"))).models;
}

/** Appends one model; written to a temporary file first, so an interrupted run never leaves a torn record. */
export function recordModel(entry: FineTunedModel, file = MODELS_JSON): void {
  const models = [...readModels(file), FineTunedModel.parse(entry)];
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ models }, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}
