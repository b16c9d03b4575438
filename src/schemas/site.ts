import { z } from "zod";
import { perLang, text, urlSchema } from "./common.ts";

/** Site-wide settings (`_data/site.yaml`). */
export const siteSchema = z.strictObject({
  /** The site's name, per language. */
  title: perLang(text(3, 60)),
  /** One sentence for search engines and link previews, per language. */
  description: perLang(text(20, 200)),
  /** The public origin, used for canonical links, feeds and the sitemap (no path prefix: that comes from the build). */
  url: urlSchema,
  /** Installed npm packages to add as content packages, besides the workspaces under `content/`. */
  packages: z.array(z.string().regex(/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/, "must be an npm package name")).default([]),
  /** Where readers send their own stories: a mailto: or https: link. */
  contribute: z.strictObject({
    /** The address that a prepared e-mail goes to. */
    email: z.email("must be an e-mail address"),
    /** The repository where a story can be proposed as a pull request. */
    repository: urlSchema,
  }),
});
export type SiteConfig = z.infer<typeof siteSchema>;
