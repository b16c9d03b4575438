import type { Lang } from "../schemas/common.ts";
import type { UiStrings } from "../schemas/taxonomy.ts";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A lookup for one language. A missing key stops the build: a blank label is a bug, not a fallback. */
export function translator(ui: UiStrings, lang: Lang): Translate {
  return (key, vars) => {
    const entry = ui[key];
    if (!entry) throw new Error(`_data/ui/: the interface string \`${key}\` is missing`);
    let text = entry[lang];
    for (const [name, value] of Object.entries(vars ?? {})) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}

/**
 * Formatted dates per language, by ISO date: lists show the same few hundred dates thousands of
 * times, and Intl is slow. Keyed by the date string itself, which keeps its hash, rather than by
 * a new `lang:date` string per call.
 */
const formattedDates: Record<Lang, Map<string, string>> = { en: new Map(), nl: new Map() };
const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  nl: new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
};

/** "2 November 2026" / "2 november 2026", computed in UTC so it never shifts a day. */
export function formatDate(lang: Lang, isoDate: string): string {
  const cache = formattedDates[lang];
  let text = cache.get(isoDate);
  if (text === undefined) {
    text = dateFormats[lang].format(new Date(`${isoDate}T00:00:00Z`));
    cache.set(isoDate, text);
  }
  return text;
}

export function otherLang(lang: Lang): Lang {
  return lang === "en" ? "nl" : "en";
}
