import { z } from "zod";
import { text } from "./common.ts";

/** Front matter of a fixed page of the site (`_data/pages/{page}.{lang}.md`), such as About. */
export const sitePageSchema = z.strictObject({
  /** The page heading and title. */
  title: text(3, 90),
  /** One sentence for search engines and link previews. */
  description: text(20, 300),
});
export type SitePageFront = z.infer<typeof sitePageSchema>;
