// Backoff with full jitter under one overall deadline. Time, sleeping and randomness are injected so the maths
// can be tested without a clock.

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  random(): number // [0, 1)
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
}

export interface BackoffPolicy {
  /** Upper bound of the first retry's delay. */
  baseDelayMs: number
  /** Upper bound of any computed delay (a server's Retry-After may ask for more). */
  maxDelayMs: number
  /** Attempts in all, the first included: a safety cap; the deadline is what normally ends retrying. */
  maxAttempts: number
  /** Wait at least this long after a 429 that carried no Retry-After. */
  rateLimitFloorMs: number
}

export const defaultBackoff: BackoffPolicy = {
  baseDelayMs: 500,
  maxDelayMs: 10_000,
  // A multi-request command (connection-string: 4 requests) fails half its attempts when a fifth of requests
  // fail; 8 attempts ran out about once per hundred soak cycles. The `timeout` deadline bounds the total.
  maxAttempts: 30,
  rateLimitFloorMs: 1_000,
}

/** Full jitter: uniformly random in [0, min(max, base * 2^retry)). `retry` counts from 0. */
export function fullJitterDelay(retry: number, policy: BackoffPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry)
  return Math.floor(random() * ceiling)
}

export interface RetryHint {
  status?: number
  retryAfterMs?: number
}

/** The delay before retry number `retry` (from 0), honouring Retry-After and the 429 floor. */
export function retryDelay(retry: number, hint: RetryHint, policy: BackoffPolicy, random: () => number): number {
  const jittered = fullJitterDelay(retry, policy, random)
  if (hint.retryAfterMs !== undefined) return Math.max(jittered, hint.retryAfterMs)
  if (hint.status === 429) return Math.max(jittered, policy.rateLimitFloorMs)
  return jittered
}

/** Retry-After as seconds or an HTTP date, in milliseconds from `now`; undefined when unparsable. */
export function parseRetryAfter(value: string, now: number): number | undefined {
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, at - now)
}

export class Deadline {
  private readonly endsAt: number

  constructor(
    private readonly clock: Clock,
    readonly totalMs: number,
  ) {
    this.endsAt = clock.now() + totalMs
  }

  remaining(): number {
    return Math.max(0, this.endsAt - this.clock.now())
  }
}

/** "1.2s", "350ms": for retry log lines. */
export function formatDelay(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms)}ms`
}
