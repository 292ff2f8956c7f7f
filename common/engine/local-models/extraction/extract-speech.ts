import {
  ExtractionOutput,
  MAX_CONTRADICTIONS_PER_SPEECH,
  MAX_PROMISES_PER_SPEECH,
  type ExtractedPromise,
  type ExtractionInput,
} from "../../../schemas/contracts/extraction.ts";
import { isLeadIn, splitClauses } from "./clauses.ts";
import { commitmentOf } from "./commitment.ts";
import { findContradictions, type Statement } from "./contradictions.ts";
import { deadlineOf, namesFutureRound } from "./deadline.ts";
import { domainOf } from "./domain.ts";
import { isAppeal, isHedged, isHope, isInjection, isOpinion, isQuestion, opensWithCondition } from "./non-promise.ts";
import { startsWithMarker } from "./markers.ts";
import { detectPromise } from "./promise-detector.ts";
import { isRivalQuote, rivalAttribution } from "./rivals.ts";
import { isSarcastic } from "./sarcasm.ts";
import { quotable, splitSentences } from "./sentences.ts";
import { targetOf } from "./target.ts";

const MAX_TEXT = 500;
/** A sentence that vouches for the one before: "Dr. Amara has my word on that.", "That's a promise." */
const WORD_TAG = /^[\w.\s,]{0,30}\b(?:ha(?:s|ve) my (?:word|promise)|that['’]s a promise|I promise(?: you)?(?: that)?[.!]|I guarantee it|you can hold me to (?:it|that))/i;

/** True when a clause the speaker stands behind still commits to nothing (hope, opinion, hedge, appeal). */
function commitsToNothing(clause: string, conditioned: boolean): boolean {
  return conditioned || isHope(clause) || isOpinion(clause) || isHedged(clause) || isAppeal(clause) || isLeadIn(clause);
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
  const promises: ExtractedPromise[] = [];
  const statements: Statement[] = [];
  const seen = new Set<string>();

  sentences.forEach((sentence, i) => {
    const next = sentences[i + 1]?.text;
    const vouched = WORD_TAG.test(next ?? "");
    if (isInjection(sentence.text) || isSarcastic(sentence.text, next) || isQuestion(sentence.text)) return;
    const conditioned = opensWithCondition(sentence.text);
    const context = `${sentences[i - 2]?.text ?? ""} ${sentences[i - 1]?.text ?? ""}`.trim();
    let lead = "";
    let sawPromise = false;
    let reported = false;
    for (const clause of splitClauses(speech, sentence)) {
      const quote = quotable(speech, clause.span);
      const text = quote.text.slice(0, MAX_TEXT).trim();
      if (text === "") continue;
      const before = speech.slice(sentence.start, clause.span.start);
      const ownVoice = startsWithMarker(text) || /^(?:I|we|my|our)\b/i.test(text);
      reported = isRivalQuote(text, before, attribution) || (reported && clause.opener === "soft" && !ownVoice);
      if (reported) continue;
      if (clause.opener === "subordinate" && !startsWithMarker(text)) continue;
      const future = namesFutureRound(text, input.round, input.finalRound);
      const found = commitsToNothing(text, conditioned) ? null : detectPromise(text, clause.inheritsMarker, future);
      const detection = found !== null && vouched && found.kind === "implicit" ? { ...found, kind: "explicit" as const, confidence: 0.9 } : found;
      if (detection === null) {
        if (!isHedged(text)) statements.push({ text, context, promise: null });
        if (!sawPromise) lead = `${lead} ${text}`;
        continue;
      }
      sawPromise = true;
      const key = text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
      const commitment = commitmentOf(text);
      const targetCitizen = targetOf(text, input.citizens, rivalNames) ?? targetOf(lead, input.citizens, rivalNames);
      const role = input.citizens.find((c) => c.name === targetCitizen)?.role ?? null;
      const promise: ExtractedPromise = {
        text,
        kind: detection.kind,
        domain: domainOf(text, commitment, detection.markerAt, role),
        targetCitizen,
        deadlineRound: deadlineOf(text, input.round, input.finalRound) ?? deadlineOf(lead, input.round, input.finalRound),
        confidence: detection.confidence,
        ...(commitment === undefined ? {} : { commitment }),
      };
      statements.push({ text, context, promise });
      if (seen.has(key)) continue;
      seen.add(key);
      promises.push(promise);
    }
  });

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
