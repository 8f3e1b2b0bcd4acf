/**
 * Exit codes:
 * - 0 every input was processed (zero mentions is still 0; warnings never change it);
 * - 1 some input could not be read or decoded (the rest was still written), or `eval` fell below its baseline;
 * - 2 usage error, or a crash;
 * - 3 the output could not be written completely (a full disk, /dev/full, a vanished folder): one `dvx:` line
 *   names the output and the reason; an `-o` file is left as it was. A closed pipe (`| head`) is not a failure:
 *   the code stays what the inputs earned (0 or 1).
 */
export const EXIT = { OK: 0, INPUT_ERRORS: 1, USAGE: 2, OUTPUT: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
