import { z } from "zod";
import { idSchema, isoDateSchema, sourceSchema, text } from "./common.ts";

export const ARTICLE_KINDS = ["guide", "tip", "interview", "story"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** The fictional person in an illustrative interview. */
export const personSchema = z.strictObject({
  /** An invented name. */
  name: text(2, 80),
  /** Their job title. */
  role: text(2, 80),
  /** The kind of organisation: never a real one. */
  organisation: text(3, 120),
});

/** The YAML front matter of an article. */
export const articleFrontMatterSchema = z
  .strictObject({
    /** Same as the file name, and the same in every language: translations share it. */
    id: idSchema,
    /** The page heading. */
    title: text(10, 90),
    /** One or two sentences for lists, search results and link previews. */
    summary: text(40, 300),
    /** guide, tip, interview or story. */
    kind: z.enum(ARTICLE_KINDS, { error: `must be one of: ${ARTICLE_KINDS.join(", ")}` }),
    /** Who it is for: ids from `_data/audiences.yaml`. */
    audiences: z.array(idSchema).min(1, "needs at least one audience"),
    /** The theme id from `_data/themes.yaml`. */
    theme: idSchema,
    /** Publication date, quoted: "2026-11-02". */
    date: isoDateSchema,
    /** The evidence behind every figure in the text. */
    sources: z.array(sourceSchema).default([]),
    /** Ids of pairs this article relates to (for a story: the pairs it illustrates). */
    pairs: z.array(idSchema).default([]),
    /** Only for interviews: the fictional person. */
    person: personSchema.optional(),
  })
  .superRefine((data, ctx) => {
    if (data.kind === "interview" && !data.person) {
      ctx.addIssue({ code: "custom", path: ["person"], message: "is required for an interview: name, role and organisation of the fictional person" });
    }
    if (data.kind !== "interview" && data.person) {
      ctx.addIssue({ code: "custom", path: ["person"], message: "is only for interviews" });
    }
    if (data.kind !== "story" && data.sources.length === 0) {
      ctx.addIssue({ code: "custom", path: ["sources"], message: `needs at least one source for a ${data.kind}` });
    }
  });
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

/** Body length in words per kind: long enough to be useful, short enough to be read. */
export const WORD_LIMITS: Record<ArticleKind, { min: number; max: number }> = {
  guide: { min: 600, max: 1500 },
  tip: { min: 600, max: 1500 },
  interview: { min: 600, max: 1500 },
  story: { min: 120, max: 400 },
};
