// timeout: how long the step's Neon work (retries and the wait for the database included) may take.

import type { InputReader } from './input-reader.js'

export const DEFAULT_TIMEOUT_MS = 5 * 60_000

/** 0 (with a problem) when the value is not a duration of at most 6h. */
export function parseTimeout(read: InputReader): number {
  return read.duration('timeout', { allowZero: false, max: 6 * 3_600_000, maxText: '6h' })
}
