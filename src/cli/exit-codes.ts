/**
 * Exit codes:
 * - 0 every input was processed (zero mentions is still 0; warnings never change it);
 * - 1 some input could not be read or decoded (the rest was still written), or `eval` fell below its baseline;
 * - 2 usage error, or a crash.
 */
export const EXIT = { OK: 0, INPUT_ERRORS: 1, USAGE: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
