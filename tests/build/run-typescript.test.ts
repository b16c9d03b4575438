import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "tests/fixtures/run-typescript");
const bundles = path.join(root, "node_modules/.cache/ilmitd-bundles");

/** Runs a script through the launcher, as `npm run build` runs scripts/build.ts, and parses the JSON it prints last. */
function launch<T>(script: string, args: string[] = []): T {
  const output = execFileSync(process.execPath, [path.join(root, "scripts/run-typescript.js"), script, ...args], { cwd: root, encoding: "utf8" });
  return JSON.parse(output.trim().split("\n").at(-1)!) as T;
}

interface Report {
  script: string;
  args: string[];
  dirname: string;
  greeting: string;
  runningFrom: string;
  typescriptImport: string;
}

describe("scripts/run-typescript.js", () => {
  it("runs a TypeScript script with its own arguments and file location, from one bundle of it and its imports, with no TypeScript loader", () => {
    const report = launch<Report>(path.join(fixtures, "echo.ts"), ["one", "--two", "3"]);
    expect(report).toMatchObject({ script: path.join(fixtures, "echo.ts"), args: ["one", "--two", "3"], dirname: fixtures, greeting: "hello" });
    expect(path.dirname(report.runningFrom)).toBe(bundles);
    // Node 20 without a loader refuses a .ts file: nothing registered one.
    expect(report.typescriptImport).toBe("ERR_UNKNOWN_FILE_EXTENSION");
  });

  describe("with a script that changes", () => {
    let work: string;
    afterEach(() => {
      fs.rmSync(work, { recursive: true, force: true });
      // The launcher named this script's bundles and record after its folder, which no other run shares.
      for (const file of fs.readdirSync(bundles)) if (file.includes(path.basename(work))) fs.rmSync(path.join(bundles, file));
    });

    it("runs the same bundle while the script's files are unchanged, and bundles again when an import changed", () => {
      work = fs.mkdtempSync(path.join(os.tmpdir(), "ilmitd-launch-"));
      const script = path.join(work, "echo.ts");
      const greeting = path.join(work, "greeting.ts");
      fs.copyFileSync(path.join(fixtures, "echo.ts"), script);
      fs.copyFileSync(path.join(fixtures, "greeting.ts"), greeting);

      const first = launch<Report>(script);
      expect(launch<Report>(script).runningFrom).toBe(first.runningFrom);
      // The same size and the same modification time: only the text tells the edit apart.
      const { atime, mtime } = fs.statSync(greeting);
      fs.writeFileSync(greeting, fs.readFileSync(greeting, "utf8").replace('"hello"', '"HELLO"'));
      fs.utimesSync(greeting, atime, mtime);
      const edited = launch<Report>(script);
      expect(edited.greeting).toBe("HELLO");
      expect(edited.runningFrom).not.toBe(first.runningFrom);
    }, 30_000);
  });
});
