// Lengths past which a value is no longer a name or a headline but text the extractor swallowed
// (a page with no punctuation): capped before anything is stored, so one bad file cannot bloat
// every node, index and export.

/** Longest entity name or alias kept: the longest real unit names run to about 40 characters. */
export const MAX_NAME_LENGTH = 100
/** Longest headline kept; longer ones are cut and end in `…`. */
export const MAX_TITLE_LENGTH = 200
/** Longest run of text without a sentence end or line break that a source may hold. */
export const MAX_RUN_LENGTH = 10_000
