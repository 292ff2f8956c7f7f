import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["common/**/*.test.ts", "providers/**/*.test.ts", "server/**/*.test.ts", "client/**/*.test.ts", "training/**/*.test.ts", "tools/**/*.test.ts", "tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
