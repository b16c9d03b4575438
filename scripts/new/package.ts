import fs from "node:fs";
import path from "node:path";
import { relativeFile } from "../../src/content/problems.ts";
import { idSchema } from "../../src/schemas/common.ts";
import type { NewArgs } from "./args.ts";
import { freeId, pickTheme } from "./choices.ts";
import { UsageError } from "./errors.ts";
import { appendPair } from "./pair.ts";
import type { PackageInfo, Project } from "./project.ts";
import type { Report } from "./report.ts";
import { template } from "./templates.ts";

const SCOPE = /^@?[a-z0-9-~][a-z0-9-._~]*$/;

/** `package NAME [--scope @ilmitd]`: a new workspace package with a manifest, a README and one starter pair. */
export function newPackage(project: Project, args: NewArgs): Report {
  const name = args.name;
  if (name === undefined || name === "") throw new UsageError("`package` needs a name: `npm run new -- package NAME`, such as `npm run new -- package onboarding`");
  const valid = idSchema.safeParse(name);
  if (!valid.success) throw new UsageError(`package name \`${name}\` ${valid.error.issues[0]?.message ?? "is not valid"}`);
  const scope = args.scope ?? "@ilmitd";
  if (!SCOPE.test(scope)) throw new UsageError(`--scope \`${scope}\` is not an npm scope: use lowercase letters, digits and dashes, such as @ilmitd`);
  const npmName = `${scope.startsWith("@") ? scope : `@${scope}`}/${name}`;
  const dir = path.join(project.contentDir, name);
  const folder = relativeFile(project.root, dir);
  if (fs.existsSync(dir)) throw new UsageError(`package \`${name}\` already exists: ${folder}/ is there; add to it with \`npm run new -- pair --package ${name}\``);
  const sameName = project.packages.find((pkg) => pkg.npmName === npmName);
  if (sameName) throw new UsageError(`the npm name ${npmName} is already used by ${relativeFile(project.root, sameName.dir)}/package.json: choose another NAME or --scope`);
  const theme = pickTheme(project, undefined, args.theme);
  const order = Math.max(0, ...project.packages.map((pkg) => pkg.order ?? 0)) + 1;

  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(packageJson(npmName, name, order), null, 2)}\n`, { flag: "wx" });
  fs.writeFileSync(path.join(dir, "README.md"), template("package-README.md", { npmName, name }), { flag: "wx" });
  const pkg: PackageInfo = { folder: name, dir, npmName, order, origin: "workspace", pairThemes: [] };
  const pairId = freeId(project, `${name}-draft-pair`);
  const pairsFile = appendPair(project, pkg, pairId, theme);
  return {
    headline: `Created the content package ${npmName} in ${folder}/:`,
    files: [
      { file: `${folder}/package.json`, note: "the manifest: replace the draft title and summary in en and nl" },
      { file: pairsFile, note: `one starter pair, \`${pairId}\` (theme \`${theme}\`): rename its id and write its texts` },
      { file: `${folder}/README.md`, note: "notes for contributors; never shown on the site" },
    ],
    next: [
      "Run `npm install` once, so that package-lock.json lists the new workspace (`npm ci` on a build server refuses an out-of-date lock file).",
      `Add more with \`npm run new -- pair --package ${name}\` and \`npm run new -- article --package ${name} --lang en\`.`,
    ],
  };
}

/** Passes the manifest schema as it is, and says "Draft" wherever the author still has to write. */
function packageJson(npmName: string, name: string, order: number) {
  const words = name.replace(/-/g, " ");
  const title = words.charAt(0).toUpperCase() + words.slice(1);
  return {
    name: npmName,
    version: "1.0.0",
    description: `Draft: pairs and articles about ${words}.`,
    license: "CC-BY-4.0",
    private: true,
    // What `npm pack` and `npm publish` include, should the package ever be shared outside this repository.
    files: ["pairs.yaml", "articles", "README.md"],
    contentPackage: {
      title: { en: `Draft: ${title}`, nl: `Concept: ${title}` },
      summary: {
        en: "Draft: one or two sentences on what this package covers and who it is for, as the packages page will show them.",
        nl: "Concept: een of twee zinnen over wat dit pakket behandelt en voor wie het is, zoals de pakkettenpagina ze laat zien.",
      },
      order,
      untranslated: [],
    },
  };
}
