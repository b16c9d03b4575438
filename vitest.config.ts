import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds the shipped site once (plain and under a path prefix) for every build and browser test.
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores here: one browser per worker is plenty.
    maxWorkers: 2,
    reporters: ["default"],
  },
});
