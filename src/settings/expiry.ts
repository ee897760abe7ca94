// ttl and expires_at: when Neon deletes the new branch by itself (the backstop if no post step ever runs).

import type { InputReader } from './input-reader.js'
import { quote } from './input-reader.js'
import { MAX_EXPIRY_MS } from './types.js'

/** The expiry as RFC 3339 (seconds, Z): expires_at if given, else now + ttl; undefined for none (ttl 0). */
export function parseExpiry(read: InputReader, now: Date): string | undefined {
  const ttlMs = read.duration('ttl', { allowZero: true, max: MAX_EXPIRY_MS, maxText: "30d (Neon's expiry limit)" })
  const value = read.get('expires_at')
  if (!value) return ttlMs > 0 ? new Date(now.getTime() + ttlMs).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined
  const at = parseRfc3339(value)
  if (at === undefined) {
    read.problem(
      `Input 'expires_at' must be an RFC 3339 time such as 2030-01-31T12:00:00Z, a date that exists; got ${quote(value)}.`,
    )
  } else if (at <= now.getTime()) {
    read.problem(`Input 'expires_at' must be in the future; got ${quote(value)}.`)
  } else if (at - now.getTime() > MAX_EXPIRY_MS) {
    read.problem(`Input 'expires_at' must be at most 30 days ahead (Neon's limit); got ${quote(value)}.`)
  } else return new Date(at).toISOString().replace(/\.000Z$/, 'Z')
  return undefined
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/

/** Epoch ms, or undefined unless every field is in range: Date.parse turns 2026-11-31 into December 1. */
export function parseRfc3339(value: string): number | undefined {
  const m = RFC3339.exec(value)
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number)
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const offsetOk = m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59 || !offsetOk)
    return undefined
  const ms = Date.parse(value.replace(' ', 'T'))
  return Number.isNaN(ms) ? undefined : ms
}
