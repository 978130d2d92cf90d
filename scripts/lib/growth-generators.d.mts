// Types of growth-generators.mjs, for the TypeScript tests that run its texts (tests/core/growth.test.ts).

/** Characters of the 1x size of npm run bench:growth. */
export declare const BASE_CHARS: number;

/** An invented page: its text and its <title>. */
export type GrowthInput = { title: string; text: string };

/** Each generator makes about `chars` characters of its adversarial text, the same on every run. */
export declare const GENERATORS: Record<string, (chars: number) => GrowthInput>;
