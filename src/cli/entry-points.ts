/**
 * The files the CLI finds by its own location (`import.meta.url`), in one place: dist/cli/ when it runs unbundled,
 * dist/bundle/ when it runs the bundle (scripts/bundle.mjs writes the entry points and their chunks side by side,
 * so a path relative to this module is the same in both). The dependencies are found by Node's resolution from
 * either place (both are inside the package).
 */

/** The pool's worker (worker.ts), for piscina. */
export const WORKER_URL = new URL('./worker.js', import.meta.url).href;
