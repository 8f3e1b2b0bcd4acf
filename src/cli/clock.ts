/** Milliseconds on a clock that every thread of the process reads alike (a worker's `performance.now()` counts from its own start). */
export const clockMs = (): number => performance.timeOrigin + performance.now();
