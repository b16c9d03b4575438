import path from "node:path";
import * as pagefind from "pagefind";

/**
 * Indexes the built pages with Pagefind's Node API after every build, `npm start` included, so
 * that search works wherever the site does. Pagefind splits the index per `<html lang>`.
 */
export async function buildSearchIndex(outputDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
