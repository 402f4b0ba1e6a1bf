/** Types of suite.mjs (npm test's runner) for the tests that check its plan. */
export declare const OTHERS: string;
export declare const OWN_PROCESS: RegExp[];
export declare function plan(files: string[], read?: (file: string) => string): { groups: Map<string, string[]>; alone: string[] };
