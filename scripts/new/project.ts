import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { discoverPackages } from "../../src/content/discover.ts";
import { ProblemList, relativeFile } from "../../src/content/problems.ts";
import { LANGS } from "../../src/schemas/common.ts";
import { UsageError } from "./errors.ts";

/** A content package as the scaffolder needs it: where it is and what it already holds. */
export interface PackageInfo {
  /** The folder name under content/ (or the installed package's folder). */
  folder: string;
  dir: string;
  /** The npm name from its package.json, when it can be read. */
  npmName: string | undefined;
  order: number | undefined;
  origin: "workspace" | "installed";
  /** Themes of its pairs, in file order. */
  pairThemes: string[];
}

/**
 * What exists in the project, read leniently: a half-edited file elsewhere must not stop an
 * author from scaffolding, so broken files are skipped here and left to `npm run check`.
 */
export interface Project {
  root: string;
  contentDir: string;
  themes: string[];
  audiences: string[];
  packages: PackageInfo[];
  /** Every pair and article id in the site, with the file that uses it. */
  usedIds: Map<string, string>;
}

export function readProject(root: string, contentDir: string): Project {
  const themes = idsOf(readYaml(path.join(root, "_data/themes.yaml")), "_data/themes.yaml");
  const audiences = idsOf(readYaml(path.join(root, "_data/audiences.yaml")), "_data/audiences.yaml");
  const site = readYaml(path.join(root, "_data/site.yaml"));
  const installed = isRecord(site) && Array.isArray(site.packages) ? site.packages.filter((name): name is string => typeof name === "string") : [];
  // Installed packages that cannot be resolved are `npm run check`'s business, not ours.
  const locations = discoverPackages(root, contentDir, installed, new ProblemList());
  const usedIds = new Map<string, string>();
  const packages = locations.map((location) => readPackage(root, location.dir, location.origin, usedIds));
  return { root, contentDir, themes, audiences, packages, usedIds };
}

function readPackage(root: string, dir: string, origin: PackageInfo["origin"], usedIds: Map<string, string>): PackageInfo {
  const json = readJson(path.join(dir, "package.json"));
  const manifest = isRecord(json) && isRecord(json.contentPackage) ? json.contentPackage : undefined;
  const pairsFile = path.join(dir, "pairs.yaml");
  const pairs = fs.existsSync(pairsFile) ? readYaml(pairsFile) : [];
  const pairThemes: string[] = [];
  for (const pair of Array.isArray(pairs) ? pairs : []) {
    if (!isRecord(pair)) continue;
    if (typeof pair.id === "string" && !usedIds.has(pair.id)) usedIds.set(pair.id, relativeFile(root, pairsFile));
    if (typeof pair.theme === "string") pairThemes.push(pair.theme);
  }
  for (const lang of LANGS) {
    const langDir = path.join(dir, "articles", lang);
    if (!fs.existsSync(langDir)) continue;
    for (const file of fs.readdirSync(langDir).filter((name) => name.endsWith(".md"))) {
      const id = file.slice(0, -3);
      if (!usedIds.has(id)) usedIds.set(id, relativeFile(root, path.join(langDir, file)));
    }
  }
  return {
    folder: path.basename(dir),
    dir,
    npmName: isRecord(json) && typeof json.name === "string" ? json.name : undefined,
    order: manifest && typeof manifest.order === "number" ? manifest.order : undefined,
    origin,
    pairThemes,
  };
}

/** The workspace package named by `--package`: its folder name or its npm name. */
export function findWorkspacePackage(project: Project, name: string | undefined, command: string): PackageInfo {
  const workspaces = project.packages.filter((pkg) => pkg.origin === "workspace");
  const choices = workspaces.map((pkg) => pkg.folder).join(", ") || "none yet: create one with `npm run new -- package NAME`";
  if (name === undefined || name === "") throw new UsageError(`\`${command}\` needs --package NAME: one of ${choices}`);
  const found = workspaces.find((pkg) => pkg.folder === name || pkg.npmName === name);
  if (found) return found;
  const installed = project.packages.find((pkg) => pkg.origin === "installed" && (pkg.folder === name || pkg.npmName === name));
  if (installed) throw new UsageError(`package \`${name}\` is installed from npm and is edited where it is published, not here; choose one of ${choices}`);
  throw new UsageError(`package \`${name}\` not found in ${relativeFile(project.root, project.contentDir)}/: choose one of ${choices}`);
}

/** `@ilmitd/onboarding (content/onboarding/)`, for messages. */
export function describePackage(project: Project, pkg: PackageInfo): string {
  const folder = `${relativeFile(project.root, pkg.dir)}/`;
  return pkg.npmName ? `${pkg.npmName} (${folder})` : folder;
}

function readYaml(file: string): unknown {
  try {
    return parse(fs.readFileSync(file, "utf8"), { version: "1.2", schema: "core" });
  } catch {
    return undefined;
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function idsOf(list: unknown, file: string): string[] {
  const ids = Array.isArray(list) ? list.filter(isRecord).map((item) => item.id).filter((id): id is string => typeof id === "string") : [];
  if (ids.length === 0) throw new UsageError(`cannot read the ids in ${file}: run \`npm run check\` to see what is wrong with it`);
  return ids;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
