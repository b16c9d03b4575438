import { z } from "zod";

/** The languages every text is written in. Adding one means adding it here and to `_data/languages.yaml`. */
export const LANGS = ["en", "nl"] as const;
export type Lang = (typeof LANGS)[number];

/** Lowercase words joined by dashes: safe in URLs, file names and HTML ids. */
export const idSchema = z
  .string({ error: "must be a text such as `my-example-id`" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters and digits joined by dashes, such as `unreachable-desk`");

/** A trimmed, non-empty text between `min` and `max` characters. */
export function text(min: number, max: number) {
  return z
    .string({ error: "must be a text" })
    .trim()
    .min(min, `is too short: write at least ${min} characters`)
    .max(max, `is too long: keep it under ${max} characters`);
}

/** An absolute http(s) URL. */
export const urlSchema = z
  .string({ error: "must be a URL" })
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:";
    } catch {
      return false;
    }
  }, "must be an absolute http(s) URL, such as `https://example.org/page`");

/** Evidence for a figure or claim. */
export const sourceSchema = z.strictObject({
  /** What the source is, as a reader would recognise it: publisher and title. */
  title: text(3, 200),
  /** Where to read it. */
  url: urlSchema,
});
export type Source = z.infer<typeof sourceSchema>;

/** One text per language, each required. */
export function perLang<T extends z.ZodType>(schema: T) {
  return z.strictObject({ en: schema, nl: schema });
}

/** A calendar date written as `YYYY-MM-DD`. YAML 1.2 keeps it a string, so it never shifts time zone. */
export const isoDateSchema = z
  .string({ error: 'must be a quoted date such as "2026-11-02"' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as "YYYY-MM-DD"')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), "is not a real calendar date");
