import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

/** axe-core's own bundle, evaluated in the page (through CDP, so the page's CSP does not apply to it). */
export const AXE_SOURCE = fs.readFileSync(path.resolve(import.meta.dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");

/** WCAG 2.0 to 2.2, levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** The violations inside `include` (a CSS selector), as "rule: targets". */
export async function axeViolations(page: Page, include: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run({ include: [include] }, { runOnly: tags });
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    },
    { include, tags: AXE_TAGS },
  );
}
