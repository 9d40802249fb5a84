/** Types for chromium.mjs (see there). */
export declare const chromiumCandidates: readonly string[];
export declare const chromiumArgs: readonly string[];
export declare function resolveChromium(): string;
