declare const __TOEZEGGING_BUILD__: string | undefined;

/**
 * Identifies the code and shipped data of this build (set by scripts/build.mjs),
 * so that a cache written by another build is never trusted.
 */
export const BUILD_ID: string = typeof __TOEZEGGING_BUILD__ === 'string' ? __TOEZEGGING_BUILD__ : 'source';
