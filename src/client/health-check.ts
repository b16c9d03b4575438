/**
 * The health check page. The fragment decides what it shows (see health-check/route.ts):
 * your own questionnaire and result, one shared result read-only, or a comparison. Everything
 * happens in this browser; no answer is ever sent anywhere.
 */
import { comparisonView } from "./health-check/comparison-view.ts";
import { compareForm } from "./health-check/compare-form.ts";
import { readCatalog } from "./health-check/dom-catalog.ts";
import { all, fillList, must } from "./health-check/dom.ts";
import { decodeResult, encodeResult } from "./health-check/encoding.ts";
import { problemText } from "./health-check/problems.ts";
import { questionnaire } from "./health-check/questionnaire.ts";
import { resultsView, type PageInfo } from "./health-check/results-view.ts";
import { compareFragment, parseRoute, resultFragment, type Route } from "./health-check/route.ts";
import { scoreResult } from "./health-check/scoring.ts";
import { fill, parseClientStrings } from "./health-check/strings.ts";
import type { HcResult } from "./health-check/types.ts";

const root = document.querySelector<HTMLElement>("[data-hc]");
if (root) start(root);

function start(root: HTMLElement): void {
  const strings = parseClientStrings(root.dataset.hcStrings);
  const catalog = readCatalog(root);
  const info: PageInfo = { catalog, strings, heading: root.dataset.hcHeading ?? "", siteName: root.dataset.hcSite ?? "" };
  const prefix = document.body.dataset.prefix ?? "/";

  const results = resultsView(root, info);
  const form = questionnaire(root, catalog, strings, prefix, () => results.title.focus());
  const comparison = comparisonView(root, info);
  const errorBox = must(root, "[data-hc-error]");
  const errorTitle = must(errorBox, "[data-hc-error-title]");
  const errorList = must(errorBox, "[data-hc-error-list]");
  const compareWithMine = must<HTMLButtonElement>(root, "[data-hc-compare-with-mine]");

  const pageUrl = () => location.href.split("#")[0]!;
  const ownResult = (): HcResult => ({ label: form.state().label, answers: form.state().answers });
  const hasOwnScore = () => scoreResult(catalog, form.state().answers).overall.score !== null;
  /** In a comparison an unnamed result of your own is called "My answers", not "Result 3". */
  const ownCode = () => encodeResult({ ...ownResult(), label: form.state().label || strings.mine });
  const goTo = (fragment: string) => {
    location.hash = fragment;
  };
  const compare = compareForm(root, catalog, strings, ownCode, (codes) => goTo(compareFragment(codes)));

  must(root, "[data-hc-nojs]").hidden = true;
  for (const button of all(root, "[data-hc-print]")) button.addEventListener("click", () => window.print());

  type Mode = "own" | "shared" | "compare" | "error";
  // Unset until the first view is drawn, so that the first route always draws one.
  let mode: Mode | undefined;
  let sharedCode = "";

  function layout(next: Mode): void {
    mode = next;
    form.show(next === "own");
    results.section.hidden = next !== "own" && next !== "shared";
    compare.section.hidden = next !== "own" && next !== "compare";
    comparison.section.hidden = next !== "compare";
    errorBox.hidden = next !== "error";
    compare.setOwnAvailable(hasOwnScore());
    // Print shows the report when there is one, and otherwise the questionnaire as a paper form.
    root.toggleAttribute("data-hc-has-result", next !== "own" || hasOwnScore());
  }

  function showOwn(): void {
    layout("own");
    const result = ownResult();
    const code = encodeResult(result);
    results.render(result, { kind: "own", shareUrl: `${pageUrl()}${resultFragment(code)}` });
  }

  function showError(messages: string[]): HTMLElement {
    layout("error");
    fillList(errorList, messages);
    return errorTitle;
  }

  /** Shows a route; returns the heading to move focus to, if the view changed. */
  function show(route: Route): HTMLElement | undefined {
    switch (route.kind) {
      case "anchor":
        // An in-page link (skip link, "see your result"): your own view stays as it is.
        if (mode !== "own") showOwn();
        return undefined;
      case "questionnaire":
        showOwn();
        return undefined;
      case "result": {
        const decoded = decodeResult(route.code, catalog);
        if (!decoded.ok) return showError([problemText(strings, decoded.problem)]);
        if (scoreResult(catalog, decoded.result.answers).overall.score === null) {
          return showError([problemText(strings, "empty"), ...(decoded.unknown > 0 ? [fill(strings.unknownPairs, { count: decoded.unknown })] : [])]);
        }
        layout("shared");
        sharedCode = route.code;
        const warnings = [
          ...(decoded.unknown > 0 ? [fill(strings.unknownPairs, { count: decoded.unknown })] : []),
          ...(decoded.missing > 0 ? [fill(strings.missingPairs, { count: decoded.missing })] : []),
        ];
        results.render(decoded.result, { kind: "shared", warnings });
        compareWithMine.hidden = !hasOwnScore();
        return results.title;
      }
      case "compare": {
        const read = route.codes.map((code) => ({ code, decoded: decodeResult(code, catalog) }));
        const problems: string[] = [];
        const warnings: string[] = [];
        const valid: HcResult[] = [];
        read.forEach(({ decoded }, index) => {
          const position = index + 1;
          if (!decoded.ok) problems.push(fill(strings.compareLinkError, { position, problem: problemText(strings, decoded.problem) }));
          else {
            valid.push(decoded.result);
            if (decoded.unknown > 0) warnings.push(fill(strings.compareLinkError, { position, problem: fill(strings.unknownPairs, { count: decoded.unknown }) }));
          }
        });
        if (valid.length < 2) return showError([...problems, strings.compareNeedTwo]);
        layout("compare");
        compare.prefill(read.map(({ code }) => `${pageUrl()}${resultFragment(code)}`));
        comparison.render(valid, [...problems, ...warnings], location.href);
        return comparison.title;
      }
    }
  }

  compareWithMine.addEventListener("click", () => goTo(compareFragment([sharedCode, ownCode()])));
  form.onChange(() => {
    if (mode === "own") showOwn();
    else compare.setOwnAvailable(hasOwnScore());
  });
  window.addEventListener("hashchange", () => show(parseRoute(location.hash))?.focus());
  // On arrival from a shared link, focus goes to what the link shows, so it is announced first.
  show(parseRoute(location.hash))?.focus();
}
