import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { LANGS, type Lang } from "../schemas/common.ts";
import type { ProblemList } from "./problems.ts";

export interface PackageLocation {
  dir: string;
  origin: "workspace" | "installed";
}

/**
 * Every folder under `content/` is a workspace package; installed npm packages are added by name
 * (from `_data/site.yaml`), resolved the way Node would from the project root.
 */
export function discoverPackages(root: string, contentDir: string, installed: string[], problems: ProblemList): PackageLocation[] {
  const locations: PackageLocation[] = [];
  if (fs.existsSync(contentDir)) {
    for (const entry of fs.readdirSync(contentDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && !entry.name.startsWith(".")) locations.push({ dir: path.join(contentDir, entry.name), origin: "workspace" });
    }
  }
  const require = createRequire(path.join(root, "package.json"));
  for (const name of installed) {
    try {
      locations.push({ dir: path.dirname(require.resolve(`${name}/package.json`)), origin: "installed" });
    } catch {
      problems.add({ file: "_data/site.yaml", field: "packages", message: `names \`${name}\`, which is not installed: run \`npm install ${name}\`` });
    }
  }
  return locations;
}

/** A package's article files, language by language, each language's in file name order. */
export function articleFiles(dir: string): { lang: Lang; absolute: string }[] {
  return LANGS.flatMap((lang) => {
    const langDir = path.join(dir, "articles", lang);
    // A file where the folder should be is reported by the package's layout check, not thrown here.
    if (!fs.statSync(langDir, { throwIfNoEntry: false })?.isDirectory()) return [];
    return fs
      .readdirSync(langDir)
      .filter((entry) => entry.endsWith(".md"))
      .sort()
      .map((name) => ({ lang, absolute: path.join(langDir, name) }));
  });
}
