// Reads what bench/step-wrapper.mjs reported from inside a step (as `::debug::bench ...` lines the runner emulator
// collects as annotations): the neonctl processes the action started and the step process's own timings.
import type { StepResult } from '../support/runner-emulator.js'
import type { Measurement } from './samples.js'

/** One `bench <what> <ms> ms` value. */
function reported(step: StepResult, what: string): number | undefined {
  for (const a of step.annotations) {
    const match = a.level === 'debug' ? new RegExp(`^bench ${what} (\\d+) ms$`).exec(a.message) : null
    if (match) return Number(match[1])
  }
  return undefined
}

/** How long each neonctl process ran (`bench neonctl branches 812 ms`). */
export function neonctlRuns(step: StepResult): number[] {
  return step.annotations
    .filter((a) => a.level === 'debug')
    .map((a) => /^bench neonctl \S+ (\d+) ms$/.exec(a.message))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
}

export function fromWrapper(step: StepResult, wallMs: number): Measurement {
  const runs = neonctlRuns(step)
  return {
    wallMs,
    neonctlProcesses: runs.length,
    neonctlMs: runs.reduce((a, b) => a + b, 0),
    firstSpawnMs: reported(step, 'first-spawn'),
    neonctlFirstRequestMs: reported(step, 'neonctl-first-request'),
    readinessMs: reported(step, 'readiness'),
    processMs: reported(step, 'process'),
  }
}
