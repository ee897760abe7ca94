import { describe, expect, it } from '@jest/globals'
import {
  Deadline,
  defaultBackoff,
  formatDelay,
  fullJitterDelay,
  parseRetryAfter,
  retryDelay,
  type Clock,
} from '../../src/neon/retry.js'

const policy = { ...defaultBackoff, baseDelayMs: 500, maxDelayMs: 10_000 }

describe('backoff with full jitter', () => {
  it('grows exponentially up to the cap, scaled by the random draw', () => {
    const top = () => 0.999999
    expect([0, 1, 2, 3, 4, 5, 6].map((retry) => fullJitterDelay(retry, policy, top))).toEqual([
      499, 999, 1999, 3999, 7999, 9999, 9999,
    ])
    expect(fullJitterDelay(3, policy, () => 0)).toBe(0)
    expect(fullJitterDelay(3, policy, () => 0.5)).toBe(2000)
  })

  it('waits at least Retry-After, and at least the floor after a bare 429', () => {
    expect(retryDelay(0, { status: 429, retryAfterMs: 3000 }, policy, () => 0.5)).toBe(3000)
    expect(retryDelay(0, { status: 429 }, policy, () => 0)).toBe(policy.rateLimitFloorMs)
    expect(retryDelay(0, { status: 503 }, policy, () => 0)).toBe(0)
    expect(retryDelay(5, { status: 429, retryAfterMs: 1 }, policy, () => 0.5)).toBe(5000)
  })

  it('parses Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000)
    expect(parseRetryAfter('0.5', 0)).toBe(500)
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:05 GMT', 1000)).toBe(4000)
    expect(parseRetryAfter('soon', 0)).toBeUndefined()
  })

  it('a deadline counts down with the injected clock', () => {
    let now = 1000
    const clock: Clock = { now: () => now, sleep: async () => {}, random: () => 0 }
    const deadline = new Deadline(clock, 5000)
    now += 4000
    expect(deadline.remaining()).toBe(1000)
    now += 2000
    expect(deadline.remaining()).toBe(0)
  })

  it('formats delays for the log', () => {
    expect(formatDelay(1234)).toBe('1.2s')
    expect(formatDelay(350)).toBe('350ms')
  })
})
