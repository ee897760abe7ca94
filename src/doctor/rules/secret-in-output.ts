import { parseExpression, readPaths } from '../expressions.js'
import { logicalLines } from '../shell.js'
import { outputWrite, setOutputCall, type Origin } from '../value-origin.js'
import type { Job, Workflow } from '../workflow-model.js'
import type { Rule } from './rule.js'

export const secretInOutput: Rule = {
  id: 'secret-in-output',
  severity: 'error',
  summary:
    'A job output carries a secret or a database password (GitHub drops it if masked, else it crosses jobs in clear), or a step output carries one unmasked.',
  check({ workflows }, report) {
    for (const { workflow, tracer } of workflows) {
      const reportedStepOutputs = new Set<string>()
      for (const job of workflow.jobs) {
        for (const [name, { value, line }] of job.outputs) {
          const origin = tracer.text(value, job)
          if (!origin) continue
          for (const path of stepOutputsIn(value)) reportedStepOutputs.add(`${job.id}\u0000${path}`)
          report(workflow.file, line, jobOutputMessage(job, name, origin, readers(workflow, job, name)), fixFor(origin))
        }
      }
      for (const job of workflow.jobs) {
        for (const step of job.steps) {
          const written = [
            ...logicalLines(step.run ?? []).map((line) => ({ line: line.line, write: outputWrite(line.text) })),
            ...(step.withLines.get('script') ?? []).map((line) => ({
              line: line.line,
              write: setOutputCall(line.text),
            })),
          ]
          for (const { line, write } of written) {
            if (!write || !step.id) continue
            if (reportedStepOutputs.has(`${job.id}\u0000${step.id.toLowerCase()}.${write.name.toLowerCase()}`)) continue
            const origin = tracer.shellValue(write.value, job, step)
            if (origin?.masked !== 'no') continue
            report(
              workflow.file,
              line,
              `Step output ${write.name} carries ${origin.what}, which is not masked (${origin.why ?? 'nothing masks it'}); ` +
                `the log shows it in clear wherever steps.${step.id}.outputs.${write.name} is used.`,
              'Mask it before writing it (echo "::add-mask::$VALUE"), or pass the URL through GITHUB_ENV after masking it; ' +
                "this action's create and connect modes export DATABASE_URL masked.",
            )
          }
        }
      }
    }
  },
}

function jobOutputMessage(job: Job, name: string, origin: Origin, readers: string[]): string {
  const where =
    readers.length > 0 ? `job${readers.length > 1 ? 's' : ''} ${readers.join(', ')}` : 'the jobs that read it'
  const carried = `Job output ${job.id}.${name} carries ${origin.what}`
  if (origin.masked === 'yes')
    return (
      `${carried}, which the runner masks${origin.why ? ` (${origin.why})` : ''}; GitHub drops job outputs holding a masked value ` +
      `("Skip output '${name}' since it may contain secret"), so needs.${job.id}.outputs.${name} is empty in ${where}.`
    )
  if (origin.masked === 'no')
    return (
      `${carried}, which is not masked (${origin.why ?? 'nothing masks it'}); it crosses jobs in clear and is printed ` +
      `in the log wherever ${where} use${readers.length === 1 ? 's' : ''} it.`
    )
  return (
    `${carried} (${origin.why ?? 'whether it is masked depends on the version'}): if masked, GitHub drops the output ` +
    `and ${where} get an empty string; if not, it crosses jobs in clear and is printed wherever it is used.`
  )
}

function fixFor(origin: Origin): string {
  if (origin.fromSecrets)
    return 'Read the secret in the job that needs it (every job can: env: NAME: ${{ secrets.NAME }}) instead of passing it through an output.'
  if (/create-branch-action|reset-branch-action/.test(origin.what))
    return (
      'Pass only the branch name or id between jobs and get the URL in the job that needs it: call the Neon action again ' +
      'there with the same branch_name (it returns the existing branch), or use this action with mode: connect, ' +
      'which exports DATABASE_URL masked through GITHUB_ENV.'
    )
  return (
    'Pass only non-secret values (branch name, host) between jobs and let each job build its own DATABASE_URL: ' +
    'this action with mode: connect exports it masked through GITHUB_ENV.'
  )
}

/** The jobs that read needs.<job>.outputs.<name>. */
function readers(workflow: Workflow, job: Job, name: string): string[] {
  return workflow.jobs
    .filter((reader) =>
      reader.expressions.some((use) =>
        stepOutputsIn(`\${{ ${use.expression} }}`, 'needs').includes(`${job.id.toLowerCase()}.${name.toLowerCase()}`),
      ),
    )
    .map((reader) => reader.id)
}

/** `id.output` for each steps.<id>.outputs.<output> (or needs.<job>.outputs.<output>) a value reads. */
function stepOutputsIn(value: string, context: 'steps' | 'needs' = 'steps'): string[] {
  const found: string[] = []
  for (const match of value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const expr = parseExpression(match[1])
    for (const path of expr ? readPaths(expr) : [])
      if (path[0] === context && path[2] === 'outputs' && path[3]) found.push(`${path[1]}.${path[3]}`)
  }
  return found
}
