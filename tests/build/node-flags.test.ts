import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILD_NODE_FLAGS } from "../../scripts/lib/node-flags.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** The size of the young generation that a fresh Node process, started with `flags`, begins with. */
function youngGenerationAtStart(flags: readonly string[]): number {
  const script = `console.log(require("node:v8").getHeapSpaceStatistics().find((space) => space.space_name === "new_space").space_size)`;
  return Number(execFileSync(process.execPath, [...flags, "-e", script], { encoding: "utf8" }));
}

describe("the build's V8 options (scripts/lib/node-flags.ts)", () => {
  it("npm run build starts Node with exactly the build's V8 options", () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.build).toBe(`node ${BUILD_NODE_FLAGS.join(" ")} scripts/run-typescript.js scripts/build.ts`);
  });

  it("this Node accepts every option, and with them its young generation starts at 16 MB instead of growing to it", () => {
    // An option this Node does not know makes it exit with "bad option", and execFileSync throw.
    const withFlags = youngGenerationAtStart(BUILD_NODE_FLAGS);
    const without = youngGenerationAtStart([]);
    expect(withFlags).toBe(16 * 1024 * 1024);
    expect(without).toBeLessThan(withFlags);
  });
});
