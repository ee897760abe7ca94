// Reads inputs by name for the parsers of src/settings/ and collects every problem, so one run reports them all.
// Messages name the input and what is allowed, show values on one line, and never echo a secret.

import { parseDuration } from '../duration.js'
import { inert } from '../inert.js'

/** Returns the trimmed value of an input ('' when unset), as core.getInput does. */
export type InputSource = (name: string) => string

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `Invalid inputs:\n- ${problems.join('\n- ')}`)
    this.name = 'InputError'
  }

  /** The message as log lines: one per problem. */
  get lines(): string[] {
    return this.problems.length === 1 ? [...this.problems] : ['Invalid inputs:', ...this.problems.map((p) => `- ${p}`)]
  }
}

/** An input's value as shown in a message: on one line, control characters escaped. */
export const quote = (value: string) => `'${inert(value)}'`

export class InputReader {
  readonly problems: string[] = []

  constructor(private readonly source: InputSource) {}

  get(name: string): string {
    return this.source(name)
  }

  problem(text: string): void {
    this.problems.push(text)
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T {
    const value = this.get(name)
    if ((allowed as readonly string[]).includes(value)) return value as T
    this.problem(`Input '${name}' must be one of ${allowed.join(', ')}; got ${quote(value)}.`)
    return allowed[0]
  }

  bool(name: string): boolean {
    const value = this.get(name)
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    this.problem(`Input '${name}' must be true or false; got ${quote(value)}.`)
    return false
  }

  /** Milliseconds; 0 (with a problem) when the value is not a duration or above `max`. */
  duration(name: string, opts: { allowZero: boolean; max?: number; maxText?: string }): number {
    const value = this.get(name)
    const ms = parseDuration(value)
    if (ms === undefined || (ms === 0 && !opts.allowZero)) {
      this.problem(
        `Input '${name}' must be a duration such as 90s, 30m, 6h or 2d (units s, m, h, d)` +
          `${opts.allowZero ? ', or 0 to turn it off' : ''}; got ${quote(value)}.`,
      )
      return 0
    }
    if (opts.max !== undefined && ms > opts.max) {
      this.problem(`Input '${name}' must be at most ${opts.maxText}; got ${quote(value)}.`)
      return 0
    }
    return ms
  }

  postgresName(name: string): string {
    const value = this.get(name)
    if (value === '' || Buffer.byteLength(value) > 63 || /\p{Cc}/u.test(value) || value.startsWith('-')) {
      this.problem(
        `Input '${name}' must be a PostgreSQL name of 1 to 63 bytes, not starting with '-'; got ${quote(value)}.`,
      )
    }
    return value
  }
}
