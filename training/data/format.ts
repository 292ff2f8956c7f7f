import { readFileSync } from "node:fs";
import { z } from "zod";
import { CitizensInput, CitizensOutput } from "../../common/schemas/contracts/citizens.ts";
import { ExtractionInput, ExtractionOutput } from "../../common/schemas/contracts/extraction.ts";
import { CITIZENS_SYSTEM_PROMPT, EXTRACTION_SYSTEM_PROMPT } from "../../providers/prompts.ts";

export const ModelName = z.enum(["extraction", "citizens"]);
export type ModelName = z.infer<typeof ModelName>;

export const CONTRACTS = {
  extraction: { system: EXTRACTION_SYSTEM_PROMPT, input: ExtractionInput, output: ExtractionOutput },
  citizens: { system: CITIZENS_SYSTEM_PROMPT, input: CitizensInput, output: CitizensOutput },
} as const;

/** One line of Mistral's chat fine-tuning format. */
export const ChatExample = z.object({
  messages: z.tuple([
    z.object({ role: z.literal("system"), content: z.string() }),
    z.object({ role: z.literal("user"), content: z.string() }),
    z.object({ role: z.literal("assistant"), content: z.string() }),
  ]),
});
export type ChatExample = z.infer<typeof ChatExample>;

export type Example<M extends ModelName> = {
  input: z.infer<(typeof CONTRACTS)[M]["input"]>;
  output: z.infer<(typeof CONTRACTS)[M]["output"]>;
};

export function toChatExample<M extends ModelName>(model: M, example: Example<M>): ChatExample {
  return {
    messages: [
      { role: "system", content: CONTRACTS[model].system },
      { role: "user", content: JSON.stringify(example.input) },
      { role: "assistant", content: JSON.stringify(example.output) },
    ],
  };
}

/** Parses one JSONL line into a typed example, or throws an error that names what is wrong. */
export function parseExampleLine<M extends ModelName>(model: M, line: string): Example<M> {
  const chat = ChatExample.parse(JSON.parse(line));
  const [system, user, assistant] = chat.messages;
  if (system.content !== CONTRACTS[model].system) throw new Error(`the system prompt is not the ${model} prompt`);
  const input = CONTRACTS[model].input.parse(JSON.parse(user.content));
  const output = CONTRACTS[model].output.parse(JSON.parse(assistant.content));
  return { input, output } as Example<M>;
}

export function readJsonlLines(file: string): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
}

export function readExamples<M extends ModelName>(model: M, file: string): Example<M>[] {
  return readJsonlLines(file).map((line, i) => {
    try {
      return parseExampleLine(model, line);
    } catch (error) {
      throw new Error(`${file}:${i + 1}: ${(error as Error).message}`);
    }
  });
}
