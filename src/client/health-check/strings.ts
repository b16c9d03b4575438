/**
 * The interface strings the browser code needs, as `healthCheck.<key>` in
 * _data/ui/health-check.yaml. The page puts them, in its language, into one data attribute; a
 * shared list keeps the page and the client in step (a key missing from the YAML stops the build).
 */
export const CLIENT_STRINGS = [
  "progress",
  "themeProgress",
  "resetDone",
  "answer0",
  "answer1",
  "answer2",
  "answer3",
  "answer4",
  "answer5",
  "notAnswered",
  "resultTitle",
  "resultTitleNamed",
  "overall",
  "overallDetail",
  "bandHate",
  "bandMixed",
  "bandLove",
  "chartTitle",
  "noThemeAnswers",
  "tableCaption",
  "colTheme",
  "colScore",
  "colBand",
  "colAnswered",
  "colGap",
  "overallRow",
  "answeredOf",
  "adviceTitle",
  "adviceNone",
  "adviceTheme",
  "adviceExamples",
  "adviceArticles",
  "adviceAnswer",
  "adviceThemeLink",
  "copied",
  "copyFailed",
  "fileName",
  "csvTheme",
  "csvExampleId",
  "csvExample",
  "csvAnswer",
  "csvMeaning",
  "csvScore",
  "csvLink",
  "mdAnswers",
  "mdMade",
  "sharedTitle",
  "sharedTitleNamed",
  "unknownPairs",
  "missingPairs",
  "errorNotResult",
  "errorNewerVersion",
  "errorDamaged",
  "errorMalformed",
  "errorEmpty",
  "compareNeedTwo",
  "compareTooMany",
  "compareLinkError",
  "comparisonNoGaps",
  "comparisonGapLine",
  "comparisonNoPairs",
  "resultN",
  "mine",
] as const;

export type ClientStringKey = (typeof CLIENT_STRINGS)[number];
export type ClientStrings = Record<ClientStringKey, string>;

/** Fills `{name}` placeholders, as the build's translator does. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Reads the strings the page wrote; a missing one is a build bug, so it fails loudly. */
export function parseClientStrings(json: string | undefined): ClientStrings {
  const parsed: unknown = JSON.parse(json ?? "{}");
  if (typeof parsed !== "object" || parsed === null) throw new Error("health check: no interface strings on the page");
  const record = parsed as Record<string, unknown>;
  for (const key of CLIENT_STRINGS) {
    if (typeof record[key] !== "string") throw new Error(`health check: the interface string ${key} is missing`);
  }
  return record as ClientStrings;
}
