/** Types for scripts/compile-hints.mjs (plain Node ESM, run by `npm run build`). */
export declare const COMPILE_HINT: string;
export declare function addCompileHints(distDir: string): string[];
