import type { Answer, CallReport, ModelProvider } from "../../common/provider.ts";
import type { ExtractionOutput } from "../../common/schemas/contracts/extraction.ts";

function timeout<T>(ms: number, signal: AbortSignal): Promise<T> {
  return new Promise((_, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  });
}

function withReason<T>(answer: Answer<T>, reason: string): Answer<T> {
  return { ...answer, report: { ...answer.report, fallbackReason: reason } as CallReport };
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
      const controller = new AbortController();
      const deadline = timeout<never>(deadlineMs, controller.signal);
      const one = async (mayor: string): Promise<[string, Answer<ExtractionOutput>]> => {
        const input = { [mayor]: inputs[mayor]! };
        let reason: string;
        try {
          const answer = (await Promise.race([primary.extract(input, controller.signal), deadline]))[mayor];
          if (answer?.ok) return [mayor, answer];
          reason = answer ? answer.error : "no answer for this speech";
        } catch (error) {
          reason = (error as Error).message;
        }
        return [mayor, withReason((await fallback.extract(input))[mayor]!, reason)];
      };
      try {
        return Object.fromEntries(await Promise.all(Object.keys(inputs).map(one)));
      } finally {
        controller.abort();
      }
    },
    async react(input) {
      const controller = new AbortController();
      let reason: string;
      try {
        const answer = await Promise.race([primary.react(input, controller.signal), timeout<never>(deadlineMs, controller.signal)]);
        if (answer.ok) return answer;
        reason = answer.error;
      } catch (error) {
        reason = (error as Error).message;
      } finally {
        controller.abort();
      }
      return withReason(await fallback.react(input), reason);
    },
  };
}
