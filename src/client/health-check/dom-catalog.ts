/** Reads the catalog back from the server-rendered questionnaire: the page is the data. */
import { all } from "./dom.ts";
import type { HcCatalog, HcLink, HcPair, HcTheme } from "./types.ts";

function text(node: Element | null): string {
  return (node?.textContent ?? "").replace(/\s+/g, " ").trim();
}

export function readCatalog(root: ParentNode): HcCatalog {
  const themes: HcTheme[] = all(root, "[data-hc-theme]").map((section) => ({
    id: section.dataset.hcTheme ?? "",
    title: text(section.querySelector(".hc-theme__title")),
    href: section.dataset.href ?? "",
  }));
  const pairs: HcPair[] = all<HTMLFieldSetElement>(root, "fieldset[data-hc-pair]").map((fieldset) => {
    const template = fieldset.querySelector<HTMLTemplateElement>("template[data-hc-articles]");
    const articles: HcLink[] = template ? all<HTMLAnchorElement>(template.content, "a").map((link) => ({ title: text(link), href: link.getAttribute("href") ?? "" })) : [];
    return {
      id: fieldset.dataset.hcPair ?? "",
      theme: fieldset.dataset.theme ?? "",
      title: text(fieldset.querySelector("legend")),
      href: fieldset.dataset.href ?? "",
      audiences: (fieldset.dataset.audiences ?? "").split(" ").filter(Boolean),
      articles,
    };
  });
  return { themes, pairs };
}
