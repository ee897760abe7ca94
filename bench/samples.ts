// What one measured run of a scenario yields, and the runs collected per scenario and added API latency.

export interface Measurement {
  /** the measured step, as the runner sees it (start of the step until the runner has its results) */
  wallMs: number
  /** the first-query step after it (`psql "$DATABASE_URL" -c 'select 1'`), when the scenario has one */
  firstQueryMs?: number
  /** from the measured step's start until the first query succeeded: what a user waits for */
  toFirstQueryMs?: number
  neonctlProcesses?: number
  neonctlMs?: number
  apiRequests?: number
  /** from bench/step-wrapper.mjs: the step process's own clock */
  firstSpawnMs?: number
  neonctlFirstRequestMs?: number
  readinessMs?: number
  processMs?: number
  /** migrate-once scenarios: the slowest job's migrate step (its migrate_duration_ms output: lock wait included) */
  migrateStepMs?: number
  /** new-branch paths: the local server's compute start for that branch (its operations, POST → compute up) */
  computeStartMs?: number
  /** paths on an existing branch: its endpoint's current_state when the step started */
  computeStateBefore?: string
  /** the compute-start probe: POST's answer → first connection accepted */
  answerToConnectMs?: number
}

export const LATENCY_SEPARATOR = '\u0000'

export class Samples {
  readonly byKey = new Map<string, Measurement[]>()

  record(scenario: string, latency: number, m: Measurement): Measurement {
    const key = `${scenario}${LATENCY_SEPARATOR}${latency}`
    this.byKey.set(key, [...(this.byKey.get(key) ?? []), m])
    return m
  }

  get(scenario: string, latency: number): Measurement[] {
    return this.byKey.get(`${scenario}${LATENCY_SEPARATOR}${latency}`) ?? []
  }

  /** [scenario, latency, runs] in the order scenarios were first recorded */
  entries(): [string, number, Measurement[]][] {
    return [...this.byKey].map(([key, list]) => {
      const [scenario, latency] = key.split(LATENCY_SEPARATOR)
      return [scenario, Number(latency), list]
    })
  }
}
