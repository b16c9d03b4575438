import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../../scripts/build-site.ts";

export const SITES_DIR = path.resolve(import.meta.dirname, "../../.test-sites");
/** The prefix the sub-path build uses: deep enough to catch any root-relative URL. */
export const TEST_PREFIX = "/docs/it/";

/**
 * Builds the shipped site twice before any test runs: at the root and under a path prefix.
 * Tests read these folders and serve them; none rebuilds them.
 */
export default async function setup(project: TestProject): Promise<void> {
  fs.mkdirSync(SITES_DIR, { recursive: true });
  const builds = [
    { name: "root", pathPrefix: "/" },
    { name: "prefixed", pathPrefix: TEST_PREFIX },
  ];
  for (const build of builds) {
    const result = await buildSite({ output: path.join(SITES_DIR, build.name), pathPrefix: build.pathPrefix });
    if (!result.ok) throw new Error(`The shipped site did not build (${build.name}):\n${result.message}`);
  }
  project.provide("sitesDir", SITES_DIR);
}

declare module "vitest" {
  export interface ProvidedContext {
    sitesDir: string;
  }
}
