// Where a value in a workflow comes from, as far as the workflow shows it: a secret, a Neon action's password or URL,
// a connection string printed by neonctl, a variable set from one of those. Used to judge outputs by their values, not
// their names, and to say whether the runner masks what they carry.
import { isThisAction, neonActionStep, type ActionContext } from './actions.js'
import { embeddedExpressions, parseExpression, readPaths, yieldsOnlyLiterals } from './expressions.js'
import { envWrites, logicalLines, writesTo } from './shell.js'
import type { Job, Settings, Step, Workflow } from './workflow-model.js'

export type Masked = 'yes' | 'no' | 'maybe'

export interface Origin {
  /** What the value carries, for messages: `secrets.DATABASE_URL`, `the db_url output of ...`. */
  what: string
  /** Whether the runner masks it in logs (and so drops a job output holding it). */
  masked: Masked
  /** Why it is (not) masked, for messages. */
  why?: string
  /** It comes from the secrets context (so it is empty on a pull request from a fork). */
  fromSecrets: boolean
}

/** Variables this action exports (masked) in create and connect mode. */
const EXPORTED_SECRETS = /^(DATABASE_URL(_UNPOOLED)?|PGPASSWORD)$/

const ENCODING =
  /\b(base64|base32|xxd|od\s|openssl\s+enc|gzip|rev\b|@base64|@uri|urlencode|encodeURIComponent|btoa|Buffer\.from)/

const EXTRACTION = /\|\s*(sed|cut|awk|grep|tr|head|tail)\b|\bjq\b[^|)]*\.(host|id|branch|name|endpoint)\w*/

const rank: Record<Masked, number> = { no: 2, maybe: 1, yes: 0 }

/** Of several origins, the one that is least masked (the one that leaks). */
function leastMasked(origins: Array<Origin | undefined>): Origin | undefined {
  return origins.filter((origin): origin is Origin => !!origin).sort((a, b) => rank[b.masked] - rank[a.masked])[0]
}

export class ValueTracer {
  private readonly seen = new Set<string>()

  constructor(
    private readonly workflow: Workflow,
    private readonly actions: ActionContext,
  ) {}

  /** The origin of a workflow value (text with `${{ }}` in it) written in a job, at a step or at job level. */
  text(value: string, job: Job, stepIndex?: number): Origin | undefined {
    return leastMasked(embeddedExpressions(value).map(({ expression }) => this.expression(expression, job, stepIndex)))
  }

  /** The origin of one expression (without `${{ }}`); undefined when it can only be true, false or a literal. */
  expression(expression: string, job: Job, stepIndex?: number): Origin | undefined {
    const expr = parseExpression(expression)
    if (!expr || yieldsOnlyLiterals(expr)) return undefined
    return leastMasked(readPaths(expr).map((path) => this.path(path, job, stepIndex)))
  }

  private path(path: string[], job: Job, stepIndex?: number): Origin | undefined {
    const [context, name, property, output] = path
    if (context === 'secrets' && name)
      return { what: `secrets.${name.toUpperCase()}`, masked: 'yes', fromSecrets: true }
    if (context === 'steps' && name && property === 'outputs' && output) return this.stepOutput(job, name, output)
    if (context === 'needs' && name && property === 'outputs' && output) return this.jobOutput(name, output)
    if (context === 'env' && name) return this.variable(name, job, stepIndex)
    return undefined
  }

  /** What a step output carries: a Neon action's password or URL, or what a script wrote to GITHUB_OUTPUT. */
  stepOutput(job: Job, stepId: string, output: string): Origin | undefined {
    const step = job.steps.find((candidate) => candidate.id?.toLowerCase() === stepId)
    if (!step) return undefined
    return this.guard(`step ${job.id} ${step.index} ${output}`, () => {
      const neon = neonActionStep(step)
      if (neon) {
        const version = neon.version
        const secret = version
          ? version.secretOutputs.includes(output)
          : Object.values(neon.action.versions).some((known) => known.secretOutputs.includes(output))
        if (!secret) return undefined
        return {
          what: `the ${output} output of neondatabase/${neon.action.name}-action@${neon.ref}`,
          masked: version?.masksPassword ?? 'maybe',
          why: version?.masking || `which versions of ${neon.action.name}-action mask the password differs`,
          fromSecrets: false,
        }
      }
      if (isThisAction(step, this.actions)) return undefined
      return this.scriptOutput(job, step, output)
    })
  }

  private scriptOutput(job: Job, step: Step, output: string): Origin | undefined {
    const lines = logicalLines(step.run ?? [])
    for (const line of lines) {
      const written = outputWrite(line.text)
      if (!written || written.name.toLowerCase() !== output) continue
      return this.shellValue(written.value, job, step)
    }
    for (const line of step.withLines.get('script') ?? []) {
      const written = setOutputCall(line.text)
      if (written?.name.toLowerCase() === output) return this.shellValue(written.value, job, step)
    }
    return undefined
  }

  /** What a job output carries. */
  jobOutput(jobId: string, output: string): Origin | undefined {
    const upstream = this.workflow.jobs.find((candidate) => candidate.id.toLowerCase() === jobId)
    const value = upstream && [...upstream.outputs].find(([name]) => name.toLowerCase() === output)?.[1]
    if (!upstream || !value) return undefined
    return this.guard(`job ${upstream.id} ${output}`, () => this.text(value.value, upstream))
  }

  /**
   * A variable's origin for a step, as the runner layers them: the step's env, then what earlier steps set (through
   * GITHUB_ENV, or exported by this action), then the job's env, then the workflow's.
   */
  variable(name: string, job: Job, stepIndex?: number): Origin | undefined {
    const upper = name.toUpperCase()
    return this.guard(`env ${job.id} ${stepIndex} ${upper}`, () => {
      const step = stepIndex === undefined ? undefined : job.steps[stepIndex]
      const setting = (settings: Settings | undefined) =>
        settings && [...settings].find(([key]) => key.toUpperCase() === upper)?.[1]
      const own = setting(step?.env)
      if (own) return this.text(own.value, job, stepIndex)
      for (const previous of job.steps.slice(0, stepIndex ?? job.steps.length).reverse()) {
        const write = envWrites(previous.run ?? []).find((candidate) => candidate.name.toUpperCase() === upper)
        if (write) return this.shellValue(write.value, job, previous)
        if (isThisAction(previous, this.actions) && EXPORTED_SECRETS.test(upper))
          return { what: `${upper} exported by this action`, masked: 'yes', fromSecrets: false }
      }
      const inherited = setting(job.env) ?? setting(this.workflow.env)
      return inherited ? this.text(inherited.value, job) : undefined
    })
  }

  /**
   * A value written by a script: `${{ }}` in it, `$VAR` (assigned earlier in the script, or from the environment),
   * `$(neonctl connection-string ...)`. An encoding (base64, URL-encoding) hides a masked value from the mask.
   */
  shellValue(value: string, job: Job, step: Step): Origin | undefined {
    return this.guard(`shell ${job.id} ${step.index} ${value}`, () => this.shellValueOnce(value, job, step))
  }

  private shellValueOnce(value: string, job: Job, step: Step): Origin | undefined {
    const origins: Array<Origin | undefined> = [this.text(value, job, step.index)]
    if (/\bneonctl\s+(connection-string|cs)\b|\bneon\s+(connection-string|cs)\b/.test(value))
      origins.push({ what: 'a connection string printed by neonctl', masked: 'no', fromSecrets: false })
    for (const match of value.matchAll(/\$\{?([A-Za-z_]\w*)\}?/g)) {
      const name = match[1]
      const assigned = scriptAssignment(step, name)
      origins.push(assigned !== undefined ? this.shellValue(assigned, job, step) : this.variable(name, job, step.index))
    }
    let origin = leastMasked(origins)
    if (!origin) return undefined
    // A part cut out of a URL (its host, with sed or cut) is not the URL; what it is, the doctor cannot tell.
    if (!ENCODING.test(value) && EXTRACTION.test(value)) return undefined
    if (ENCODING.test(value))
      origin = {
        ...origin,
        what: `${origin.what}, encoded`,
        masked: 'no',
        why: 'an encoded value no longer matches the mask',
      }
    else if (origin.masked !== 'yes' && masksInStep(step))
      origin = { ...origin, masked: 'yes', why: 'the step masks it' }
    return origin
  }

  /** Whether a step reads a value that comes from the secrets context (directly, or through an env variable). */
  stepReadsSecret(job: Job, step: Step): boolean {
    const uses = job.expressions.filter((use) => use.stepIndex === step.index)
    if (uses.some((use) => this.expression(use.expression, job, step.index)?.fromSecrets)) return true
    const script = (step.run ?? []).map((line) => line.text).join('\n')
    for (const match of script.matchAll(/\$\{?([A-Za-z_]\w*)\}?/g))
      if (scriptAssignment(step, match[1]) === undefined && this.variable(match[1], job, step.index)?.fromSecrets)
        return true
    return false
  }

  private guard(key: string, trace: () => Origin | undefined): Origin | undefined {
    if (this.seen.has(key)) return undefined
    this.seen.add(key)
    try {
      return trace()
    } finally {
      this.seen.delete(key)
    }
  }
}

/** `echo "name=value" >> $GITHUB_OUTPUT`, the old `::set-output name=name::value`, or `core.setOutput(...)`. */
export function outputWrite(line: string): { name: string; value: string } | undefined {
  const command = /::set-output\s+name=([\w-]+)::(.*)/.exec(line)
  return writesTo(line, 'GITHUB_OUTPUT') ?? (command ? { name: command[1], value: command[2] } : setOutputCall(line))
}

/** `core.setOutput('name', value)` in a github-script or JavaScript line. */
export function setOutputCall(line: string): { name: string; value: string } | undefined {
  const call = /\bsetOutput\s*\(\s*['"`]([\w-]+)['"`]\s*,\s*(.*)\)/.exec(line)
  return call ? { name: call[1], value: call[2].replace(/process\.env\.(\w+)/g, '$$$1') } : undefined
}

/** The value a script assigns to a shell variable before using it (`URL=$(...)`, `export URL="..."`), if it does. */
function scriptAssignment(step: Step, name: string): string | undefined {
  const assignment = new RegExp(
    `(?:^|[\\s;&|(])(?:export\\s+|local\\s+|declare\\s+(?:-\\w+\\s+)*)?${name}=("(?:[^"\\\\]|\\\\.)*"|'[^']*'|\\$\\((?:[^()]|\\([^()]*\\))*\\)|\\S*)`,
  )
  for (const line of logicalLines(step.run ?? [])) {
    const match = assignment.exec(line.text)
    if (match) return match[1].replace(/^["']|["']$/g, '')
  }
  return undefined
}

function masksInStep(step: Step): boolean {
  const text = [...(step.run ?? []), ...(step.withLines.get('script') ?? [])].map((line) => line.text).join('\n')
  return /::add-mask::|\bsetSecret\s*\(/.test(text)
}
