import {
  ExtractionOutput,
  MAX_CONTRADICTIONS_PER_SPEECH,
  MAX_PROMISES_PER_SPEECH,
  type ExtractedPromise,
  type ExtractionInput,
} from "../../../common/schemas/contracts/extraction.ts";
import { answeredQuestion } from "./answers.ts";
import { isLeadIn, splitClauses } from "./clauses.ts";
import { checkableCommitment } from "./commitment.ts";
import { findContradictions, type Statement } from "./contradictions.ts";
import { datesPrevious, deadlineOf, namesFutureRound } from "./deadline.ts";
import { domainOf } from "./domain.ts";
import { isAppeal, isHedged, isHope, isInjection, isOpinion, isQuestion, opensWithCondition } from "./non-promise.ts";
import { isBareMarker, startsWithMarker } from "./markers.ts";
import { detectPromise, type Detection } from "./promise-detector.ts";
import { isRivalQuote, rivalAttribution } from "./rivals.ts";
import { isSarcastic } from "./sarcasm.ts";
import { namesThingToMake, telegraphicReading } from "./telegraphic.ts";
import { makeSpan, quotable, splitSentences } from "./sentences.ts";
import { isElaboration, isRhetoricalAnswer, isTrailingTag, isVouchSentence, refusesTalk, vouchesForPrevious } from "./tags.ts";
import { audienceOf, calledOut, speaksTo, targetOf } from "./target.ts";

const MAX_TEXT = 500;
const VOUCHED: Detection = { kind: "explicit", confidence: 0.88, markerAt: 0 };
const IMPLIED: Detection = { kind: "implicit", confidence: 0.7, markerAt: 0 };

/** True when a clause the speaker stands behind still commits to nothing (hope, opinion, hedge, appeal). */
function commitsToNothing(clause: string, conditioned: boolean): boolean {
  return conditioned || isHope(clause) || isOpinion(clause) || isHedged(clause) || isAppeal(clause) || isLeadIn(clause);
}

/** The first sentence of the unbroken run of sentences holding promises that ends at `last`. */
function runOfPromises(found: readonly { sentence: number }[], last: number): number {
  let first = last;
  while (first > 0 && found.some((f) => f.sentence === first - 1)) first--;
  return first;
}

/** A promise found in the speech, with where it starts (to extend it over a colon) and the sentence it is in. */
interface Found {
  promise: ExtractedPromise;
  start: number;
  sentence: number;
}

/**
 * The local extraction model: reads one mayor's speech and returns the promises and contradictions it contains,
 * labelled as training/ANNOTATION.md describes. Pure and deterministic; the output always passes `ExtractionOutput`.
 */
export function extractSpeech(input: ExtractionInput): ExtractionOutput {
  const speech = input.speech;
  const rivalNames = input.rivals.map((r) => r.name);
  const attribution = rivalAttribution(rivalNames, input.mayor.name);
  const sentences = splitSentences(speech);
  const found: Found[] = [];
  const said: Array<{ text: string; context: string; sentence: number; found: Found | null }> = [];
  const seen = new Set<string>();

  const audience = audienceOf(input.citizens, rivalNames);
  const callable = input.citizens.filter((c) => !rivalNames.includes(c.name));
  const roleOf = (name: string | null) => input.citizens.find((c) => c.name === name)?.role ?? null;
  let addressee: string | null = null;
  const contextOf = (i: number) => `${sentences[i - 2]?.text ?? ""} ${sentences[i - 1]?.text ?? ""}`.trim();
  /** `reading` is what the words say when it differs from the quoted text (a yes to "Will I close the refinery?"). */
  const build = (text: string, detection: Detection, lead: string, context: string, reading = text): ExtractedPromise => {
    const commitment = checkableCommitment(reading);
    // The words just before a promise name whom it is for ("…, and Dr. Amara, I will …"); a long run-up mentions people in passing.
    const named = targetOf(text, audience) ?? targetOf(lead.split(/\s+/).slice(-12).join(" "), audience);
    const targetCitizen = named ?? (addressee !== null && speaksTo(text, roleOf(addressee) ?? "") ? addressee : null);
    const role = roleOf(targetCitizen);
    return {
      text,
      kind: detection.kind,
      domain: domainOf(reading, commitment, detection.markerAt, role, `${context} ${lead}`),
      targetCitizen,
      deadlineRound: deadlineOf(text, input.round, input.finalRound) ?? deadlineOf(lead, input.round, input.finalRound),
      confidence: detection.confidence,
      ...(commitment === undefined ? {} : { commitment }),
    };
  };

  /** Makes the promises of one sentence explicit (the speaker's word was given for them) and addressed to whoever the tag names. */
  const vouch = (items: Found[], tag: string) => {
    if (!/\b(?:promis|swear|guarantee|word)/i.test(tag)) return;
    const named = targetOf(tag, audience);
    for (const f of items) {
      if (f.promise.kind === "implicit") Object.assign(f.promise, { kind: "explicit", confidence: VOUCHED.confidence });
      if (f.promise.targetCitizen === null && named !== null) f.promise.targetCitizen = named;
    }
  };

  sentences.forEach((sentence, i) => {
    if (isVouchSentence(sentence.text)) {
      vouch(found.filter((f) => f.sentence === i - 1), sentence.text);
      return;
    }
    // "Both until the vote.": a plural anaphor dates every promise of the sentences just before, not only the last.
    const reach = /^\W*(?:both|all of (?:them|it|this)|each|all three|all two)\b/i.test(sentence.text) ? runOfPromises(found, i - 1) : i - 1;
    const undated = found.filter((f) => f.sentence >= reach && f.sentence <= i - 1 && f.promise.deadlineRound === null);
    const thing = sentences[i - 1];
    if (datesPrevious(sentence.text) && (undated.length > 0 || (thing !== undefined && !found.some((f) => f.sentence === i - 1) && namesThingToMake(thing.text)))) {
      const deadlineRound = deadlineOf(sentence.text, input.round, input.finalRound);
      for (const f of undated) f.promise.deadlineRound = deadlineRound;
      if (undated.length === 0 && thing !== undefined) {
        // "A solar field on the wasteland. Next round.": the thing and its date are one promise.
        const span = quotable(speech, makeSpan(speech, thing.start, sentence.end));
        const dated = { promise: build(span.text.slice(0, MAX_TEXT), IMPLIED, "", contextOf(i - 1), telegraphicReading(thing.text, "", true)), start: span.start, sentence: i };
        found.push(dated);
        said.push({ text: thing.text, context: contextOf(i - 1), sentence: i, found: dated });
        // "Two forests. One lab. By round 6.": the date closes a list said one item per sentence.
        for (let j = i - 2; j >= 0 && namesThingToMake(sentences[j]!.text) && !found.some((f) => f.sentence === j); j--) {
          const item = quotable(speech, sentences[j]!);
          const listed = { promise: { ...build(item.text, IMPLIED, "", contextOf(j), telegraphicReading(item.text, "", true)), deadlineRound }, start: item.start, sentence: i };
          found.push(listed);
          said.push({ text: item.text, context: contextOf(j), sentence: i, found: listed });
        }
      }
      return;
    }
    addressee = calledOut(sentence.text, callable) ?? addressee;
    const next = sentences[i + 1]?.text;
    const vouched = vouchesForPrevious(next);
    if (isInjection(sentence.text) || isSarcastic(sentence.text, next) || isQuestion(sentence.text)) return;
    let conditioned = opensWithCondition(sentence.text);
    const context = contextOf(i);
    const question = sentences[i - 1];
    const answer = answeredQuestion(question?.text, sentence.text);
    if (answer !== null && question !== undefined) {
      const detection = commitsToNothing(answer.reading, false) ? null : detectPromise(answer.reading, null, namesFutureRound(answer.reading, input.round, input.finalRound));
      if (detection !== null) {
        const span = quotable(speech, makeSpan(speech, question.start, sentence.start + answer.length));
        const text = span.text.slice(0, MAX_TEXT);
        const answered = { promise: build(text, detection, "", context, answer.reading), start: span.start, sentence: i };
        found.push(answered);
        said.push({ text: answer.reading, context, sentence: i, found: answered });
      }
    }
    const clauses = splitClauses(speech, sentence);
    const quotes = clauses.map((clause) => quotable(speech, clause.span));
    let lead = "";
    let last: Found | null = null;
    let reported = false;
    clauses.forEach((clause, k) => {
      const quote = quotes[k]!;
      const text = quote.text.slice(0, MAX_TEXT).trim();
      if (text === "") return;
      const before = speech.slice(sentence.start, quote.start);
      const marked = startsWithMarker(text);
      const ownVoice = marked || /^(?:I|we|my|our)\b/i.test(text);
      // A report runs on over "and" and over a colon ("Boris's motto: no new factories") until the speaker speaks as "I".
      reported = isRivalQuote(text, before, attribution) || (reported && (clause.opener === "soft" || /:\s*$/.test(before)) && !ownVoice);
      if (reported) return;
      if (isTrailingTag(text)) {
        // With nothing before it in the sentence, the word given opens what follows ("You have my word, Karl — …").
        if (last === null) lead = `${lead} ${text}`;
        else vouch([last], text);
        return;
      }
      if (clause.heading === true) {
        // The heading's time dates every item of its list ("By round five: two labs, one solar field").
        if (last === null) lead = `${lead} ${text}`;
        return;
      }
      if (k > 0 && opensWithCondition(text)) conditioned = true;
      const previous = quotes[k - 1]?.text;
      if (isRhetoricalAnswer(text, previous) || (last !== null && isElaboration(text)) || refusesTalk(text, previous ?? sentences[i - 1]?.text ?? "")) return;
      if (clause.opener === "subordinate" && !marked) return;
      // "I never will" takes its verb phrase from a clause before it in the sentence; alone, or after a yes or no, it adds nothing.
      if (isBareMarker(text) && (k === 0 || answer !== null)) return;
      if (clause.afterColon && last !== null && last.sentence === i && !marked) {
        const merged = quotable(speech, makeSpan(speech, last.start, quote.end)).text.slice(0, MAX_TEXT);
        last.promise = build(merged, { kind: last.promise.kind, confidence: last.promise.confidence, markerAt: 0 }, lead, context);
        return;
      }
      const future = namesFutureRound(text, input.round, input.finalRound);
      const tag = (quotes[k + 1] ?? quote).text;
      const tagged = isTrailingTag(tag) && k + 1 < clauses.length;
      const detected = commitsToNothing(text, conditioned) ? null : detectPromise(text, clause.inherits, future);
      const detection = detected ?? (tagged && !conditioned && /\b(?:promis|swear|guarantee|word)/i.test(tag) ? VOUCHED : null);
      if (detection === null) {
        if (!isHedged(text)) said.push({ text, context, sentence: i, found: null });
        if (last === null) lead = `${lead} ${text}`;
        return;
      }
      const own = vouched && detection.kind === "implicit" ? { ...detection, ...VOUCHED, markerAt: detection.markerAt } : detection;
      const reading = isBareMarker(text) ? `${previous ?? ""} ${text}` : telegraphicReading(text, sentences[i - 1]?.text ?? "", future);
      last = { promise: build(text, own, lead, context, reading), start: quote.start, sentence: i };
      found.push(last);
      said.push({ text, context, sentence: i, found: last });
    });
  });

  const statements: Statement[] = said.map((s) => (s.found === null ? { ...s, promise: null } : { ...s, text: s.found.promise.text, promise: s.found.promise }));
  const promises: ExtractedPromise[] = [];
  for (const f of found) {
    const key = f.promise.text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    if (seen.has(key)) continue;
    seen.add(key);
    promises.push(f.promise);
  }
  const contradictions = findContradictions(statements, {
    round: input.round,
    mayorName: input.mayor.name,
    actionsThisRound: input.actionsThisRound,
    actionsBefore: input.actionsBefore,
    earlierPromises: input.earlierPromises,
  });
  return ExtractionOutput.parse({
    promises: promises.slice(0, MAX_PROMISES_PER_SPEECH),
    contradictions: contradictions.slice(0, MAX_CONTRADICTIONS_PER_SPEECH),
  });
}
