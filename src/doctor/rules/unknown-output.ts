import { isThisAction, neonActionStep } from '../actions.js'
import { parseExpression, readPaths } from '../expressions.js'
import { majorsWith, anyVersionOutputs } from '../neon-actions.js'
import type { ExpressionUse, Job, Step, Workflow } from '../workflow-model.js'
import type { Rule, Workspace } from './rule.js'

interface Problem {
  message: string
  fix: string
}

export const unknownOutput: Rule = {
  id: 'unknown-output',
  severity: 'error',
  summary:
    'steps.X.outputs.Y or needs.J.outputs.Y that is always empty: no such step or needed job, or an output the step (a Neon action by version, or this action) or job does not set.',
  check(workspace, report) {
    for (const { workflow } of workspace.workflows) {
      const reported = new Set<string>()
      for (const job of workflow.jobs) {
        for (const use of job.expressions) {
          const expr = parseExpression(use.expression)
          for (const path of expr ? readPaths(expr) : []) {
            if (path.includes('*')) continue
            const problem =
              path[0] === 'steps'
                ? stepProblem(path, use, job, workspace)
                : path[0] === 'needs'
                  ? needsProblem(path, job, workflow, workspace)
                  : undefined
            const key = `${use.line} ${path.join('.')}`
            if (!problem || reported.has(key)) continue
            reported.add(key)
            report(workflow.file, use.line, problem.message, problem.fix)
          }
        }
      }
    }
  },
}

function stepProblem(path: string[], use: ExpressionUse, job: Job, workspace: Workspace): Problem | undefined {
  const [, id, property, output] = path
  if (!id) return undefined
  // The steps context exists in steps and in the job's outputs; anywhere else GitHub rejects the workflow.
  if (use.stepIndex === undefined && !use.place.startsWith('outputs')) return undefined
  const reference = `steps.${path.slice(1).join('.')}`
  const step = job.steps.find((candidate) => candidate.id?.toLowerCase() === id)
  if (!step) {
    const ids = job.steps.map((candidate) => candidate.id).filter(Boolean)
    return {
      message: `No step of job ${job.id} has id: ${id}, so ${reference} is always empty.`,
      fix:
        ids.length > 0
          ? `Use one of the step ids of this job (${ids.join(', ')}), or add id: ${id} to the step meant.`
          : `Add id: ${id} to the step meant.`,
    }
  }
  if (use.stepIndex !== undefined && step.index >= use.stepIndex) {
    const itself = step.index === use.stepIndex
    return {
      message: itself
        ? `${reference} names the step it is written in; its outputs do not exist yet while it runs, so this is always empty.`
        : `${reference} is read before step ${id} runs (it comes later in job ${job.id}), so it is always empty here.`,
      fix: 'Read it in a later step, or move the step that sets it before this one.',
    }
  }
  if (property !== 'outputs' || !output) return undefined
  return outputOfStep(step, output, reference, workspace)
}

function outputOfStep(step: Step, output: string, reference: string, workspace: Workspace): Problem | undefined {
  const neon = neonActionStep(step)
  if (neon) {
    const known = neon.version
      ? new Set(neon.version.outputs)
      : neon.major === undefined
        ? anyVersionOutputs(neon.action)
        : undefined
    if (!known || known.has(output)) return undefined
    const action = `neondatabase/${neon.action.name}-action@${neon.ref}`
    const replacement = neon.action.replacements[output]
    const elsewhere = majorsWith(neon.action, output, 'outputs')
    const history =
      elsewhere.length > 0 && neon.major !== undefined
        ? ` (only v${elsewhere.join('/v')} ${elsewhere.length > 1 ? 'have' : 'has'} it)`
        : ''
    const names = [...known]
    return {
      message: `${action} sets no output ${output}${history}, so ${reference} is always empty.`,
      fix:
        replacement && known.has(replacement)
          ? `Read ${reference.replace(/[^.]+$/, replacement)} instead.`
          : names.length > 0
            ? `Use one of its outputs: ${names.join(', ')}.`
            : `${action} sets no outputs; take what you need from the step that created the branch.`,
    }
  }
  if (workspace.thisAction && isThisAction(step, workspace.actions) && !workspace.thisAction.outputs.has(output)) {
    const names = [...workspace.thisAction.outputs]
    const exported = /url|password|pg/i.test(output)
    return {
      message: `This action sets no output ${output}, so ${reference} is always empty.`,
      fix: exported
        ? 'Connection URLs are not outputs: the step exports DATABASE_URL (and PG* variables) to later steps through GITHUB_ENV; read $DATABASE_URL there.'
        : `Use one of its outputs: ${names.join(', ')}.`,
    }
  }
  return undefined
}

function needsProblem(path: string[], job: Job, workflow: Workflow, workspace: Workspace): Problem | undefined {
  const [, id, property, output] = path
  if (!id) return undefined
  const reference = `needs.${path.slice(1).join('.')}`
  const upstream = workflow.jobs.find((candidate) => candidate.id.toLowerCase() === id)
  if (!job.needs.some((need) => need.toLowerCase() === id)) {
    const needs = job.needs.length > 0 ? `needs: ${job.needs.join(', ')}` : 'no needs:'
    return {
      message: upstream
        ? `Job ${job.id} reads ${reference} but has ${needs}; the needs context holds only the jobs listed there, so this is always empty.`
        : `There is no job ${id} in this workflow, so ${reference} is always empty.`,
      fix: upstream
        ? `Add ${upstream.id} to needs: of job ${job.id}.`
        : 'Name a job of this workflow, and list it in needs:.',
    }
  }
  if (!upstream || property !== 'outputs' || !output) return undefined
  const outputs = jobOutputs(upstream, workspace)
  if (!outputs || outputs.has(output)) return undefined
  return {
    message: `Job ${upstream.id} declares no output ${output} (its outputs: ${[...outputs].join(', ') || 'none'}), so ${reference} is always empty.`,
    fix: `Declare it in ${upstream.id}'s outputs: (${output}: \${{ steps.<id>.outputs.<name> }}), or read one it declares.`,
  }
}

/** The outputs a job declares; for a call of a reusable workflow in this repository, that workflow's; else unknown. */
function jobOutputs(job: Job, workspace: Workspace): Set<string> | undefined {
  if (!job.usesWorkflow) return new Set([...job.outputs.keys()].map((name) => name.toLowerCase()))
  const local = /^\.\/(\.github\/workflows\/[^@]+)$/.exec(job.usesWorkflow.trim())
  const called = local && workspace.workflows.find(({ workflow }) => workflow.file === local[1])
  return called ? new Set(called.workflow.callOutputs.map((name) => name.toLowerCase())) : undefined
}
