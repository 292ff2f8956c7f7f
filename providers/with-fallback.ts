import type { Answer, CallReport, ModelProvider } from "./provider.ts";
import type { ExtractionOutput } from "../common/schemas/contracts/extraction.ts";

function timeout<T>(ms: number, signal: AbortSignal): Promise<T> {
  return new Promise((_, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  });
}

/**
 * The fallback's answer, reported as the whole part went: the time since the primary was asked (the wait counts)
 * and the tokens the primary spent on answers it could not use, on top of the fallback's own.
 */
function fellBack<T>(answer: Answer<T>, reason: string, started: number, spent?: CallReport): Answer<T> {
  const report: CallReport = {
    ...answer.report,
    latencyMs: performance.now() - started,
    promptTokens: answer.report.promptTokens + (spent?.promptTokens ?? 0),
    completionTokens: answer.report.completionTokens + (spent?.completionTokens ?? 0),
    fallbackReason: reason,
  };
  return { ...answer, report };
}

/**
 * A provider that asks `primary` within a hard deadline and answers from `fallback` (the local engine) for
 * every part that came late, failed or broke the contract, so a round never stalls. Speeches go to the primary
 * one per call, all at once, so one slow or broken answer costs only its own part.
 */
export function withFallback(primary: ModelProvider, fallback: ModelProvider, deadlineMs: number): ModelProvider {
  if (primary === fallback) return primary;
  return {
    name: primary.name,
    async extract(inputs) {
      const started = performance.now();
      const controller = new AbortController();
      const deadline = timeout<never>(deadlineMs, controller.signal);
      const one = async (mayor: string): Promise<[string, Answer<ExtractionOutput>]> => {
        const input = { [mayor]: inputs[mayor]! };
        let reason: string;
        let spent: CallReport | undefined;
        try {
          const answer = (await Promise.race([primary.extract(input, controller.signal), deadline]))[mayor];
          if (answer?.ok) return [mayor, answer];
          reason = answer ? answer.error : "no answer for this speech";
          spent = answer?.report;
        } catch (error) {
          reason = (error as Error).message;
        }
        return [mayor, fellBack((await fallback.extract(input))[mayor]!, reason, started, spent)];
      };
      try {
        return Object.fromEntries(await Promise.all(Object.keys(inputs).map(one)));
      } finally {
        controller.abort();
      }
    },
    async react(input) {
      const started = performance.now();
      const controller = new AbortController();
      let reason: string;
      let spent: CallReport | undefined;
      try {
        const answer = await Promise.race([primary.react(input, controller.signal), timeout<never>(deadlineMs, controller.signal)]);
        if (answer.ok) return answer;
        reason = answer.error;
        spent = answer.report;
      } catch (error) {
        reason = (error as Error).message;
      } finally {
        controller.abort();
      }
      return fellBack(await fallback.react(input), reason, started, spent);
    },
  };
}
