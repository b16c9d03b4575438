/**
 * What a page module exports: Eleventy's data for it, and the function that renders it. `data`
 * may also be a function of the data cascade; Eleventy then calls it with its JavaScript
 * functions (filters, shortcodes) as `this`, not the module.
 */
export interface PageModule {
  data?: unknown;
  render(data: never): unknown;
}

/**
 * The page modules of the bundle this code was built into, by their path inside the pages folder
 * ("article.11ty.tsx"; see `pageName` in src/eleventy/tsx-templates.ts). A one-off build loads
 * the config and every page as one esbuild bundle (scripts/lib/site-bundle.ts), whose entry fills
 * this map; the template engine then takes each page from here instead of importing its file,
 * which would load a second copy of the page and everything it imports. Empty wherever the config
 * was loaded from the TypeScript itself (`npm start`, the tests' watch sessions): pages are then
 * imported from their files.
 */
export const bundledPages = new Map<string, PageModule>();
