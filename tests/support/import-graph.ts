import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The packages a module loads through its static imports, followed through the project's own
 * files. `import type` and `export type` load nothing and are left out; an import of types only
 * in braces still loads its module (verbatimModuleSyntax keeps it), so it counts.
 */
export function packagesImportedBy(entries: string[], root: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const subpathImports = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { imports?: Record<string, string> }).imports ?? {};
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
    for (const statement of source.statements) {
      const specifier = loadedSpecifier(statement);
      if (!specifier || specifier.startsWith("node:")) continue;
      if (specifier.startsWith(".")) visit(path.resolve(path.dirname(file), specifier));
      else if (specifier.startsWith("#")) visit(path.join(root, subpathImports[specifier] ?? `${specifier} (not in package.json "imports")`));
      else packages.add(packageName(specifier));
    }
  };
  for (const entry of entries) visit(path.resolve(root, entry));
  return packages;
}

function loadedSpecifier(statement: ts.Statement): string | undefined {
  if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly && ts.isStringLiteral(statement.moduleSpecifier)) return statement.moduleSpecifier.text;
  if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) return statement.moduleSpecifier.text;
  return undefined;
}

/** "@11ty/eleventy/src/x.js" -> "@11ty/eleventy"; "zod/v4" -> "zod". */
export function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}
