import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOADED_BEFORE_A_BUILD, LOADED_BY_A_BUILD } from "../../scripts/lib/preloaded-libraries.js";
import { packagesImportedBy } from "../support/import-graph.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "tests/fixtures/run-typescript");

/** Runs a fixture script through the launcher, as `npm run build` runs scripts/build.ts, and parses the JSON it prints. */
function launch<T>(script: string, args: string[]): T {
  const output = execFileSync(process.execPath, [path.join(root, "scripts/run-typescript.js"), path.join(fixtures, script), ...args], { cwd: root, encoding: "utf8" });
  return JSON.parse(output.trim().split("\n").at(-1)!) as T;
}

describe("scripts/run-typescript.js", () => {
  it("runs a TypeScript script with its own arguments, with tsx registered once", () => {
    const report = launch<{ script: string; args: string[]; tsxRegistered: unknown }>("echo.ts", ["one", "--two", "3"]);
    expect(report).toEqual({ script: path.join(fixtures, "echo.ts"), args: ["one", "--two", "3"], tsxRegistered: true });
  });

  it("has the first build count the library loading in its Eleventy stage, and only the first", () => {
    const output = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-launch-"));
    try {
      const { librariesSeconds, first, second } = launch<{ librariesSeconds: number; first: Stage; second: Stage }>("two-builds.ts", [path.join(root, "tests/fixtures/content/valid"), path.join(output, "site")]);
      expect(librariesSeconds).toBeGreaterThan(0);
      // The stage starts inside buildSite, a moment after the script's own clock: allow for that moment.
      expect(first.reportedSeconds - first.sinceCallSeconds - librariesSeconds).toBeCloseTo(0, 1);
      expect(second.reportedSeconds - second.sinceCallSeconds).toBeCloseTo(0, 1);
      expect(first.reportedSeconds - first.sinceCallSeconds).toBeGreaterThan(librariesSeconds - 0.01);
    } finally {
      fs.rmSync(output, { recursive: true, force: true });
    }
  }, 60_000);
});

interface Stage {
  reportedSeconds: number;
  sinceCallSeconds: number;
}

describe("the libraries the launcher loads before tsx", () => {
  const beforeABuild = packagesImportedBy(["scripts/build-site.ts"], root);
  const pages = fs
    .readdirSync(path.join(root, "src/pages"), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.11ty\.tsx?$/.test(file))
    .map((file) => path.join("src/pages", file));
  const byABuild = packagesImportedBy(["eleventy.config.ts", ...pages], root);

  it("are, before a build, exactly what scripts/build-site.ts imports", () => {
    expect([...beforeABuild].sort()).toEqual([...LOADED_BEFORE_A_BUILD].sort());
  });

  it("are, for a build, Eleventy and exactly what the config and the pages add", () => {
    const added = [...byABuild].filter((name) => !beforeABuild.has(name));
    expect([...LOADED_BY_A_BUILD].sort()).toEqual(["@11ty/eleventy", ...added].sort());
  });

  it("include nothing `npm run build` or the bench has loaded before its build starts, so the first build counts only its own loading", () => {
    const scripts = packagesImportedBy(["scripts/build.ts", "scripts/bench/measure-build.ts"], root);
    expect(LOADED_BY_A_BUILD.filter((name) => scripts.has(name))).toEqual([]);
  });
});
