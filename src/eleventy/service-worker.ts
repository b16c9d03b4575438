import type { BuildOptions } from "./options.ts";

/** Writes the service worker for the finished site; filled in by the offline feature. */
export async function writeServiceWorker(_outputDir: string, _options: BuildOptions): Promise<void> {}
