import { z } from "zod";
import { idSchema, sourceSchema, text } from "./common.ts";

/** The texts of a pair in one language. Texts may use inline Markdown; raw HTML shows as text. */
export const pairTextSchema = z.strictObject({
  /** A short name for the situation. */
  title: text(10, 90),
  /** What goes wrong, told from the user's side. */
  hate: text(80, 900),
  /** The good practice that replaces it. */
  love: text(80, 900),
  /** Why the difference matters. */
  why: text(80, 900),
  /** How a team gets from hate to love: one action per step. */
  steps: z.array(text(20, 300), { error: "must be a list of steps" }).min(3, "needs at least 3 steps").max(8, "has too many steps: keep it to 8"),
});
export type PairText = z.infer<typeof pairTextSchema>;

/** One entry of `pairs.yaml`: a "hate" situation and its "love" counterpart. */
export const pairSchema = z.strictObject({
  /** Stable and unique across the site; used in URLs (`/en/examples/{id}/`). Never change it once published. */
  id: idSchema,
  /** The theme id from `_data/themes.yaml`. */
  theme: idSchema,
  /** Who it concerns: ids from `_data/audiences.yaml`. */
  audiences: z.array(idSchema, { error: "must be a list of audience ids" }).min(1, "needs at least one audience"),
  en: pairTextSchema,
  nl: pairTextSchema,
  /** The evidence behind every figure in the texts. */
  sources: z.array(sourceSchema, { error: "must be a list of sources" }).min(1, "needs at least one source"),
  /** Ids of articles that go deeper. */
  related: z.array(idSchema).default([]),
});
export type PairData = z.infer<typeof pairSchema>;
