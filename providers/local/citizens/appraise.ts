import type { CitizenFacts, MayorRoundFacts } from "../../../common/schemas/contracts/citizens.ts";
import type { Bars, Severity } from "../../../common/schemas/game.ts";
import { type BarMood, barMood, deedBarAppeal, promiseBarAppeal } from "./crisis.ts";
import { actionAppeal, deedWords, placeWords } from "./deeds.ts";
import { injectionTexts } from "./injection.ts";
import { brief } from "./text.ts";
import { actionsNamed, barShortfall, isBarTarget, isVague, promiseEffect } from "./topics.ts";
import { type Values, actionTaste, overlap, serves } from "./values.ts";

export type Situation =
  | "kept"
  | "broken"
  | "contradiction"
  | "deedFor"
  | "deedAgainst"
  | "promiseFor"
  | "promiseAgainst"
  | "injection"
  | "idle";

/** The concrete things a line can mention. */
export interface Facts {
  promise?: string;
  deed?: string;
  place?: string;
  quote?: string;
}

/** One thing a mayor did this round, as one citizen weighs it: score is on the approval-delta scale. */
export interface RoundEvent {
  situation: Situation;
  score: number;
  promiseId: string | null;
  /** 0..1: how close the event is to what the citizen cares about. */
  relevance: number;
  facts: Facts;
  /** A bar target missed by a few points: it raises doubt rather than anger. */
  nearMiss?: boolean;
}

export interface Appraisal {
  mayorId: string;
  /** The event the citizen would talk about. */
  main: RoundEvent;
  delta: number;
  /** The promise the reaction is about: the main event's, or a promise behind a deed in the same direction. */
  promiseId: string | null;
  /** Broken promises of this mayor settled this round. */
  brokenCount: number;
  /** The most severe contradiction as this citizen weighs it, if the mayor has one. */
  contradiction: RoundEvent | null;
  /** True when this mayor's deeds brought the (dynamic) citizen to town. */
  linked: boolean;
  /** True when a city bar is near collapse this round. */
  crisis: boolean;
}

const CONTRADICTION_SCORE: Record<Severity, number> = { low: 4, medium: 6, high: 7 };
/** Bar points a target may miss by and still count as a near miss. */
const NEAR_MISS = 5;

function clampDelta(x: number): number {
  return Math.max(-15, Math.min(15, Math.round(x)));
}

/** True when `name` occurs in `text` as a whole word (names may contain dots and spaces, so no RegExp). */
function mentions(text: string, name: string): boolean {
  const t = text.toLowerCase();
  const n = name.toLowerCase();
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) {
    if (!isWord(t[i - 1]) && !isWord(t[i + n.length])) return true;
  }
  return false;
}

/** True when the promise is addressed to the citizen, by the extraction's target or by name in the words. */
function addressed(citizen: CitizenFacts, text: string, target: string | null): boolean {
  if (target !== null && target.toLowerCase() === citizen.name.toLowerCase()) return true;
  return mentions(text, citizen.name);
}

/** The context every event of one citizen's appraisal is weighed in. */
interface Weighing {
  citizen: CitizenFacts;
  values: Values;
  mood: BarMood;
}

/** How much a promise serves the citizen; once settled, its pull on a bar in crisis counts too. */
function promiseAppeal(
  { citizen, values, mood }: Weighing,
  text: string,
  domain: Parameters<typeof promiseEffect>[1],
  target: string | null,
  settled: boolean,
): number {
  const effect = promiseEffect(text, domain);
  const raw = serves(values, effect) + actionTaste(values, actionsNamed(text)) + (settled ? promiseBarAppeal(mood, effect) : 0);
  const appeal = Math.max(-1, Math.min(1, raw)) * (isBarTarget(text) ? 0.6 : 1);
  return addressed(citizen, text, target) ? Math.max(appeal + 0.5, 0.8) : appeal;
}

const isWatchdog = (values: Values) => values.voice === "watchdog";

function outcomeEvents(w: Weighing, mayor: MayorRoundFacts): RoundEvent[] {
  const { values } = w;
  return mayor.outcomes.flatMap((o): RoundEvent[] => {
    const current = mayor.promises.find((p) => p.id === o.promiseId);
    const appeal = promiseAppeal(w, o.text, current?.domain ?? null, current?.targetCitizen ?? null, true);
    const facts = { promise: o.text };
    const id = o.promiseId;
    if (o.status === "kept") {
      if (isWatchdog(values)) return [{ situation: "kept", score: 5, promiseId: id, relevance: 1, facts }];
      // +5 for a promise that matters somewhat, rising steeply to +8 for one at the heart of their values.
      if (appeal >= 0.4) return [{ situation: "kept", score: 5 + Math.round(3 * ((Math.min(1, appeal) - 0.4) / 0.6) ** 2), promiseId: id, relevance: appeal, facts }];
      // People who value a kept word are pleased by any kept promise they do not oppose.
      if (appeal > -0.15 && values.reliability >= 0.6) return [{ situation: "kept", score: 5, promiseId: id, relevance: 0.4, facts }];
      if (appeal <= -0.3) {
        const deed = `went through with "${brief(o.text, 60)}"`;
        return [{ situation: "deedAgainst", score: -(2 + Math.round(5 * -appeal)), promiseId: id, relevance: -appeal, facts: { ...facts, deed, place: "in this town" } }];
      }
      return [{ situation: "kept", score: Math.round(3 * Math.max(0, appeal)), promiseId: id, relevance: Math.max(0, appeal), facts }];
    }
    const shortfall = isBarTarget(o.text) ? barShortfall(o.text, o.verdict) : null;
    const nearMiss = shortfall !== null && shortfall <= NEAR_MISS;
    if (isWatchdog(values)) return [{ situation: "broken", score: nearMiss ? -6 : -8, promiseId: id, relevance: 1, facts, nearMiss }];
    if (appeal >= 0.4) {
      const score = nearMiss ? -6 : -(6 + Math.round((4 * (Math.min(1, appeal) - 0.4)) / 0.6));
      return [{ situation: "broken", score, promiseId: id, relevance: appeal, facts, nearMiss }];
    }
    // A broken promise about someone else's cause stings those who value a kept word; others barely notice.
    return [{ situation: "broken", score: values.reliability >= 0.6 ? -5 : -1, promiseId: id, relevance: Math.max(0, appeal), facts }];
  });
}

/** The id of this round's promise that a contradiction quotes, when it is one of them. */
function quotedPromise(mayor: MayorRoundFacts, quote: string): string | null {
  const q = quote.toLowerCase();
  const hit = mayor.promises.find((p) => {
    const t = p.text.toLowerCase();
    return t.includes(q) || q.includes(t);
  });
  return hit?.id ?? null;
}

/**
 * A contradiction stings the watchdog always, and others when it touches their concerns, unless they like what
 * the mayor says now: a worker forgives a U-turn towards new factories.
 */
function contradictionEvents({ values, citizen }: Weighing, mayor: MayorRoundFacts): RoundEvent[] {
  return mayor.contradictions.map((c) => {
    const effect = promiseEffect(c.speechQuote, null);
    const welcome = serves(values, effect) + actionTaste(values, actionsNamed(c.speechQuote)) >= 0.3;
    const topical = Math.max(overlap(values, effect), addressed(citizen, `${c.speechQuote} ${c.description}`, null) ? 1 : 0);
    const base = CONTRADICTION_SCORE[c.severity];
    const score = isWatchdog(values) ? -(base + 1) : welcome ? -1 : topical >= 0.4 || values.reliability >= 0.6 ? -base : -2;
    return {
      situation: "contradiction",
      score,
      promiseId: quotedPromise(mayor, c.speechQuote),
      relevance: isWatchdog(values) ? 1 : topical,
      facts: { quote: c.speechQuote },
    };
  });
}

function actionEvents({ values, mood }: Weighing, mayor: MayorRoundFacts): RoundEvent[] {
  return mayor.actions.flatMap((a): RoundEvent[] => {
    const appeal = actionAppeal(values, a) + deedBarAppeal(mood, a);
    const facts = { deed: deedWords(a), place: placeWords(a.x, a.y) };
    const relevance = Math.min(1, Math.abs(appeal));
    // Scaled so that a deed at the heart of someone's values lands near +5 or −8 (more for a deed that serves
    // several of them at once), and a side effect near ±1.
    if (appeal >= 0.15) return [{ situation: "deedFor", score: appeal < 0.3 ? 1 : Math.min(7, 1 + Math.round(3 * appeal)), promiseId: null, relevance, facts }];
    if (appeal <= -0.15) return [{ situation: "deedAgainst", score: -Math.min(8, 1 + Math.round(7.5 * (Math.min(1, -appeal) - 0.15))), promiseId: null, relevance, facts }];
    return [];
  });
}

function promiseEvents(w: Weighing, mayor: MayorRoundFacts): RoundEvent[] {
  const { values, citizen } = w;
  const settled = new Set(mayor.outcomes.map((o) => o.promiseId));
  return mayor.promises.flatMap((p): RoundEvent[] => {
    if (settled.has(p.id)) return [];
    const facts = { promise: p.text };
    const vague = isVague(p.text, p.deadlineRound);
    if (isWatchdog(values)) return [{ situation: "promiseFor", score: vague ? -1 : -2, promiseId: p.id, relevance: 0.3, facts }];
    const appeal = promiseAppeal(w, p.text, p.domain, p.targetCitizen, false);
    // Nothing to check in it: a shrug either way.
    if (vague) return Math.abs(appeal) >= 0.3 ? [{ situation: "promiseFor", score: Math.sign(appeal), promiseId: p.id, relevance: Math.abs(appeal), facts }] : [];
    const bonus = addressed(citizen, p.text, p.targetCitizen) ? 1 : 0;
    if (appeal >= 0.3) return [{ situation: "promiseFor", score: 1 + Math.round(3 * Math.min(1, appeal)) + bonus, promiseId: p.id, relevance: appeal, facts }];
    if (appeal <= -0.3) return [{ situation: "promiseAgainst", score: -(2 + Math.round(2 * -appeal)), promiseId: p.id, relevance: -appeal, facts }];
    return [];
  });
}

function idleEvent(mayor: MayorRoundFacts): RoundEvent {
  const silent = mayor.promises.length === 0 && mayor.actions.length === 0;
  return { situation: "idle", score: silent ? -1 : 0, promiseId: null, relevance: 0, facts: {} };
}

/**
 * Weighs one mayor's round for one citizen. The strongest event sets the tone and the topic; the others add a
 * fifth of their weight, at most one point, and never flip the sign, so a mixed round reads as its main story.
 */
export function appraise(citizen: CitizenFacts, values: Values, mayor: MayorRoundFacts, bars: Bars): Appraisal {
  const w: Weighing = { citizen, values, mood: barMood(values, bars) };
  const events = [
    ...outcomeEvents(w, mayor),
    ...contradictionEvents(w, mayor),
    ...actionEvents(w, mayor),
    ...promiseEvents(w, mayor),
  ].sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.score - b.score || b.relevance - a.relevance);
  const brokenCount = mayor.outcomes.filter((o) => o.status === "broken").length;
  const contradiction = events.find((e) => e.situation === "contradiction") ?? null;
  const linked = citizen.kind === "dynamic" && citizen.linkedMayor === mayor.id;
  const base = { mayorId: mayor.id, brokenCount, contradiction, linked, crisis: w.mood.crisis };
  const injected = injectionTexts(mayor);
  if (injected.length > 0) {
    const worst = events.find((e) => e.score < 0)?.score ?? 0;
    const own = isWatchdog(values) ? -6 : values.reliability >= 0.6 ? -4 : -3;
    const carrier = mayor.promises.find((p) => p.text === injected[0])?.id ?? null;
    const main: RoundEvent = { situation: "injection", score: own, promiseId: carrier, relevance: 1, facts: { quote: injected[0] } };
    return { ...base, main, delta: clampDelta(Math.min(own, worst)), promiseId: carrier };
  }
  const main = events[0] ?? idleEvent(mayor);
  const rest = events.slice(1).reduce((sum, e) => sum + e.score, 0);
  const push = Math.max(-1, Math.min(1, Math.trunc(rest / 5)));
  const sign = Math.sign(main.score);
  const delta = sign === 0 ? clampDelta(push) : sign * Math.max(1, Math.abs(clampDelta(main.score + push)));
  const backing = events.find((e) => e.promiseId !== null && Math.sign(e.score) === sign && e.relevance >= 0.3);
  return { ...base, main, delta, promiseId: main.promiseId ?? backing?.promiseId ?? null };
}
