import { z } from "zod";
import { idSchema, LANGS, perLang, text } from "./common.ts";

const themeText = z.strictObject({
  /** The theme's name as a heading. */
  title: text(3, 90),
  /** One or two sentences shown at the top of the theme page. */
  intro: text(40, 400),
});

/** A theme groups pairs and articles (`_data/themes.yaml`). */
export const themeSchema = z.strictObject({
  /** Used in URLs (`/en/themes/{id}/`) and referenced by pairs and articles. */
  id: idSchema,
  /** Position in lists; lower comes first. */
  order: z.number().int().nonnegative(),
  en: themeText,
  nl: themeText,
});
export const themesSchema = z.array(themeSchema).min(1, "must list at least one theme");
export type Theme = z.infer<typeof themeSchema>;

/** Who an item is for (`_data/audiences.yaml`). */
export const audienceSchema = z.strictObject({
  /** Used in URLs (`/en/for/{id}/`) and referenced by pairs and articles. */
  id: idSchema,
  en: themeText,
  nl: themeText,
});
export const audiencesSchema = z.array(audienceSchema).min(1, "must list at least one audience");
export type Audience = z.infer<typeof audienceSchema>;

/** A language of the site (`_data/languages.yaml`); the codes must match the ones the schemas know. */
export const languageSchema = z.strictObject({
  /** The code used in URLs and `<html lang>`. */
  code: z.enum(LANGS),
  /** The language's own name for itself, shown in the language switcher. */
  name: text(2, 40),
  /** The Open Graph locale, such as `nl_NL`. */
  locale: z.string().regex(/^[a-z]{2}_[A-Z]{2}$/, "must look like `en_GB`"),
});
export const languagesSchema = z
  .array(languageSchema)
  .refine((list) => LANGS.every((code) => list.some((language) => language.code === code)), `must list every language: ${LANGS.join(", ")}`);
export type Language = z.infer<typeof languageSchema>;

/** Interface strings (`_data/ui.yaml`): every key has a text in every language. */
export const uiStringsSchema = z.record(z.string().regex(/^[a-z][a-zA-Z0-9.]*$/, "keys are dotted camelCase names"), perLang(text(1, 400)));
export type UiStrings = z.infer<typeof uiStringsSchema>;
