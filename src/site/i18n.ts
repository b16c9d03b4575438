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

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();
/** Formatted dates by `lang:date`: lists show the same few hundred dates thousands of times, and Intl is slow. */
const formattedDates = new Map<string, string>();

/** "2 November 2026" / "2 november 2026", computed in UTC so it never shifts a day. */
export function formatDate(lang: Lang, isoDate: string): string {
  const key = `${lang}:${isoDate}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    let format = dateFormats.get(lang);
    if (!format) {
      format = new Intl.DateTimeFormat(lang === "nl" ? "nl-NL" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
      dateFormats.set(lang, format);
    }
    text = format.format(new Date(`${isoDate}T00:00:00Z`));
    formattedDates.set(key, text);
  }
  return text;
}

export function otherLang(lang: Lang): Lang {
  return lang === "en" ? "nl" : "en";
}
