import { localProvider } from "../../providers/local/local-provider.ts";
import { serveProvider } from "../../server/providers/serve-provider.ts";

/**
 * The local engines in a worker thread that misbehaves on cue (server/providers/worker-provider.test.ts): a speech
 * "crash" ends the thread, "hang" never answers, "garbage" answers outside the extraction contract.
 */
serveProvider({
  name: "local",
  async extract(inputs) {
    const speech = Object.values(inputs)[0]?.speech;
    if (speech === "crash") process.exit(3);
    if (speech === "hang") for (;;) Date.now();
    if (speech === "garbage") {
      const report = { provider: "local", model: "local-rules", latencyMs: 0, promptTokens: 0, completionTokens: 0 };
      const broken: unknown = Object.fromEntries(Object.keys(inputs).map((mayor) => [mayor, { ok: true, value: { promises: "all of them" }, report }]));
      return broken as Awaited<ReturnType<typeof localProvider.extract>>;
    }
    return localProvider.extract(inputs);
  },
  react: (input) => localProvider.react(input),
});
