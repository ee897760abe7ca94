// Durations: parsed from inputs (one or more <number><unit> parts, units s, m, h, d: 90s, 30m, 6h, 2d, 1h30m)
// and formatted for people.

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** Milliseconds, 0 for "0", or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim()
  if (value === '0') return 0
  if (!/^(\d+[smhd])+$/.test(value)) return undefined
  let total = 0
  for (const [, amount, unit] of value.matchAll(/(\d+)([smhd])/g)) total += Number(amount) * UNIT_MS[unit]
  return total
}

export const DAY_MS = UNIT_MS.d

/** A short human duration, at most two units: 3d 4h, 2d, 45m, 12s, 0s. */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, Math.floor(ms))
  const parts: string[] = []
  for (const unit of ['d', 'h', 'm', 's']) {
    const size = UNIT_MS[unit]
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)}${unit}`)
      rest %= size
    } else if (parts.length > 0) {
      break
    }
  }
  return parts.length ? parts.join(' ') : '0s'
}
