import { defineConfig } from "vitest/config";

const ALL = ["common/**/*.test.ts", "providers/**/*.test.ts", "server/**/*.test.ts", "client/**/*.test.ts", "training/**/*.test.ts", "tools/**/*.test.ts", "tests/**/*.test.ts"];
const BROWSER = ["tests/e2e/browser*.test.ts"];

/**
 * Two workers for everything but the browser suites (most of an e2e file's time is spent waiting on a phase's deadline,
 * so two files share a CPU well; vitest's default on a two-core machine is one worker), then the browser suites one at a
 * time on their own: each drives several software-rendered pages and wants the machine.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "node", include: ALL, exclude: BROWSER, maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "browser", include: BROWSER, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
