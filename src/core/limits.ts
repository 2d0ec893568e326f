// Limits the app checks before handing input to the engine (kept apart so the page need not
// load the engine to know them).

/** The largest input the engine analyses. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
