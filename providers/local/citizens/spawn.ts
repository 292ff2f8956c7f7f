import type { CitizensInput, MayorRoundFacts, NewCitizen } from "../../../common/schemas/contracts/citizens.ts";
import { MAX_NEW_CITIZENS_PER_ROUND } from "../../../common/schemas/contracts/citizens.ts";
import { CORE_CAST, MAX_CITIZENS, SPAWN_RULES } from "../../../common/rules/cast.ts";
import { ARCHETYPES, type Archetype, type Trigger } from "./archetypes.ts";
import { ECOLOGY_CRISIS_BELOW, ECOLOGY_THRIVING_AT, ECONOMY_CRISIS_BELOW } from "./crisis.ts";
import { barDelta, isEcologyAction } from "./deeds.ts";
import { randomFrom, type Random } from "./random.ts";
import { fill } from "./text.ts";

/** Research at which a tech entrepreneur moves to town. */
const RESEARCH_BOOM_AT = 40;

/** Names the engine's own rules own; a model-made newcomer never takes one, present or not. */
const RESERVED = new Set([...CORE_CAST, ...SPAWN_RULES].map((c) => c.name.toLowerCase()));

/** The mayor with the highest score, first in input order on a tie; null when nobody scores above zero. */
function leader(mayors: readonly MayorRoundFacts[], score: (m: MayorRoundFacts) => number): string | null {
  let best: MayorRoundFacts | null = null;
  let bestScore = 0;
  for (const m of mayors) {
    const s = score(m);
    if (s > bestScore) {
      best = m;
      bestScore = s;
    }
  }
  return best?.id ?? null;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const brokenCount = (m: MayorRoundFacts) => m.outcomes.filter((o) => o.status === "broken").length;

/** The triggers that fire this round, in the guide's order, each with the mayor it links to. */
export function firedTriggers(input: CitizensInput): { trigger: Trigger; linked: string | null }[] {
  const { bars, mayors } = input;
  const out: { trigger: Trigger; linked: string | null }[] = [];
  if (bars.ecology < ECOLOGY_CRISIS_BELOW) out.push({ trigger: "ecologyLow", linked: leader(mayors, (m) => -sum(m.actions.map((a) => barDelta(a).ecology))) });
  if (bars.economy < ECONOMY_CRISIS_BELOW) out.push({ trigger: "economyLow", linked: leader(mayors, (m) => -sum(m.actions.map((a) => barDelta(a).economy))) });
  if (bars.research >= RESEARCH_BOOM_AT) {
    out.push({ trigger: "researchHigh", linked: leader(mayors, (m) => m.actions.filter((a) => a.action === "BUILD_RESEARCH_CENTER").length) });
  }
  // One journalist per mayor with two or more broken promises, the worst record first.
  const exposed = mayors.filter((m) => brokenCount(m) >= 2).sort((a, b) => brokenCount(b) - brokenCount(a));
  for (const m of exposed) out.push({ trigger: "brokenPromises", linked: m.id });
  if (bars.ecology >= ECOLOGY_THRIVING_AT) out.push({ trigger: "ecologyHigh", linked: leader(mayors, (m) => m.actions.filter(isEcologyAction).length) });
  return out;
}

function pick<T>(items: readonly T[], random: Random): T {
  return items[random.int(items.length)]!;
}

function freshName(archetype: Archetype, taken: ReadonlySet<string>, random: Random): string | null {
  const free = archetype.names.filter((n) => !taken.has(n.toLowerCase()) && !RESERVED.has(n.toLowerCase()));
  return free.length > 0 ? pick(free, random) : null;
}

function initialApproval(archetype: Archetype, linked: string | null, random: Random): number {
  if (linked === null) return 45 + random.int(11);
  return archetype.harm ? 30 + random.int(9) : 62 + random.int(9);
}

/**
 * Newcomers drawn by this round's state: at most two, none in a full town, never a name in use or reserved,
 * and none of a role already in town from an earlier round (one journalist stays on the story, not one per round).
 */
export function spawnCitizens(input: CitizensInput, seed: number): NewCitizen[] {
  const room = Math.min(MAX_NEW_CITIZENS_PER_ROUND, MAX_CITIZENS - input.citizens.length);
  if (room <= 0) return [];
  const random = randomFrom(seed, "spawn");
  const presentRoles = new Set(input.citizens.map((c) => c.role.toLowerCase()));
  const taken = new Set(input.citizens.map((c) => c.name.toLowerCase()));
  const out: NewCitizen[] = [];
  for (const { trigger, linked } of firedTriggers(input)) {
    if (out.length >= room) break;
    const options = ARCHETYPES.filter((a) => a.trigger === trigger && !presentRoles.has(a.role.toLowerCase()));
    if (options.length === 0) continue;
    const archetype = pick(options, random);
    const name = freshName(archetype, taken, random);
    if (name === null) continue;
    taken.add(name.toLowerCase());
    const linkedName = input.mayors.find((m) => m.id === linked)?.name;
    const line = linkedName ? fill(pick(archetype.linkedLines, random), { linked: linkedName }) : pick(archetype.openLines, random);
    out.push({
      name,
      role: archetype.role,
      personality: pick(archetype.personalities, random),
      initialApproval: initialApproval(archetype, linked, random),
      openingLine: line,
      tone: archetype.tone === "grateful" && linked === null ? "hopeful" : archetype.tone,
      linkedMayor: linked,
    });
  }
  return out;
}
