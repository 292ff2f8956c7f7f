import { ConnectionError, MistralError, RequestAbortedError, RequestTimeoutError } from "@mistralai/mistralai/models/errors";

export const GONE_EXIT_CODE = 3;

/** Why the launcher stopped, in one sentence a person can act on, and the exit code that says which case it was. */
export interface Failure {
  message: string;
  exitCode: number;
}

/**
 * The hosted fine-tuning API answers 410 Gone since mid-2026 (and SDK releases after 2.4.0 dropped `fineTuning`);
 * every other failure gets its own sentence, so a person knows whether to fix the key, wait, or retry.
 */
export function explain(error: unknown, server: string): Failure {
  if (error instanceof MistralError) {
    const status = error.statusCode;
    if (status === 410) {
      return {
        message:
          "Mistral's hosted fine-tuning refuses new jobs (410 Gone): train the weights with the TRL recipe in training/jobs/ (see training/README.md) and serve them behind MISTRAL_SERVER_URL.",
        exitCode: GONE_EXIT_CODE,
      };
    }
    if (status === 401) return { message: `${server} refused the key (401 Unauthorized): check MISTRAL_API_KEY.`, exitCode: 4 };
    if (status === 429) return { message: `${server} is rate limiting this key (429): wait a minute and run the same command again; files already uploaded are reused.`, exitCode: 5 };
    if (status >= 500) return { message: `${server} failed (HTTP ${status}): try again later; files already uploaded are reused.`, exitCode: 6 };
    return { message: `${server} refused the request (HTTP ${status}): ${error.body.slice(0, 300)}`, exitCode: 1 };
  }
  if (error instanceof RequestTimeoutError || error instanceof RequestAbortedError || (error instanceof Error && error.name === "TimeoutError")) {
    return { message: `${server} did not answer in time: check the network (or raise --timeout-ms) and run the same command again; files already uploaded are reused.`, exitCode: 7 };
  }
  if (error instanceof ConnectionError) return { message: `Cannot reach ${server}: ${error.message}`, exitCode: 7 };
  return { message: error instanceof Error ? error.message : String(error), exitCode: 1 };
}
