// What runs when a pull request comes from a fork: every secret but GITHUB_TOKEN is empty, the head repository is
// not the base repository, github.event_name is pull_request. Job and step `if:` conditions are evaluated with those
// facts; what the workflow does not show stays unknown, and a value computed from a secret (a "has the key" output of
// a check job, an env variable set from a secret) is `secret`: a gate on whether the key is there.
import { data } from '@actions/expressions'
import {
  evaluate,
  evaluateCondition,
  knownBoolean,
  knownNull,
  knownString,
  SECRET_DEPENDENT,
  UNKNOWN,
  type Facts,
  type Outcome,
  type Value,
} from './conditions.js'
import { embeddedExpressions, parseExpression } from './expressions.js'
import { envWrites, logicalLines, writesTo } from './shell.js'
import type { ValueTracer } from './value-origin.js'
import type { Job, Step, Workflow } from './workflow-model.js'

const BASE = { kind: 'repository', side: 'base' } as const
const HEAD = { kind: 'repository', side: 'head' } as const

/** github.* on a pull request from a fork: the repository names as symbols, the rest of the event unknown. */
const GITHUB_FACTS: Record<string, Value> = {
  'github.event_name': knownString('pull_request'),
  'github.repository': BASE,
  'github.repository_owner': BASE,
  'github.event.repository.full_name': BASE,
  'github.event.repository.owner.login': BASE,
  'github.event.pull_request.base.repo.full_name': BASE,
  'github.event.pull_request.base.repo.owner.login': BASE,
  'github.event.pull_request.head.repo.full_name': HEAD,
  'github.event.pull_request.head.repo.owner.login': HEAD,
  'github.event.pull_request.head.user.login': HEAD,
  'github.event.pull_request.head.repo.fork': knownBoolean(true),
  'github.event.pull_request.head.repo.id': HEAD,
  'github.event.pull_request.base.repo.id': BASE,
}

const and = (...states: Outcome[]): Outcome => {
  if (states.includes('false')) return 'false'
  if (states.includes('unknown')) return 'unknown'
  if (states.includes('secret')) return 'secret'
  return 'true'
}

const stateValue = (state: Outcome): Value =>
  state === 'true'
    ? knownBoolean(true)
    : state === 'false'
      ? knownBoolean(false)
      : state === 'secret'
        ? SECRET_DEPENDENT
        : UNKNOWN

export class ForkScenario {
  private readonly jobStates = new Map<string, Outcome>()

  constructor(
    private readonly workflow: Workflow,
    private readonly tracer: ValueTracer,
  ) {}

  /** Whether the job runs on a pull request from a fork. */
  jobState(job: Job, trail = new Set<string>()): Outcome {
    const cached = this.jobStates.get(job.id)
    if (cached) return cached
    if (trail.has(job.id)) return 'unknown'
    trail.add(job.id)
    const state = evaluateCondition(job.condition, this.facts(job, undefined, trail))
    trail.delete(job.id)
    this.jobStates.set(job.id, state)
    return state
  }

  /** Whether the step runs on a pull request from a fork (its job runs, and its own condition holds). */
  stepState(job: Job, step: Step): Outcome {
    return and(this.jobState(job), evaluateCondition(step.condition, this.facts(job, step.index, new Set())))
  }

  private facts(job: Job, stepIndex: number | undefined, trail: Set<string>): Facts {
    return {
      lookup: (path) => this.lookup(path, job, stepIndex, trail),
      status: (name) => {
        if (name === 'always') return knownBoolean(true)
        if (name !== 'success') return UNKNOWN
        if (stepIndex !== undefined) return knownBoolean(true) // the steps before it went well
        return stateValue(and(...this.needed(job).map((upstream) => this.jobState(upstream, trail))))
      },
    }
  }

  private needed(job: Job): Job[] {
    return job.needs
      .map((id) => this.workflow.jobs.find((candidate) => candidate.id === id))
      .filter((upstream): upstream is Job => !!upstream)
  }

  private lookup(path: string[], job: Job, stepIndex: number | undefined, trail: Set<string>): Value {
    const key = path.join('.')
    const [context, name, property, output] = path
    if (context === 'github') return GITHUB_FACTS[key] ?? UNKNOWN
    if (context === 'secrets')
      return name === 'github_token' ? knownString('***') : path.length === 2 ? knownString('') : knownNull
    if (context === 'needs' && name) {
      const upstream = this.needed(job).find((candidate) => candidate.id.toLowerCase() === name)
      if (!upstream) return knownNull
      const state = this.jobState(upstream, trail)
      if (property === 'result')
        return state === 'true'
          ? knownString('success')
          : state === 'false'
            ? knownString('skipped')
            : stateValue(state)
      if (property === 'outputs' && output)
        return state === 'false' ? knownNull : this.jobOutput(upstream, output, trail)
      return UNKNOWN
    }
    if (context === 'steps' && name && stepIndex !== undefined) {
      const step = job.steps.slice(0, stepIndex).find((candidate) => candidate.id?.toLowerCase() === name)
      if (!step) return knownNull
      const state = this.stepState(job, step)
      if (property === 'outcome' || property === 'conclusion')
        return state === 'false' ? knownString('skipped') : stateValue(state === 'true' ? 'unknown' : state)
      if (property === 'outputs' && output) return state === 'false' ? knownNull : this.stepOutput(job, step, output)
      return UNKNOWN
    }
    if (context === 'env' && name && path.length === 2) return this.env(job, stepIndex, name, trail)
    return UNKNOWN
  }

  /** A value written in the workflow (text with `${{ }}`), as it comes out in this scenario. */
  private templateValue(text: string, job: Job, stepIndex: number | undefined, trail: Set<string>): Value {
    const expressions = embeddedExpressions(text)
    if (expressions.length === 0) return knownString(text)
    const values = expressions.map(({ expression }) => {
      const expr = parseExpression(expression)
      return expr ? evaluate(expr, this.facts(job, stepIndex, trail)) : UNKNOWN
    })
    const trimmed = text.trim()
    if (expressions.length === 1 && trimmed.startsWith('${{') && trimmed.endsWith('}}')) return values[0]
    const unknown = values.filter((value) => value.kind !== 'known')
    if (unknown.length > 0)
      return unknown.some((value) => value.kind === 'unknown' && value.secret) ? SECRET_DEPENDENT : UNKNOWN
    let index = 0
    return knownString(
      text.replace(/\$\{\{[\s\S]*?\}\}/g, () => (values[index++] as { data: data.ExpressionData }).data.coerceString()),
    )
  }

  private jobOutput(upstream: Job, output: string, trail: Set<string>): Value {
    const value = [...upstream.outputs].find(([name]) => name.toLowerCase() === output)?.[1]
    if (!value) return knownNull
    return this.templateValue(value.value, upstream, upstream.steps.length, trail)
  }

  /** A step output: what its script writes, computed when it is a `${{ }}` value; else `secret` if the step reads one. */
  private stepOutput(job: Job, step: Step, output: string): Value {
    const writes = logicalLines(step.run ?? [])
      .map((line) => writesTo(line.text, 'GITHUB_OUTPUT'))
      .filter((written) => written?.name.toLowerCase() === output)
      .map((written) => written!.value.replace(/^["']|["']$/g, ''))
    // One write of a value the workflow computes (`has_key=${{ secrets.KEY != '' }}`): its value here.
    if (writes.length === 1 && !/\$(?!\{\{)/.test(writes[0])) {
      const computed = this.templateValue(writes[0], job, step.index, new Set())
      if (computed.kind === 'known') return computed
    }
    return this.tracer.stepReadsSecret(job, step) ? SECRET_DEPENDENT : UNKNOWN
  }

  private env(job: Job, stepIndex: number | undefined, name: string, trail: Set<string>): Value {
    const upper = name.toUpperCase()
    // A step's own env: is not there yet when its `if:` is evaluated.
    for (const settings of [job.env, this.workflow.env]) {
      const setting = [...settings].find(([key]) => key.toUpperCase() === upper)?.[1]
      if (setting) return this.templateValue(setting.value, job, undefined, trail)
    }
    for (const previous of job.steps.slice(0, stepIndex ?? 0).reverse()) {
      const write = envWrites(previous.run ?? []).find((candidate) => candidate.name.toUpperCase() === upper)
      if (!write) continue
      const value = write.value.replace(/^["']|["']$/g, '')
      if (!/\$(?!\{\{)/.test(value)) return this.templateValue(value, job, previous.index, trail)
      return this.tracer.stepReadsSecret(job, previous) ? SECRET_DEPENDENT : UNKNOWN
    }
    return UNKNOWN
  }
}
