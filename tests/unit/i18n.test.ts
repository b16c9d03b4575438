import { describe, expect, it } from "vitest";
import { formatDate, translator } from "../../src/site/i18n.ts";

const LOCALES = { en: "en-GB", nl: "nl-NL" } as const;

describe("dates and interface strings", () => {
  it("writes every month of a long date as Intl does for en-GB and nl-NL, day month year", () => {
    for (const [lang, locale] of Object.entries(LOCALES) as [keyof typeof LOCALES, string][]) {
      const intl = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 9, 28]) {
          for (const year of [2001, 2026]) {
            const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
            expect(formatDate(lang, iso), iso).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
          }
        }
      }
    }
  });

  it("fills every placeholder of an interface string, and returns one without placeholders as it is", () => {
    const t = translator({ "a.count": { en: "{count} of {count} for {name}", nl: "{count} van {count} voor {name}" }, plain: { en: "Plain", nl: "Gewoon" } }, "nl");
    expect(t("a.count", { count: 2, name: "IT" })).toBe("2 van 2 voor IT");
    expect(t("plain")).toBe("Gewoon");
  });

  it("stops on an interface string that does not exist, naming it", () => {
    const t = translator({}, "en");
    expect(() => t("missing.key")).toThrow("_data/ui/: the interface string `missing.key` is missing");
  });
});
