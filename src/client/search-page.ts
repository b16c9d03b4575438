/** The full search page; filled in by the search feature. */
const noJs = document.querySelector<HTMLElement>("[data-search-nojs]");
if (noJs) noJs.hidden = false;
