/** Highlights the terms of the search that opened this page; filled in by the search feature. */
export function highlightSearchTerms(): void {}
