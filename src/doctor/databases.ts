// Which database each job of a workflow uses and migrates. A database is identified by a key: `branch:<name>` for a
// Neon branch (the same name in two jobs is the same branch), `db:<expression>` for a URL from a secret, variable or
// literal. A job's own service container is not shared with any other job and gets no key.
import { neonActionName, thisActionMode, type ActionContext } from './actions.js'
import { migrationTool } from './migration-commands.js'
import { envWrites, logicalLines } from './shell.js'
import { outputWrite } from './value-origin.js'
import type { Job, Step, Workflow } from './workflow-model.js'

export const RUN_BRANCH = 'branch:'
/** A branch created by create-branch-action without a branch_name (Neon names it): the step identifies it. */
const STEP_BRANCH = 'branch:\u0000step '

export interface DatabaseUse {
  job: Job
  line: number
  key: string
  kind: 'create' | 'connect' | 'reference'
  /** The step is this action in create mode; cleanup as configured, and the line to point at. */
  cleanup?: { value: 'auto' | 'always' | 'never'; line: number }
}

export interface Migration {
  job: Job
  line: number
  key: string
  tool: string
  /** Run through this action's `migrate:` input, which runs it once per branch and commit under a lock. */
  once: boolean
}

export interface DatabaseMap {
  uses: DatabaseUse[]
  migrations: Migration[]
}

/** A readable name for a key, without the value of a literal URL. */
export function describeDatabase(key: string): string {
  const [base, host] = key.split('\u0000@')
  return host ? `${describeKey(base)} on ${host}` : describeKey(base)
}

function describeKey(key: string): string {
  if (key === RUN_BRANCH) return "this run's branch (the action's default branch name)"
  if (key.startsWith(STEP_BRANCH)) {
    const [job, step] = key.slice(STEP_BRANCH.length).split('\u0000')
    return `the branch that step ${step} of job ${job} creates`
  }
  if (key.startsWith('branch:')) return `branch ${key.slice('branch:'.length)}`
  if (key.startsWith('db:literal')) return 'the same literal database URL'
  const [expression, environment] = key.slice('db:'.length).split('@')
  return `the database in ${expression}${environment ? ` (environment ${environment})` : ''}`
}

export function mapDatabases(workflow: Workflow, context: ActionContext): DatabaseMap {
  return new DatabaseMapper(workflow, context).map()
}

const DATABASE_URL = 'DATABASE_URL'

class DatabaseMapper {
  private readonly uses: DatabaseUse[] = []
  private readonly migrations: Migration[] = []

  constructor(
    private readonly workflow: Workflow,
    private readonly context: ActionContext,
  ) {}

  map(): DatabaseMap {
    for (const job of this.workflow.jobs) this.mapJob(job)
    return { uses: this.uses, migrations: this.migrations }
  }

  private mapJob(job: Job): void {
    const jobEnv = job.env.get(DATABASE_URL) ?? this.workflow.env.get(DATABASE_URL)
    // What DATABASE_URL points at for the next step: a key, null for a job-local database, undefined if unknown.
    let current = jobEnv ? this.resolve(jobEnv.value, job, new Set()) : undefined
    if (current && job.env.has(DATABASE_URL)) this.addUse(job, jobEnv!.line, current, 'reference')

    for (const step of job.steps) {
      const stepEnv = step.env.get(DATABASE_URL)
      const stepKey = stepEnv ? this.resolve(stepEnv.value, job, new Set()) : undefined
      if (stepEnv && stepKey) this.addUse(job, stepEnv.line, stepKey, 'reference')
      const target = stepEnv ? stepKey : current
      current = this.mapStep(job, step, target, current)
    }
  }

  /** Records what one step uses and migrates; returns what DATABASE_URL points at after it. */
  private mapStep(job: Job, step: Step, target: string | null | undefined, current: string | null | undefined) {
    const mode = thisActionMode(step, this.context)
    if (mode === 'create' || mode === 'connect' || mode === 'reset') {
      const key = this.branchKey(step, job)
      const cleanup = step.with.get('cleanup')
      // reset creates the branch when it is missing, and its post cleans up as create's does
      const kind = mode === 'connect' ? 'connect' : 'create'
      this.uses.push({
        job,
        line: step.line,
        key,
        kind,
        cleanup:
          kind === 'create'
            ? {
                value: (cleanup?.value.trim() || 'auto') as 'auto' | 'always' | 'never',
                line: cleanup?.line ?? step.line,
              }
            : undefined,
      })
      const migrate = step.with.get('migrate')
      if (migrate?.value.trim())
        this.migrations.push({ job, line: migrate.line, key, tool: 'migrate input', once: true })
      return step.with.get('env_prefix')?.value.trim() ? current : key
    }
    if (neonActionName(step) === 'create-branch') {
      this.addUse(job, step.line, this.neonBranchKey(step, job), 'create')
      return current
    }
    let runTarget = target
    for (const line of logicalLines(step.run ?? [])) {
      const cliBranch = connectionStringBranch(line.text)
      const cliKey = cliBranch === undefined ? undefined : this.branchNameKey(cliBranch, job)
      if (cliKey) this.addUse(job, line.line, cliKey, 'reference')
      // `export DATABASE_URL=...` or `DATABASE_URL=... alembic upgrade head` within the script.
      const assigned =
        /(?:^|[\s;&|(])(?:export\s+)?DATABASE_URL=("[^"]*"|'[^']*'|\$\((?:[^()]|\([^()]*\))*\)|\S+)/.exec(line.text)
      if (assigned) runTarget = cliKey ?? this.resolve(assigned[1].replace(/^["']|["']$/g, ''), job, new Set())
      const tool = migrationTool(line.text)
      if (tool && runTarget) this.migrations.push({ job, line: line.line, key: runTarget, tool, once: false })
    }
    for (const write of envWrites(step.run ?? []).filter((candidate) => candidate.name === DATABASE_URL)) {
      const cliBranch = connectionStringBranch(write.value)
      current = cliBranch === undefined ? this.resolve(write.value, job, new Set()) : this.branchNameKey(cliBranch, job)
      if (current) this.addUse(job, write.line, current, 'reference')
    }
    return current
  }

  /** `branch:<name>` for a branch name as written in a step, following `steps.X.outputs.branch_name` and the like. */
  private branchNameKey(name: string, job: Job): string {
    if (!name) return 'branch:(project default)'
    const reference = /^\$\{\{\s*(steps\.[\w-]+|needs\.[\w-]+)\.outputs\.([\w-]+)\s*\}\}$/.exec(name)
    const resolved = reference
      ? this.resolve(`\${{ ${reference[1]}.outputs.${reference[2]} }}`, job, new Set())
      : undefined
    return resolved ?? `branch:${name}`
  }

  private addUse(job: Job, line: number, key: string, kind: DatabaseUse['kind']): void {
    if (key.startsWith('branch:')) this.uses.push({ job, line, key, kind })
  }

  private branchKey(step: Step, job: Job): string {
    const name = step.with.get('branch_name')?.value.trim()
    const key = name ? this.branchNameKey(name, job) : RUN_BRANCH
    // Another API host (a local test server) holds other branches under the same names.
    const host = step.with.get('api_host')?.value.trim()
    return host && key.startsWith('branch:') ? `${key}\u0000@${host}` : key
  }

  /** The key of the database a DATABASE_URL value points at, null for a job-local one, undefined if unknown. */
  private resolve(value: string, job: Job, seen: Set<string>): string | null | undefined {
    if (seen.has(`${job.id}:${value}`)) return undefined
    seen.add(`${job.id}:${value}`)
    const stepOutput = /\bsteps\.([\w-]+)\.outputs\.([\w-]+)/.exec(value)
    if (stepOutput) return this.stepKey(job, stepOutput[1], stepOutput[2], seen)
    const jobOutput = /\bneeds\.([\w-]+)\.outputs\.([\w-]+)/.exec(value)
    if (jobOutput) {
      const upstream = this.workflow.jobs.find((candidate) => candidate.id === jobOutput[1])
      const output = upstream?.outputs.get(jobOutput[2])
      return upstream && output ? this.resolve(output.value, upstream, seen) : undefined
    }
    const env = /\benv\.(\w+)/.exec(value)
    if (env) {
      const setting = job.env.get(env[1]) ?? this.workflow.env.get(env[1])
      return setting ? this.resolve(setting.value, job, seen) : undefined
    }
    if (this.isLocal(value, job)) return null
    // The same secret name under two environments names two databases.
    const expression = /\b(secrets|vars)\.(\w+)/.exec(value)
    if (expression) return `db:${expression[1]}.${expression[2]}${job.environment ? `@${job.environment}` : ''}`
    if (/^\w+:\/\//.test(value.trim())) return `db:literal ${value.trim()}`
    return undefined
  }

  private stepKey(job: Job, stepId: string, output: string, seen: Set<string>): string | null | undefined {
    const step = job.steps.find((candidate) => candidate.id === stepId)
    if (!step) return undefined
    const mode = thisActionMode(step, this.context)
    if (mode === 'create' || mode === 'connect' || mode === 'reset') return this.branchKey(step, job)
    if (neonActionName(step) === 'create-branch') return this.neonBranchKey(step, job)
    // A script that passes another step's URL on (encoded, say): what it writes.
    const written = logicalLines(step.run ?? [])
      .map((line) => outputWrite(line.text))
      .find((write) => write?.name === output)
    return written ? this.resolve(written.value, job, seen) : undefined
  }

  private neonBranchKey(step: Step, job: Job): string {
    const name = step.with.get('branch_name')?.value.trim()
    return name ? `branch:${name}` : `${STEP_BRANCH}${job.id}\u0000${step.id ?? step.index + 1}`
  }

  private isLocal(value: string, job: Job): boolean {
    const hosts = ['localhost', '127\\.0\\.0\\.1', '\\[::1\\]', ...job.services.map((service) => service.name)]
    return (
      new RegExp(`@(${hosts.join('|')})([:/?]|$)`).test(value) ||
      /^\w+:\/\/(localhost|127\.0\.0\.1)/.test(value) ||
      /^\s*(sqlite(\+\w+)?:|file:)/.test(value) // a file next to the job
    )
  }
}

const BOOLEAN_OPTIONS = new Set(['--pooled', '--prisma', '--psql', '--extended', '--no-analytics', '--no-color'])

/** The branch argument of `neonctl connection-string` / `neonctl cs` on a line; '' for none, undefined if not there. */
function connectionStringBranch(line: string): string | undefined {
  const match = /\bneonctl\s+(?:connection-string|cs)\b(.*)/.exec(line)
  if (!match) return undefined
  // A word may hold a `${{ expression }}` with spaces in it.
  const words = match[1].split(/[;&|)]/)[0].match(/(?:\$\{\{.*?\}\}|\$(?!\{\{)|[^\s$])+/g) ?? []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (word.startsWith('-')) {
      if (!word.includes('=') && !BOOLEAN_OPTIONS.has(word)) i++
      continue
    }
    return word.replace(/^["']|["']$/g, '')
  }
  return ''
}
