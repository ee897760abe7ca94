import type { StepResult } from '../../support/runner-emulator.js'
import type { NeonForTest } from '../../support/local-neon-for-test.js'

/** Every branch name in the local project, straight from the API (not through the action). */
export async function branchNames(neon: NeonForTest): Promise<string[]> {
  const res = await fetch(`${neon.apiHost}/projects/${neon.projectId}/branches`, {
    headers: { authorization: `Bearer ${neon.apiKey}` },
  })
  if (!res.ok) throw new Error(`list branches: ${res.status}`)
  const body = (await res.json()) as { branches: { name: string }[] }
  return body.branches.map((b) => b.name)
}

export function explain(step: StepResult): string {
  return `${step.entry} exit ${step.exitCode} signal ${step.signal}\n${step.log}`
}

/** Like expect(step.exitCode).toBe(code), but a failure shows the step's log. */
export function expectExit(step: StepResult, code: number): void {
  if (step.exitCode !== code) throw new Error(`expected exit code ${code}, got ${explain(step)}`)
}
