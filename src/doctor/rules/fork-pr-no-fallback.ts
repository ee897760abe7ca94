import { neonActionStep, thisActionMode } from '../actions.js'
import type { Outcome } from '../conditions.js'
import { logicalLines, type LogicalLine } from '../shell.js'
import type { Origin, ValueTracer } from '../value-origin.js'
import type { Job, Step, Workflow } from '../workflow-model.js'
import type { Rule } from './rule.js'

/** neonctl (or its `neon` alias, through npx and the like) running a command that talks to Neon. */
const NEON_CLI =
  /(?:^|[\s;&|(`])(?:(?:npx|bunx|pnpx)\s+(?:-y\s+|--yes\s+)?|(?:pnpm|yarn)\s+dlx\s+)?(?:neonctl(?:@[\w.^~-]+)?|neon)\s+(?:--?[\w-]+(?:[= ]\S+)?\s+)*(branches|branch|projects|project|cs|connection-string|databases|database|roles|role|operations|set-context|me|orgs|vpc|ip-allow)\b/
const NEON_API = /\bconsole\.neon\.tech\/api\b/

interface KeyUse {
  line: number
  /** What needs the key, for the message. */
  subject: string
  origin: Origin
  /** A fallback the step could use instead of the guard. */
  fallback?: string
}

export const forkPrNoFallback: Rule = {
  id: 'fork-pr-no-fallback',
  severity: 'warning',
  summary:
    'A pull_request workflow runs a step that needs the Neon API key from secrets, which pull requests from forks do not get.',
  check({ workflows, actions }, report) {
    for (const { workflow, tracer, fork } of workflows) {
      if (!workflow.triggers.includes('pull_request')) continue
      for (const job of workflow.jobs) {
        for (const step of job.steps) {
          const uses = keyUses(step, job, tracer, actions)
          if (uses.length === 0) continue
          const state = fork.stepState(job, step)
          if (state === 'false' || state === 'secret') continue
          for (const use of uses) report(workflow.file, use.line, message(use, state), fix(use, workflow))
        }
      }
    }
  },
}

function keyUses(step: Step, job: Job, tracer: ValueTracer, actions: Parameters<typeof thisActionMode>[1]): KeyUse[] {
  const mode = thisActionMode(step, actions)
  if (mode !== undefined) {
    if (mode === 'lint') return []
    const canFallBack = mode === 'create' || mode === 'connect' || mode === 'reset'
    if (canFallBack && step.with.get('fallback_database_url')?.value.trim()) return []
    const input = step.with.get('api_key')?.value.trim()
    const origin = input ? tracer.text(input, job, step.index) : tracer.variable('NEON_API_KEY', job, step.index)
    if (!origin?.fromSecrets) return []
    return [
      {
        line: step.line,
        subject: `this step (mode: ${mode}) gets an empty ${input ? 'api_key' : 'NEON_API_KEY'} (from ${origin.what}) and fails`,
        origin,
        fallback: canFallBack
          ? "set fallback_database_url (for example a postgres service container's URL) so fork runs test against that"
          : undefined,
      },
    ]
  }
  const neon = neonActionStep(step)
  if (neon) {
    const origin = tracer.text(step.with.get('api_key')?.value ?? '', job, step.index)
    if (!origin?.fromSecrets) return []
    return [
      {
        line: step.line,
        subject: `neondatabase/${neon.action.name}-action gets an empty api_key (from ${origin.what}) and the step fails`,
        origin,
        fallback:
          neon.action.name === 'create-branch'
            ? 'use this action (mode: create) with fallback_database_url, which exports that URL instead when there is no key'
            : undefined,
      },
    ]
  }
  const uses: KeyUse[] = []
  for (const line of logicalLines(step.run ?? [])) {
    const use = cliKeyUse(line, step, job, tracer)
    if (use) uses.push(use)
  }
  return uses
}

function cliKeyUse(line: LogicalLine, step: Step, job: Job, tracer: ValueTracer): KeyUse | undefined {
  const cli = NEON_CLI.test(line.text)
  const api = !cli && NEON_API.test(line.text)
  if (!cli && !api) return undefined
  const inLine = tracer.shellValue(line.text, job, step)
  const origin = inLine?.fromSecrets ? inLine : cli ? tracer.variable('NEON_API_KEY', job, step.index) : undefined
  if (!origin?.fromSecrets) return undefined
  return {
    line: line.line,
    subject: cli
      ? `neonctl runs with an empty key (from ${origin.what}) and fails`
      : `this call to Neon's API sends an empty key (from ${origin.what}) and is refused`,
    origin,
  }
}

function message(use: KeyUse, state: Outcome): string {
  const when =
    state === 'true'
      ? 'On a pull request from a fork, secrets are empty'
      : 'This step may run on a pull request from a fork (its if: conditions do not rule that out), where secrets are empty'
  return `${when}: ${use.subject}.`
}

function fix(use: KeyUse, workflow: Workflow): string {
  const onlyPullRequests = workflow.triggers.every((trigger) => trigger === 'pull_request')
  const guard = onlyPullRequests
    ? 'github.event.pull_request.head.repo.full_name == github.repository'
    : "github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository"
  const skip = `skip it for forks with if: ${guard} on the step or its job (joined with && to an if: already there), or gate the job on a check job's has_key output`
  return use.fallback ? `${capitalize(use.fallback)}, or ${skip}.` : `${capitalize(skip)}.`
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
