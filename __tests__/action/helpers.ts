import type { StepResult } from '../../support/runner-emulator.js'
export { branchNames } from '../neon/local-api.js'

export function explain(step: StepResult): string {
  return `${step.entry} exit ${step.exitCode} signal ${step.signal}\n${step.log}`
}

/** Like expect(step.exitCode).toBe(code), but a failure shows the step's log. */
export function expectExit(step: StepResult, code: number): void {
  if (step.exitCode !== code) throw new Error(`expected exit code ${code}, got ${explain(step)}`)
}
