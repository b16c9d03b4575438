import type { Routes, SiteModel } from "./model.ts";

/** What Eleventy hands a template: the global `site` model plus the pagination alias `route`. */
export interface PageData<Route = undefined> {
  site: SiteModel;
  route: Route;
}

/** Pagination over one of the model's route lists, one page per entry. */
export function paginate(routes: keyof Routes) {
  return { data: `site.routes.${routes}`, size: 1, alias: "route", addAllPagesToCollections: false };
}
