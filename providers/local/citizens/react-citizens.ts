import type { CitizenFacts, CitizensInput, CitizensOutput, MayorRoundFacts, Reaction } from "../../../common/schemas/contracts/citizens.ts";
import { memoize } from "../memo.ts";
import { type Appraisal, appraise } from "./appraise.ts";
import { speak } from "./dialogue.ts";
import { inputSeed, randomFrom } from "./random.ts";
import { chooseMayors } from "./select.ts";
import { spawnCitizens } from "./spawn.ts";
import { summarize } from "./summary.ts";
import { brief, countPhrase } from "./text.ts";
import { toneFor } from "./tone.ts";
import { type Values, deriveValues } from "./values.ts";

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Values depend only on who the citizen is, and the same citizens come back round after round. */
const valuesByPersona = memoize((persona) => {
  const [kind, role, personality] = JSON.parse(persona) as [CitizenFacts["kind"], string, string];
  return deriveValues({ kind, role, personality });
});

function valuesOf(c: CitizenFacts): Values {
  return valuesByPersona(JSON.stringify([c.kind, c.role, c.personality]));
}

function withArticle(role: string): string {
  const lower = role.toLowerCase();
  return `${/^[aeiou]/.test(lower) ? "an" : "a"} ${lower}`;
}

/** The other mayor this citizen thinks best of after the round, for lines that point at a rival. */
function rivalOf(citizen: CitizenFacts, mayor: MayorRoundFacts, mayors: readonly MayorRoundFacts[], appraisals: readonly Appraisal[]): string {
  const standing = (m: MayorRoundFacts) => (citizen.approval[m.id] ?? 50) + (appraisals.find((a) => a.mayorId === m.id)?.delta ?? 0);
  const others = mayors.filter((m) => m.id !== mayor.id).sort((a, b) => standing(b) - standing(a));
  return others[0]?.name ?? "the others";
}

function slotsFor(citizen: CitizenFacts, mayor: MayorRoundFacts, appraisal: Appraisal, input: CitizensInput, rival: string): Record<string, string> {
  const { facts } = appraisal.main;
  const linked = input.mayors.find((m) => m.id === citizen.linkedMayor);
  const slots: Record<string, string> = {
    mayor: mayor.name,
    rival,
    broken: countPhrase(appraisal.brokenCount, "broken promise"),
    role: citizen.role.toLowerCase(),
    aRole: withArticle(citizen.role),
    linked: linked?.name ?? "what happened here",
  };
  if (facts.promise !== undefined) slots.promise = brief(facts.promise);
  if (facts.quote !== undefined) slots.quote = brief(facts.quote);
  if (facts.deed !== undefined) slots.deed = facts.deed;
  if (facts.place !== undefined) slots.place = facts.place;
  return slots;
}

/** The situations whose lines carry feeling; when the citizen only shrugs at them, an aside is spoken instead. */
const ASIDE_FOR = new Set(["kept", "broken", "deedFor", "deedAgainst", "promiseFor", "promiseAgainst"]);

/** `Boris broke "no new factories"`: what a shrugging citizen noticed, as a clause. */
function thingNoticed(appraisal: Appraisal, mayorName: string, slots: Readonly<Record<string, string>>): string {
  const { situation } = appraisal.main;
  if (situation === "deedFor" || situation === "deedAgainst") return `${mayorName} ${slots.deed ?? "acted"}`;
  const verb = situation === "kept" ? "kept" : situation === "broken" ? "broke" : "promised";
  return `${mayorName} ${verb} "${slots.promise ?? ""}"`;
}

function react(citizen: CitizenFacts, values: Values, input: CitizensInput, mayors: readonly MayorRoundFacts[], seed: number): Reaction[] {
  const appraisals = mayors.map((m) => appraise(citizen, values, m, input.bars));
  const taken = new Map<string, Set<number>>();
  return chooseMayors(values, appraisals).map((appraisal) => {
    const mayor = mayors.find((m) => m.id === appraisal.mayorId)!;
    const tone = toneFor(values, appraisal, citizen.kind === "dynamic");
    const slots = slotsFor(citizen, mayor, appraisal, input, rivalOf(citizen, mayor, mayors, appraisals));
    const shrug = tone === "neutral" && ASIDE_FOR.has(appraisal.main.situation);
    const situation = shrug ? "aside" : appraisal.main.situation;
    if (shrug) slots.thing = thingNoticed(appraisal, mayor.name, slots);
    const used = taken.get(situation) ?? new Set<number>();
    taken.set(situation, used);
    const dialogue = speak({ voice: values.voice, situation, round: input.round, slots, random: randomFrom(seed, citizen.name, mayor.id, "line"), taken: used });
    return {
      citizen: citizen.name,
      mayor: mayor.id,
      dialogue,
      tone,
      approvalDelta: appraisal.delta,
      referencesPromise: appraisal.promiseId,
    };
  });
}

/**
 * The local citizens model: the same contract as the fine-tuned one, pure and deterministic. Every citizen
 * reacts to the mayor who moved them most (and to a second who moved them strongly), a few newcomers arrive
 * when the city's state calls for them, and a one- or two-sentence summary names the mayors who mattered.
 */
export function reactCitizens(input: CitizensInput): CitizensOutput {
  const seed = inputSeed(input);
  const mayors = uniqueBy(input.mayors, (m) => m.id);
  const citizens = uniqueBy(input.citizens, (c) => c.name.toLowerCase());
  const reactions = citizens.flatMap((c) => react(c, valuesOf(c), input, mayors, seed));
  return { reactions, newCitizens: spawnCitizens(input, seed), summary: summarize(input, reactions) };
}
