import { z } from "zod";
import { idSchema, perLang, text } from "./common.ts";

/** The `contentPackage` field of a content package's `package.json`. */
export const manifestSchema = z.strictObject({
  /** The package's name as readers see it, per language. */
  title: perLang(text(3, 80)),
  /** What the package covers, per language (shown on the packages page). */
  summary: perLang(text(20, 400)),
  /** Position among packages; lower comes first. */
  order: z.number({ error: "must be a number" }).int("must be a whole number").nonnegative("must be 0 or more"),
  /** Article ids allowed to exist in one language only; every other article needs both. */
  untranslated: z.array(idSchema).default([]),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** The parts of `package.json` the site reads. */
export const packageJsonSchema = z.object({
  /** The npm package name; shown on the packages page and in search filters. */
  name: z.string({ error: "is required: the npm package name" }).regex(/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/, "must be a valid npm package name"),
  /** A semver version. */
  version: z.string({ error: "is required, such as `1.0.0`" }).regex(/^\d+\.\d+\.\d+(?:[-+].*)?$/, "must be a semver version such as `1.0.0`"),
  /** The licence of the texts, as an SPDX identifier. */
  license: z.string({ error: "is required: the licence of the texts, such as `CC-BY-4.0`" }).min(2),
  description: z.string().optional(),
  /** The manifest that makes this npm package a content package. */
  contentPackage: manifestSchema,
  /** Content packages hold data only: lifecycle scripts would run code at install time. */
  scripts: z
    .record(z.string(), z.string())
    .optional()
    .refine((scripts) => !scripts || !["preinstall", "install", "postinstall", "prepare"].some((name) => name in scripts), "must not define install scripts: a content package holds data only"),
});
export type PackageJson = z.infer<typeof packageJsonSchema>;
