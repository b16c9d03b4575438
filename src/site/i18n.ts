import type { Lang } from "../schemas/common.ts";
import type { UiStrings } from "../schemas/taxonomy.ts";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** A lookup for one language. A missing key stops the build: a blank label is a bug, not a fallback. */
export function translator(ui: UiStrings, lang: Lang): Translate {
  return (key, vars) => {
    const entry = ui[key];
    if (!entry) throw new Error(`_data/ui/: the interface string \`${key}\` is missing`);
    let text = entry[lang];
    // Most strings have no placeholders: no entries array for them, on every page.
    if (vars === undefined) return text;
    for (const [name, value] of Object.entries(vars)) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}

/** Month names as en-GB and nl-NL write them in a long date (tests/unit/i18n.test.ts holds them to Intl's). */
const MONTHS: Record<Lang, readonly string[]> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
};

/**
 * "2 November 2026" / "2 november 2026": the two languages write a long date the same way, day
 * month year. Built from the ISO date's own digits, so it never shifts a day with a time zone.
 * Not through Intl: its first date format costs every build about 10 ms, and lists show the
 * same dates thousands of times.
 */
export function formatDate(lang: Lang, isoDate: string): string {
  const [year, month, day] = isoDate.split("-");
  return `${Number(day)} ${MONTHS[lang][Number(month) - 1]} ${Number(year)}`;
}

export function otherLang(lang: Lang): Lang {
  return lang === "en" ? "nl" : "en";
}
