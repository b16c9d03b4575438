/** The in-place filter of the examples index; filled in by the examples feature. */
export {};
