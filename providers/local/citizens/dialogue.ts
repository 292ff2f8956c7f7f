import { DIALOGUE_MAX } from "./limits.ts";
import type { Situation } from "./appraise.ts";
import { ASIDES } from "./lines/aside.ts";
import { BANKS } from "./lines/index.ts";
import type { Random } from "./random.ts";
import { capLength, capitalize, fill } from "./text.ts";
import type { Voice } from "./values.ts";

/**
 * The template indices a round may use: even ones in even rounds, odd ones in odd rounds. The engine sees one
 * round at a time, so this is what guarantees a citizen never says the same line in two consecutive rounds.
 */
export function eligibleIndices(count: number, round: number): number[] {
  const out: number[] = [];
  for (let i = round % 2; i < count; i += 2) out.push(i);
  return out;
}

/** Picks a template index for this round, avoiding indices already spoken by the same citizen this round. */
export function pickIndex(count: number, round: number, random: Random, taken: ReadonlySet<number>): number {
  const eligible = eligibleIndices(count, round);
  const fresh = eligible.filter((i) => !taken.has(i));
  const pool = fresh.length > 0 ? fresh : eligible;
  return pool[random.int(pool.length)]!;
}

export interface LineRequest {
  voice: Voice;
  /** "aside" when the citizen shrugs at what they noticed; the slots then include {thing}. */
  situation: Situation | "aside";
  round: number;
  slots: Readonly<Record<string, string>>;
  random: Random;
  /** Template indices of this bank the citizen already used this round; the pick is added. */
  taken: Set<number>;
}

export function speak(req: LineRequest): string {
  const templates = req.situation === "aside" ? ASIDES[req.voice] : BANKS[req.voice][req.situation];
  const index = pickIndex(templates.length, req.round, req.random, req.taken);
  req.taken.add(index);
  return capLength(capitalize(fill(templates[index]!, req.slots)), DIALOGUE_MAX);
}
