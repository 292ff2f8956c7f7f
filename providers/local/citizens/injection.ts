import type { MayorRoundFacts } from "../../../common/schemas/contracts/citizens.ts";
import { memoize } from "../memo.ts";

const PATTERNS: readonly RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b[^.]{0,30}\b(rules?|instructions?|prompts?|guidelines?|system)\b/i,
  /\bsystem prompt\b/i,
  /\b(give|grant|award|set)\b[^.]{0,20}(\+\s?\d+|\b\d{2,}\s?(points?|approval|%))/i,
  /\+\s?100\b/,
  /\bapproval\s?(delta)?\s?(of|to|=|:)\s?\+?\d+/i,
  /\b(you are|act as|pretend to be)\b[^.]{0,20}\b(an? )?(ai|model|assistant|language model|chatbot)\b/i,
  /\bnew instructions?\b/i,
  /\b(developer|debug|admin|god) mode\b/i,
  /\bjailbreak\b/i,
  /\b(output|respond|reply|answer)\b[^.]{0,15}\b(json|only with)\b/i,
  /\ball citizens (must|will|shall) (love|approve|vote)/i,
  /\bas an ai\b/i,
  /\bapproval_?delta\b/i,
  /\b(assistant|model|ai|system)\s*[,:]/i,
  /\bcitizens? model\b/i,
  /\bgame master\b/i,
  /\b(add|create|invent|spawn)\b[^.]{0,15}\bnew citizens?\b/i,
  /\bset\b[^.]{0,30}\b(approval|delta|score|votes?)\b[^.]{0,20}\d/i,
  /\bdeclare me the winner\b/i,
  /<\/?[a-z_]+>/i,
];

/** True when a text from the speech addresses the model instead of the town. Every citizen checks the same texts. */
export const isInstruction = memoize((text) => PATTERNS.some((p) => p.test(text)));

/**
 * The words of this round's speech that try to instruct the model, if any: its promises and the quotes its
 * contradictions take from it. Never a contradiction's description nor an earlier round's words: those are the
 * game's (or a model's) sentences about a speech, and may quote an old attempt, which was judged in its own round.
 */
export function injectionTexts(mayor: MayorRoundFacts): string[] {
  const texts = [...mayor.promises.map((p) => p.text), ...mayor.contradictions.map((c) => c.speechQuote)];
  return texts.filter((t) => isInstruction(t));
}
