import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** The browser suites, longest first: each drives several pages drawn in software WebGL. */
const BROWSER = ["browser-everyone", "browser", "browser-tournament", "browser-ratings"].map((name) => `/tests/e2e/${name}.test.ts`);
const browserRank = (spec: TestSpecification) => BROWSER.findIndex((end) => spec.moduleId.endsWith(end));

/**
 * Two files at a time (vitest's default on a two-core machine is one; most of an e2e file's time is spent waiting on
 * a phase's deadline, so two share a CPU well), ordered so that two browser suites rarely draw at once: the longest
 * starts beside the other files, the rest come once those are done.
 */
class Sequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const browser = files.filter((f) => browserRank(f) >= 0).sort((a, b) => browserRank(a) - browserRank(b));
    const others = await super.sort(files.filter((f) => browserRank(f) < 0));
    return [...browser.slice(0, 1), ...others, ...browser.slice(1)];
  }
}

export default defineConfig({
  test: {
    include: ["common/**/*.test.ts", "providers/**/*.test.ts", "server/**/*.test.ts", "client/**/*.test.ts", "training/**/*.test.ts", "tools/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    sequence: { sequencer: Sequencer },
  },
});
