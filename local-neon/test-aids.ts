// Testing aids outside Neon's API (no API key): the request log, injected faults, added latency, slow endpoints.
import { invalidBody } from './api-error.js'

export interface LoggedRequest {
  method: string
  path: string
  status: number
}

export interface Fault {
  method: string // '*' matches any method
  path: string // exact path (no /api/v2, no query), or a prefix ending in '*'
  status: number
  times: number
}

export interface RandomFaults {
  rate: number // 0..1, probability per API request
  statuses: number[]
  methods?: string[]
  path?: string // optional exact path or prefix ending in '*'
}

const isStatus = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 400 && (value as number) <= 599

function pathMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path
}

export class TestAids {
  requests: LoggedRequest[] = []
  faults: Fault[] = []
  random: RandomFaults | undefined
  latencyMs = 0
  slowStartMs = 0
  /** Answer 423 to changes while any operation of the project runs (Neon's project lock); on unless turned off. */
  locking = true

  /** The status an API request must fail with, if a fault applies to it (consumes one of its `times`). */
  takeFault(method: string, path: string): number | undefined {
    const fault = this.faults.find((f) => (f.method === '*' || f.method === method) && pathMatches(f.path, path))
    if (fault) {
      fault.times -= 1
      if (fault.times <= 0) this.faults.splice(this.faults.indexOf(fault), 1)
      return fault.status
    }
    const random = this.random
    if (
      random &&
      (!random.methods || random.methods.includes(method)) &&
      (!random.path || pathMatches(random.path, path)) &&
      Math.random() < random.rate
    ) {
      return random.statuses[Math.floor(Math.random() * random.statuses.length)]
    }
    return undefined
  }

  /** `POST /__local/faults`: one fault, a list of faults, or `{"random": {...} | null}`. */
  addFaults(body: unknown): void {
    const items = Array.isArray(body) ? body : [body]
    for (const item of items) {
      if (!item || typeof item !== 'object') throw invalidBody('a fault must be an object')
      const value = item as Record<string, unknown>
      if ('random' in value) {
        this.random = parseRandom(value.random)
        continue
      }
      const times = value.times ?? 1
      if (
        typeof value.path !== 'string' ||
        !value.path.startsWith('/') ||
        !isStatus(value.status) ||
        !Number.isInteger(times) ||
        (times as number) < 1 ||
        (value.method !== undefined && typeof value.method !== 'string')
      ) {
        throw invalidBody('a fault needs {"method": "POST", "path": "/projects/...", "status": 423, "times": 1}')
      }
      this.faults.push({
        method: ((value.method as string | undefined) ?? '*').toUpperCase(),
        path: value.path,
        status: value.status,
        times: times as number,
      })
    }
  }

  clearFaults(): void {
    this.faults = []
    this.random = undefined
  }

  setLatency(body: unknown): void {
    this.latencyMs = parseMs(body)
  }

  setLocking(body: unknown): void {
    const enabled = (body as { enabled?: unknown } | null)?.enabled
    if (typeof enabled !== 'boolean') throw invalidBody('expected {"enabled": true|false}')
    this.locking = enabled
  }

  setSlowStart(body: unknown): void {
    this.slowStartMs = parseMs(body)
  }
}

function parseMs(body: unknown): number {
  const ms = (body as { ms?: unknown } | null)?.ms
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
    throw invalidBody('expected {"ms": <non-negative number>}')
  return ms
}

function parseRandom(value: unknown): RandomFaults | undefined {
  if (value === null) return undefined
  const random = value as Partial<RandomFaults> | undefined
  if (
    !random ||
    typeof random.rate !== 'number' ||
    random.rate < 0 ||
    random.rate > 1 ||
    !Array.isArray(random.statuses) ||
    random.statuses.length === 0 ||
    !random.statuses.every(isStatus) ||
    (random.methods !== undefined && !Array.isArray(random.methods)) ||
    (random.path !== undefined && typeof random.path !== 'string')
  ) {
    throw invalidBody('expected {"random": {"rate": 0.2, "statuses": [423, 429, 500, 503]}} or {"random": null}')
  }
  return {
    rate: random.rate,
    statuses: random.statuses,
    methods: random.methods?.map((m) => m.toUpperCase()),
    path: random.path,
  }
}
