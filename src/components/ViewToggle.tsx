import type { PageContext } from "../site/context.ts";

/**
 * Show both sides, only hate or only love. Plain radio buttons that CSS reacts to (`:has`), so
 * the toggle works without JavaScript; the examples script adds the choice to the URL.
 */
export function ViewToggle({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const options = [
    { value: "both", label: t("examples.both") },
    { value: "hate", label: t("examples.hateOnly") },
    { value: "love", label: t("examples.loveOnly") },
  ];
  return (
    <fieldset class="view-toggle">
      <legend>{t("examples.view")}</legend>
      {options.map((option) => (
        <label class={`view-toggle__option view-toggle__option--${option.value}`}>
          <input type="radio" name="view" value={option.value} checked={option.value === "both"} data-view-option />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
