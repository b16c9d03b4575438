import type { Pair } from "../content/types.ts";
import { RenderedHtml } from "../components/RenderedHtml.tsx";
import { SideLabel } from "../components/SideLabel.tsx";
import { Base } from "../layouts/Base.tsx";
import { findKeyCollisions } from "../client/health-check/encoding.ts";
import { CLIENT_STRINGS } from "../client/health-check/strings.ts";
import { ANSWER_VALUES } from "../client/health-check/types.ts";
import { pageContext, type PageContext } from "../site/context.ts";
import { otherLang } from "../site/i18n.ts";
import type { LangRoute } from "../site/model.ts";
import { paginate, type PageData } from "../site/page-data.ts";
import { paths } from "../site/paths.ts";

export const data = {
  pagination: paginate("langs"),
  permalink: (data: PageData<LangRoute>) => paths.healthCheck(data.route.lang),
};

/**
 * The health check. The whole questionnaire is server-rendered HTML that reads and works as a
 * form without JavaScript; everything the browser code needs (pair ids, themes, audiences,
 * related articles, interface strings) travels in data- attributes and templates, so nothing is
 * fetched and no inline script is needed (CSP). src/client/health-check.ts brings it to life.
 */
export function render({ site, route: { lang } }: PageData<LangRoute>) {
  const collisions = findKeyCollisions(site.pairs.map((pair) => pair.id));
  if (collisions.length > 0) {
    const list = collisions.map(([a, b]) => `\`${a}\` and \`${b}\``).join(", ");
    throw new Error(`health check: the pair ids ${list} share a share-link key; give one of each a different id before it is published`);
  }
  const ctx = pageContext(site, lang, paths.healthCheck(lang));
  const { t, href } = ctx;
  const strings = Object.fromEntries(CLIENT_STRINGS.map((key) => [key, t(`healthCheck.${key}`)]));
  const themes = site.catalog.themes.filter((theme) => site.pairsOfTheme(theme.id).length > 0);
  return (
    <Base ctx={ctx} title={t("healthCheck.title")} description={t("home.healthCheck")} alternate={paths.healthCheck(otherLang(lang))} scripts={["health-check"]}>
      <header class="page-header">
        <h1>{t("healthCheck.title")}</h1>
        <p class="lead">{t("home.healthCheck")}</p>
        <p>{t("healthCheck.intro")}</p>
        <p>{t("healthCheck.privacy")}</p>
      </header>
      <div class="hc" data-hc data-hc-strings={JSON.stringify(strings)} data-hc-site={site.catalog.site.title[lang]} data-hc-heading={t("healthCheck.title")}>
        <div class="notice hc-nojs" data-hc-nojs>
          <p>{t("healthCheck.noScript")}</p>
        </div>

        <div class="notice hc-error" data-hc-error hidden>
          <h2 tabindex={-1} data-hc-error-title>{t("healthCheck.errorTitle")}</h2>
          <ul data-hc-error-list></ul>
          <p>
            <a class="button button--primary" href={href(paths.healthCheck(lang))}>
              {t("healthCheck.takeItYourself")}
            </a>
          </p>
        </div>

        <Toolbar ctx={ctx} total={site.pairs.length} />

        <form class="hc-form" data-hc-form aria-label={t("healthCheck.formLabel")}>
          {themes.map((theme) => (
            <section class="hc-theme" id={`hc-theme-${theme.id}`} data-hc-theme={theme.id} data-href={href(paths.theme(lang, theme.id))} aria-labelledby={`hc-theme-title-${theme.id}`}>
              <h2 class="hc-theme__title" id={`hc-theme-title-${theme.id}`}>
                {theme[lang].title}
              </h2>
              <p class="hc-theme__progress" data-hc-theme-progress hidden></p>
              {site.pairsOfTheme(theme.id).map((pair) => (
                <Question ctx={ctx} pair={pair} />
              ))}
            </section>
          ))}
          {/* The questionnaire's end: a way on to the result, for keyboard users above all. Without JavaScript there is no result to go to. */}
          <p class="hc-form__end" data-hc-form-end hidden>
            <button type="submit" class="button--primary">
              {t("healthCheck.seeResult")}
            </button>
          </p>
        </form>

        <Results ctx={ctx} />
        <Comparison ctx={ctx} />
        <CompareForm ctx={ctx} />
      </div>
    </Base>
  );
}

/** Audience filter, progress and "start over": only useful with JavaScript, so hidden until it runs. */
function Toolbar({ ctx, total }: { ctx: PageContext; total: number }) {
  const { t, lang, site } = ctx;
  return (
    <div class="hc-toolbar" data-hc-toolbar hidden>
      <div class="hc-toolbar__field">
        <label for="hc-audience">{t("healthCheck.audience")}</label>
        <select id="hc-audience" data-hc-audience>
          <option value="">{t("healthCheck.allAudiences")}</option>
          {site.catalog.audiences.map((audience) => (
            <option value={audience.id}>{audience[lang].title}</option>
          ))}
        </select>
      </div>
      <div class="hc-toolbar__progress">
        <label for="hc-progress">{t("healthCheck.progressLabel")}</label>
        <progress id="hc-progress" max={total} value={0} data-hc-progress-bar aria-describedby="hc-progress-text"></progress>
        <p id="hc-progress-text" class="hc-toolbar__status" role="status" data-hc-progress-text></p>
      </div>
      <div class="hc-toolbar__actions actions">
        <a class="button" href="#hc-results" data-hc-see-result>
          {t("healthCheck.seeResult")}
        </a>
        <button type="button" data-hc-reset>
          {t("healthCheck.startOver")}
        </button>
      </div>
      <div class="hc-confirm" role="group" aria-labelledby="hc-confirm-text" data-hc-reset-confirm hidden>
        <p id="hc-confirm-text">{t("healthCheck.confirmStartOver")}</p>
        <p class="actions">
          <button type="button" class="button--danger" data-hc-reset-yes>
            {t("healthCheck.confirmYes")}
          </button>
          <button type="button" data-hc-reset-no>
            {t("healthCheck.confirmNo")}
          </button>
        </p>
      </div>
      <p class="visually-hidden" role="status" data-hc-reset-status></p>
    </div>
  );
}

/**
 * One pair as a question: its title as the legend, both texts as the group's description, and
 * the scale from hate (1) to love (5) plus skip. The related articles ride along in a template
 * for the result's advice; a template is inert, so they add no links to the questionnaire.
 */
function Question({ ctx, pair }: { ctx: PageContext; pair: Pair }) {
  const { t, lang, href, site } = ctx;
  const html = pair.html[lang];
  const id = `hc-pair-${pair.id}`;
  return (
    <fieldset class="hc-pair" id={id} data-hc-pair={pair.id} data-theme={pair.theme} data-audiences={pair.audiences.join(" ")} data-href={href(paths.pair(lang, pair.id))} aria-describedby={`${id}-hate ${id}-love`}>
      <legend class="hc-pair__title">
        <RenderedHtml as="span" html={html.title} />
      </legend>
      <div class="sides hc-pair__sides">
        {(["hate", "love"] as const).map((side) => (
          <div class={`side side--${side}`} id={`${id}-${side}`}>
            <p class="side__heading">
              <SideLabel ctx={ctx} side={side} />
            </p>
            <RenderedHtml as="p" html={html[side]} />
          </div>
        ))}
      </div>
      <p class="hc-scale__label" aria-hidden="true">
        {t("healthCheck.scaleLabel")}
      </p>
      <div class="hc-scale">
        {ANSWER_VALUES.map((value) => (
          <label class={`hc-option hc-option--${value}`}>
            <input type="radio" name={`hc-${pair.id}`} value={String(value)} />
            <span class="hc-option__text">
              {value > 0 && (
                <span class="hc-option__number" aria-hidden="true">
                  {value}
                </span>
              )}
              {t(`healthCheck.answer${value}`)}
            </span>
          </label>
        ))}
      </div>
      <template data-hc-articles>
        {site.relatedArticles(lang, pair).map((article) => (
          <a href={href(paths.article(lang, article.id))}>{article.front.title}</a>
        ))}
      </template>
    </fieldset>
  );
}

/** The result: filled in by the browser, for your own answers or for a shared link. */
function Results({ ctx }: { ctx: PageContext }) {
  const { t, href, lang } = ctx;
  return (
    <section class="hc-results" id="hc-results" data-hc-results hidden aria-labelledby="hc-results-title">
      <h2 id="hc-results-title" tabindex={-1} data-hc-results-title>
        {t("healthCheck.resultTitle")}
      </h2>
      <div class="notice hc-shared-note" data-hc-shared-note hidden>
        <p>{t("healthCheck.sharedText")}</p>
        <ul class="hc-warnings" data-hc-shared-warnings hidden></ul>
        <p class="actions">
          <a class="button button--primary" href={href(paths.healthCheck(lang))}>
            {t("healthCheck.takeItYourself")}
          </a>
          <button type="button" data-hc-compare-with-mine hidden>
            {t("healthCheck.compareWithMine")}
          </button>
        </p>
      </div>
      <p data-hc-results-empty>{t("healthCheck.noAnswers")}</p>
      <div data-hc-results-body hidden>
        <p class="hc-overall" data-hc-overall></p>
        <p class="hc-overall__detail" data-hc-overall-detail></p>
        <figure class="hc-chart" data-hc-chart></figure>
        <section class="hc-table-wrap hc-table-wrap--scroll" tabindex={0} aria-label={t("healthCheck.tableCaption")} data-hc-table></section>
        <section class="hc-advice" aria-labelledby="hc-advice-title">
          <h3 id="hc-advice-title">{t("healthCheck.adviceTitle")}</h3>
          <p>{t("healthCheck.adviceIntro")}</p>
          <div data-hc-advice></div>
        </section>
      </div>
      <section class="hc-actions" aria-labelledby="hc-actions-title" data-hc-actions>
        <h3 id="hc-actions-title">{t("healthCheck.actionsTitle")}</h3>
        <div class="hc-field" data-hc-own-only>
          <label for="hc-name">{t("healthCheck.nameLabel")}</label>
          <input id="hc-name" type="text" maxlength={40} autocomplete="off" aria-describedby="hc-name-hint" data-hc-name />
          <p class="hc-hint" id="hc-name-hint">
            {t("healthCheck.nameHint")}
          </p>
        </div>
        <ShareField ctx={ctx} id="hc-share-link" label={t("healthCheck.shareLabel")} attr="data-hc-share" />
        <p class="actions hc-actions__files" data-hc-files>
          <a class="button" download="" href="#hc-results" data-hc-download-csv>
            {t("healthCheck.downloadCsv")}
          </a>
          <a class="button" download="" href="#hc-results" data-hc-download-md>
            {t("healthCheck.downloadMarkdown")}
          </a>
          <button type="button" data-hc-print>
            {t("healthCheck.print")}
          </button>
        </p>
      </section>
    </section>
  );
}

/** A read-only link with a copy button; the input stays selectable when the clipboard is refused. */
function ShareField({ ctx, id, label, attr }: { ctx: PageContext; id: string; label: string; attr: string }) {
  const { t } = ctx;
  return (
    <div class="hc-field hc-share" {...{ [attr]: "" }}>
      <label for={id}>{label}</label>
      <div class="hc-share__row">
        <input id={id} type="text" readonly aria-describedby={`${id}-hint`} data-hc-share-input />
        <button type="button" data-hc-copy>
          {t("healthCheck.copy")}
        </button>
      </div>
      <p class="hc-hint" id={`${id}-hint`}>
        {t("healthCheck.shareHint")}
      </p>
      <p class="hc-hint" role="status" data-hc-copy-status></p>
    </div>
  );
}

function CompareForm({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <section class="hc-compare" id="hc-compare" data-hc-compare hidden aria-labelledby="hc-compare-title">
      <h2 id="hc-compare-title">{t("healthCheck.compareTitle")}</h2>
      <p>{t("healthCheck.compareIntro")}</p>
      <form class="hc-compare__form" data-hc-compare-form novalidate>
        <div class="hc-field">
          <label for="hc-compare-links">{t("healthCheck.compareLinks")}</label>
          <textarea id="hc-compare-links" rows={4} spellcheck={false} autocomplete="off" aria-describedby="hc-compare-errors" data-hc-compare-links></textarea>
        </div>
        <p class="hc-check" data-hc-compare-mine-field>
          <input id="hc-compare-mine" type="checkbox" checked data-hc-compare-mine />
          <label for="hc-compare-mine">{t("healthCheck.compareMine")}</label>
        </p>
        <div class="hc-compare__errors" id="hc-compare-errors" data-hc-compare-errors></div>
        <button type="submit">{t("healthCheck.compareSubmit")}</button>
      </form>
    </section>
  );
}

function Comparison({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <section class="hc-comparison" id="hc-comparison" data-hc-comparison hidden aria-labelledby="hc-comparison-title">
      <h2 id="hc-comparison-title" tabindex={-1}>
        {t("healthCheck.comparisonTitle")}
      </h2>
      <p>{t("healthCheck.comparisonText")}</p>
      <ul class="hc-warnings" data-hc-comparison-warnings hidden></ul>
      <h3 class="visually-hidden">{t("healthCheck.comparisonLegend")}</h3>
      <ul class="hc-legend" data-hc-legend></ul>
      <figure class="hc-chart" data-hc-comparison-chart></figure>
      {/* Up to six results side by side may not fit a phone: the table then scrolls on its own, by keyboard too. */}
      <section class="hc-table-wrap hc-table-wrap--scroll" tabindex={0} aria-label={`${t("healthCheck.comparisonTitle")}: ${t("healthCheck.tableCaption")}`} data-hc-comparison-table></section>
      <section aria-labelledby="hc-gaps-title">
        <h3 id="hc-gaps-title">{t("healthCheck.comparisonGaps")}</h3>
        <div data-hc-gaps></div>
      </section>
      <section aria-labelledby="hc-pair-gaps-title">
        <h3 id="hc-pair-gaps-title">{t("healthCheck.comparisonPairs")}</h3>
        <div data-hc-pair-gaps></div>
      </section>
      <section class="hc-actions" aria-labelledby="hc-comparison-actions-title">
        <h3 id="hc-comparison-actions-title">{t("healthCheck.comparisonActions")}</h3>
        <ShareField ctx={ctx} id="hc-comparison-link" label={t("healthCheck.comparisonShare")} attr="data-hc-comparison-share" />
        <p class="actions">
          <button type="button" data-hc-print>
            {t("healthCheck.print")}
          </button>
        </p>
      </section>
    </section>
  );
}
