import type { Commitment, Domain } from "../../../common/schemas/game.ts";

const KEYWORDS: ReadonlyArray<readonly [Domain, RegExp]> = [
  [
    "social",
    /\b(?:retrain\w*|re-?skill\w*|health\w*|hospitals?|clinics?|doctors?|nurses?|housing|homes?|houses|schools?|famil(?:y|ies)|child(?:ren)?|kids|pensions?|pensioners?|safety|fair(?:ness|ly)?|justice|education|communit(?:y|ies)|elderly|rents?|care|welfare|poverty|poor|equal\w*|transport|buses|neighbou?rhoods?|daycare|childcare|asthma|sick|patients?)\b/gi,
  ],
  [
    "research",
    /\b(?:research\w*|science|sciences|scientific|scientists?|universit(?:y|ies)|labs?|laborator(?:y|ies)|fusion|technolog\w*|tech|innovat\w*|stud(?:y|ies)|data|engineer\w*|experiments?|physics)\b/gi,
  ],
  [
    "economy",
    /\b(?:jobs?|lay-?offs?|redundanc\w*|closures?|employ\w*|unemploy\w*|wages?|salar(?:y|ies)|paychecks?|factor(?:y|ies|ys)|business(?:es)?|compan(?:y|ies)|invest\w*|growth|econom\w*|farm\w*|fields?|harvests?|crops?|tax(?:es)?|shops?|industr\w*|prosper\w*|money|budget|trade|markets?|logistics|refiner(?:y|ies)|coal plant|income|livelihoods?|workers?|work|firms?|tourism|profits?|prices?|costs?|affordable)\b/gi,
  ],
  [
    "ecology",
    /\b(?:forests?|forrests?|trees?|woods|woodlands?|copses?|saplings?|willows?|hedges?|reforest\w*|(?<!(?:coal|power|the|a|an|our|your|old|my) )(?:re)?plant(?!s? (?:workers?|closures?|staff|canteen))|rivers?|water|lakes?|pollut\w*|air|climate|solar|carbon|emissions?|co2|green\w*|nature|natural|parks?|wildlife|biodiversity|renewables?|wind|environment\w*|ecolog\w*|smog|planet|recycl\w*|fish|birds|soil|clean energy)\b/gi,
  ],
];

const ROLE_DOMAIN: ReadonlyArray<readonly [RegExp, Domain]> = [
  [/farmer|worker|business|owner/i, "economy"],
  [/scientist|student|research/i, "research"],
  [/activist|forester|guide/i, "ecology"],
  [/nurse|parent|refugee|councillor/i, "social"],
];

function fromCommitment(c: Commitment): Domain {
  if (c.type === "reach") return c.bar;
  const acts = c.actions;
  if (acts.includes("BUILD_RESEARCH_CENTER") && c.type === "do") return "research";
  if (acts.includes("BUILD_FUSION")) return "research";
  if (acts.includes("BUILD_FACTORY")) return c.type === "do" ? "economy" : "ecology";
  if (acts.includes("CLEAR_FARMLAND")) return "economy";
  const closesPolluter = acts.includes("DEMOLISH") && c.on?.some((t) => t === "OIL_REFINERY" || t === "COAL_PLANT" || t === "FACTORY");
  if (closesPolluter === true) return c.type === "do" ? "ecology" : "economy";
  return "ecology";
}

/** The first domain word at or after `from` (the direct object follows the verb), else the first anywhere. */
function firstKeyword(text: string, from: number): Domain | null {
  let best: { at: number; domain: Domain } | null = null;
  let fallback: { at: number; domain: Domain } | null = null;
  for (const [domain, pattern] of KEYWORDS) {
    for (const m of text.matchAll(pattern)) {
      const hit = { at: m.index, domain };
      if (m.index >= from && (best === null || m.index < best.at)) best = hit;
      if (fallback === null || m.index < fallback.at) fallback = hit;
    }
  }
  return (best ?? fallback)?.domain ?? null;
}

/** Retraining is social and work for people is economy, whatever site the sentence names ("a job at the solar field"). */
const PRIORITY: ReadonlyArray<readonly [RegExp, Domain]> = [
  [/\b(?:retrain\w*|re-?skill\w*)\b/i, "social"],
  [/\b(?:find|get|give|have|offer|guarantee|promise)\b[^.;]{0,25}\b(?:jobs?|work|contracts?)\b|\b(?:re)?hired\b/i, "economy"],
];

/**
 * The domain of a promise: work and retraining first, then its commitment when it has one, else the first topic
 * word after the verb, else the topic of what came just before ("I will build a third one"), else the role of
 * the citizen it addresses; "social" when nothing names a topic.
 */
export function domainOf(text: string, commitment: Commitment | undefined, markerAt: number, targetRole: string | null, context = ""): Domain {
  const first = PRIORITY.find(([p]) => p.test(text));
  if (first !== undefined) return first[1];
  if (commitment !== undefined) return fromCommitment(commitment);
  const found = firstKeyword(text, Math.max(0, markerAt)) ?? lastKeyword(context);
  if (found !== null) return found;
  const byRole = targetRole === null ? undefined : ROLE_DOMAIN.find(([p]) => p.test(targetRole));
  return byRole?.[1] ?? "social";
}

/** The topic named last in the text, for a promise that refers back to it. */
function lastKeyword(text: string): Domain | null {
  let best: { at: number; domain: Domain } | null = null;
  for (const [domain, pattern] of KEYWORDS) {
    for (const m of text.matchAll(pattern)) if (best === null || m.index > best.at) best = { at: m.index, domain };
  }
  return best?.domain ?? null;
}

const TOPIC_TESTS = KEYWORDS.map(([, pattern]) => new RegExp(pattern.source, "i"));

/** True when the text names any topic of the four domains. */
export function hasTopic(text: string): boolean {
  return TOPIC_TESTS.some((pattern) => pattern.test(text));
}
