import { neonActionName, thisActionMode, type ActionContext } from '../actions.js'
import { envWrites } from '../shell.js'
import type { Job, Settings, Step, Workflow } from '../workflow-model.js'
import type { Rule } from './rule.js'

/** An `if:` that keeps the job or step away from fork pull requests (or from runs without the key). */
const FORK_GUARD =
  /head\.repo|\.fork\b|github\.event_name\s*(!=\s*['"]pull_request['"]|==\s*['"](?!pull_request['"]))|env\.NEON_API_KEY/

/** Conditions that run a job even when a job it needs was skipped. */
const RUNS_AFTER_SKIPS = /always\(\)|failure\(\)|cancelled\(\)/

export const forkPrNoFallback: Rule = {
  id: 'fork-pr-no-fallback',
  severity: 'warning',
  summary: 'A pull_request workflow needs the Neon API key, which fork pull requests (and Dependabot) do not get.',
  check({ workflows, actions }, report) {
    for (const { workflow } of workflows) {
      if (!workflow.triggers.includes('pull_request')) continue
      const guarded = guardedJobs(workflow)
      for (const job of workflow.jobs) {
        if (guarded.has(job.id)) continue
        let keyFromEarlierStep = false
        for (const step of job.steps) {
          if (step.if && FORK_GUARD.test(step.if)) continue
          const problem = keyFromEarlierStep ? undefined : keyProblem(step, job, workflow, actions)
          // A key written to GITHUB_ENV by an earlier step, not from secrets (a local test server's, say), is always there.
          const written = envWrites(step.run ?? []).find((write) => write.name === 'NEON_API_KEY')
          if (written && !/\bsecrets\./.test(written.value)) keyFromEarlierStep = true
          if (problem) report(workflow.file, step.line, problem.message, problem.fix)
        }
      }
    }
  },
}

const GUARD_FIX =
  'add an if: that skips it for forks (github.event.pull_request.head.repo.full_name == github.repository)'

function keyProblem(step: Step, job: Job, workflow: Workflow, actions: ActionContext) {
  const mode = thisActionMode(step, actions)
  if (mode && mode !== 'lint' && needsSecretKey(step, job, workflow)) {
    const canFallBack = mode === 'create' || mode === 'connect'
    if (canFallBack && step.with.get('fallback_database_url')?.value.trim()) return undefined
    return {
      message: `This step (mode: ${mode}) needs NEON_API_KEY from secrets; on a pull request from a fork the secret is empty and the job fails.`,
      fix: canFallBack
        ? `Set fallback_database_url (for example a postgres service container's URL), or ${GUARD_FIX}.`
        : `Only run it when the key is there: ${GUARD_FIX}.`,
    }
  }
  const neonAction = neonActionName(step)
  if (neonAction && /\bsecrets\./.test(step.with.get('api_key')?.value ?? '')) {
    return {
      message: `neondatabase/${neonAction}-action gets its API key from secrets; on a pull request from a fork it is empty and the step fails.`,
      fix: `Switch to this action with fallback_database_url, or ${GUARD_FIX}.`,
    }
  }
  return undefined
}

/** Whether the step's key comes from a secret (a literal key, as for a local test server, is always there). */
function needsSecretKey(step: Step, job: Job, workflow: Workflow): boolean {
  const input = step.with.get('api_key')?.value.trim()
  if (input) return /\bsecrets\./.test(input)
  const env = lookup('NEON_API_KEY', step.env, job.env, workflow.env)
  return env === undefined || /\bsecrets\./.test(env)
}

function lookup(name: string, ...scopes: Settings[]): string | undefined {
  for (const scope of scopes) {
    const value = scope.get(name)?.value
    if (value !== undefined) return value
  }
  return undefined
}

/** Jobs skipped on fork pull requests: guarded themselves, or needing a guarded job without an always()-like if. */
function guardedJobs(workflow: Workflow): Set<string> {
  const byId = new Map(workflow.jobs.map((job) => [job.id, job]))
  const guarded = new Map<string, boolean>()
  const isGuarded = (job: Job, trail: Set<string>): boolean => {
    const known = guarded.get(job.id)
    if (known !== undefined) return known
    if (trail.has(job.id)) return false
    trail.add(job.id)
    const own = !!job.if && FORK_GUARD.test(job.if)
    const upstreamGuarded = (id: string) => {
      const upstream = byId.get(id)
      return upstream !== undefined && isGuarded(upstream, trail)
    }
    // `if: always() && needs.X.result == 'success'` still skips the job when X was skipped.
    const successOf = [...(job.if ?? '').matchAll(/needs\.([\w-]+)\.result\s*==\s*['"]success['"]/g)].map((m) => m[1])
    const inherited = RUNS_AFTER_SKIPS.test(job.if ?? '')
      ? successOf.some(upstreamGuarded)
      : job.needs.some(upstreamGuarded)
    guarded.set(job.id, own || inherited)
    return own || inherited
  }
  for (const job of workflow.jobs) isGuarded(job, new Set())
  return new Set([...guarded].filter(([, value]) => value).map(([id]) => id))
}
