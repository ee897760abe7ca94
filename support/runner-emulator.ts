/**
 * Runner emulator: runs the bundled action (`dist/main/index.js`, `dist/post/index.js`) the way a GitHub runner runs
 * a `node24` action step, so end-to-end tests exercise exactly what users get.
 *
 * What it reproduces (from actions/runner):
 * - the step is a child process: `<node> <entry>`, cwd = GITHUB_WORKSPACE; <node> is RUNNER_EMULATOR_NODE when set
 *   (the jest projects set it to Node 24, the runner's `node24`, or leave it unset: `process.execPath`);
 * - every input as `INPUT_<NAME>` (uppercased, spaces -> `_`, hyphens kept), with action.yml defaults filled in
 *   (`${{ github.token }}` becomes a dummy token); `required` is not enforced (the runner doesn't either);
 * - fresh empty GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY / GITHUB_PATH files per step, parsed
 *   after the step (`NAME=VALUE` lines and `NAME<<DELIMITER` heredocs), even when the step failed or was killed;
 * - GITHUB_ENV and GITHUB_PATH apply to later steps of the same job; state saved by main comes to post as
 *   `STATE_<name>`;
 * - GITHUB_ACTIONS, CI, RUNNER_TEMP (one per job, removed at job end), GITHUB_WORKSPACE, GITHUB_RUN_ID,
 *   GITHUB_RUN_ATTEMPT, GITHUB_REPOSITORY, GITHUB_SHA, GITHUB_EVENT_NAME, GITHUB_EVENT_PATH (event JSON written);
 * - workflow commands on stdout, parsed as the runner parses them (`::name props::data` after leading white space,
 *   and the older `##[name props]data` anywhere in a line; `::stop-commands::` pauses them): `::add-mask::` (masks
 *   later log lines in `result.log`), annotations (`::error|warning|notice ...::`), and the legacy `::set-output` /
 *   `::save-state` commands. `result.commands` lists every command processed.
 * The host's own GITHUB_*, RUNNER_*, INPUT_*, STATE_*, NEON_*, ACTIONS_* and NODE_OPTIONS variables are not passed on.
 *
 * Usage:
 *   import { runJob, createJob, expectNoSecret } from './runner-emulator.js'
 *   const { main, post } = await runJob({ inputs: { api_key, project_id, api_host }, env: { NODE_EXTRA_CA_CERTS } })
 *   expect(main.exitCode).toBe(0); main.env.DATABASE_URL; main.outputs.branch_id; post.summary
 *   expectNoSecret([main, post], password)
 *
 *   // several steps in one job (later steps see GITHUB_ENV), or a kill in the middle of main:
 *   const job = await createJob({ runId: '42' })
 *   try {
 *     const main = await job.runMain({ inputs, killWhen: (s) => 'branch_id' in s.state })
 *     job.stepEnv()             // what a later `run:` step would see (DATABASE_URL, PGHOST, ...)
 *     await job.runShell('psql "$DATABASE_URL" -c "select 1"')   // a `run:` step (bash) with the job's env
 *     const post = await job.runPost(main)
 *   } finally { await job.cleanup() }
 *
 * `collectAllBytes(results)` is every byte the action wrote where a secret must never appear: stdout and stderr
 * (minus the `::add-mask::` commands the runner consumes), outputs, state, summary, PATH file and files left behind
 * in RUNNER_TEMP. GITHUB_ENV is excluded: exporting the URL there is the action's job.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const DUMMY_GITHUB_TOKEN = 'ghs_harnessDummyToken000000000000000000'

/** The node that runs the action's entries, as the runner's externals/node24 does on GitHub. */
export function runnerNode(): string {
  return process.env.RUNNER_EMULATOR_NODE || process.execPath
}

/** `run` is a `run:` step (bash), the others the action's entries */
export type Entry = 'main' | 'post' | 'run'

export interface Annotation {
  level: 'error' | 'warning' | 'notice' | 'debug'
  message: string
  properties: Record<string, string>
}

/** What the step left behind, as the runner sees it after it ended. */
export interface StepResult {
  entry: Entry
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** true if `killWhen` fired and the emulator killed the step */
  killed: boolean
  /** true if the step ran past `timeoutMs` and was killed */
  timedOut: boolean
  /** raw process output, as written by the action */
  stdout: string
  stderr: string
  /** the log a user sees: workflow commands consumed, masks applied (`***`), stderr appended */
  log: string
  annotations: Annotation[]
  /** every workflow command the runner would have processed, in order */
  commands: ProcessedCommand[]
  masks: string[]
  env: Record<string, string>
  path: string[]
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  /** raw contents of the file-command files */
  files: { env: string; output: string; state: string; summary: string; path: string }
  /** files left in RUNNER_TEMP when the step ended (relative path -> contents) */
  tempFiles: Record<string, string>
  /** state this step received (STATE_*), for post steps */
  receivedState: Record<string, string>
  inputs: Record<string, string>
}

/** Passed to `killWhen` whenever the step wrote something, and every `pollMs`. */
export interface StepSnapshot {
  stdout: string
  stderr: string
  state: Record<string, string>
  outputs: Record<string, string>
  env: Record<string, string>
}

export interface JobOptions {
  /** job-level `env:` (applies to every step) */
  env?: Record<string, string>
  repository?: string // owner/name, default 'octo-org/octo-repo'
  runId?: string // default: random
  runAttempt?: string // default '1'
  sha?: string // default: random 40 hex
  eventName?: string // default 'push'
  eventPayload?: Record<string, unknown>
  /** default: a fresh temp dir, removed by cleanup() */
  workspace?: string
  /** action directory holding action.yml and dist/, default: RUNNER_EMULATOR_ACTION_DIR, else this repository */
  actionDir?: string
}

export interface StepOptions {
  /** action inputs by their action.yml names; unset inputs get action.yml defaults */
  inputs?: Record<string, string>
  /** step-level `env:` */
  env?: Record<string, string>
  /** extra STATE_* for post (normally taken from the main result) */
  state?: Record<string, string>
  /** override the script (default: `<actionDir>/dist/<entry>/index.js`) */
  script?: string
  /** kill the step as soon as this returns (or resolves to) true; checked on output and every pollMs */
  killWhen?: (snapshot: StepSnapshot) => boolean | Promise<boolean>
  killSignal?: NodeJS.Signals // default SIGKILL
  timeoutMs?: number // default 180000
  pollMs?: number // default 20
  /** accept input names that action.yml doesn't declare (the runner only warns) */
  allowUnknownInputs?: boolean
}

interface ActionInput {
  default?: string
}

const actionYmlCache = new Map<string, Record<string, ActionInput>>()

/** Inputs declared by action.yml with their defaults (expressions resolved as the runner would here). */
export async function actionInputs(actionDir = repoRoot): Promise<Record<string, ActionInput>> {
  const cached = actionYmlCache.get(actionDir)
  if (cached) return cached
  const doc = parseYaml(await fs.readFile(path.join(actionDir, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: unknown } | null>
  }
  const inputs: Record<string, ActionInput> = {}
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    const raw = spec?.default
    inputs[name] = raw === undefined || raw === null ? {} : { default: resolveExpression(String(raw)) }
  }
  actionYmlCache.set(actionDir, inputs)
  return inputs
}

function resolveExpression(value: string): string {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    if (expr === 'github.token') return DUMMY_GITHUB_TOKEN
    throw new Error(`runner emulator: cannot resolve expression \${{ ${expr} }} in an action.yml default`)
  })
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Parses a GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE file like the runner does. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    const eq = line.indexOf('=')
    if (heredoc && (eq === -1 || eq > line.indexOf('<<'))) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      let closed = false
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        value.push(lines[i])
      }
      if (!closed) throw new Error(`runner emulator: heredoc for ${name} is not closed by ${delimiter}`)
      result[name] = value.join('\n')
    } else if (eq > 0) {
      result[line.slice(0, eq)] = line.slice(eq + 1)
    } else {
      throw new Error(`runner emulator: invalid file command line: ${line}`)
    }
  }
  return result
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

/** The older `##[name k=v;]data` form: its own escapes. */
function unescapeV1(s: string): string {
  return s.replace(/%3B/g, ';').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%5D/g, ']').replace(/%25/g, '%')
}

/** Commands the runner knows (actions/runner ActionCommandManager); any other name is an ordinary log line. */
const REGISTERED = new Set([
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
])

/** A workflow command the runner processed. */
export interface ProcessedCommand {
  name: string
  properties: Record<string, string>
  data: string
  /** the line it came from, as the action wrote it */
  line: string
}

/**
 * Parses a line as the runner does (actions/runner ActionCommand.TryParseV2, then TryParse): `::name props::data`
 * after leading white space is trimmed, or the older `##[name props]data` anywhere in the line.
 */
export function parseCommandLine(line: string, registered: ReadonlySet<string>): ProcessedCommand | undefined {
  const trimmed = line.trimStart()
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2)
    if (end >= 0) {
      const info = trimmed.slice(2, end)
      const space = info.indexOf(' ')
      const name = space < 0 ? info : info.slice(0, space)
      if (registered.has(name.toLowerCase())) {
        const properties: Record<string, string> = {}
        if (space > 0) {
          for (const pair of info
            .slice(space + 1)
            .trim()
            .split(',')
            .filter(Boolean)) {
            const eq = pair.indexOf('=')
            if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
          }
        }
        return { name: name.toLowerCase(), properties, data: unescapeData(trimmed.slice(end + 2)), line }
      }
    }
  }
  const prefix = line.indexOf('##[')
  if (prefix < 0) return undefined
  const close = line.indexOf(']', prefix)
  if (close < 0) return undefined
  const info = line.slice(prefix + 3, close)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const eq = pair.indexOf('=')
      if (eq > 0 && eq < pair.length - 1) properties[pair.slice(0, eq)] = unescapeV1(pair.slice(eq + 1))
    }
  }
  return { name: name.toLowerCase(), properties, data: unescapeV1(line.slice(close + 1)), line }
}

interface ParsedLog {
  log: string[]
  masks: string[]
  annotations: Annotation[]
  commands: ProcessedCommand[]
  legacyOutputs: Record<string, string>
  legacyState: Record<string, string>
}

/** Consumes workflow commands from stdout as the runner does and renders the visible log. */
export function processWorkflowCommands(stdout: string, initialMasks: string[] = []): ParsedLog {
  const parsed: ParsedLog = {
    log: [],
    masks: [...initialMasks],
    annotations: [],
    commands: [],
    legacyOutputs: {},
    legacyState: {},
  }
  const mask = (line: string) =>
    [...parsed.masks].sort((a, b) => b.length - a.length).reduce((l, m) => (m ? l.split(m).join('***') : l), line)
  const registered = new Set(REGISTERED)
  let stopToken: string | undefined // set while ::stop-commands:: is in force
  for (const line of stdout.split(/\r?\n/)) {
    const command = parseCommandLine(line, registered)
    if (!command) {
      parsed.log.push(mask(line))
      continue
    }
    if (stopToken !== undefined) {
      if (command.name === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase())
        stopToken = undefined
      }
      parsed.log.push(mask(line))
      continue
    }
    parsed.commands.push(command)
    const { name, data, properties } = command
    switch (name) {
      case 'stop-commands':
        stopToken = data
        registered.add(data.toLowerCase())
        parsed.log.push(mask(line))
        break
      case 'add-mask':
        if (data.trim()) parsed.masks.push(data)
        break
      case 'error':
      case 'warning':
      case 'notice':
      case 'debug':
        parsed.annotations.push({ level: name, message: mask(data), properties })
        parsed.log.push(`${name === 'debug' ? '##[debug]' : `${name[0].toUpperCase()}${name.slice(1)}: `}${mask(data)}`)
        break
      case 'set-output':
        parsed.legacyOutputs[properties.name] = data
        break
      case 'save-state':
        parsed.legacyState[properties.name] = data
        break
      case 'group':
        parsed.log.push(`▶ ${mask(data)}`)
        break
      case 'endgroup':
        break
      default:
        parsed.log.push(mask(line))
    }
  }
  return parsed
}

function hostEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue
    if (/^(GITHUB_|RUNNER_|INPUT_|STATE_|NEON_|ACTIONS_)/.test(key)) continue
    if (key === 'NODE_OPTIONS' || key === 'CI' || key.startsWith('JEST_')) continue
    env[key] = value
  }
  return env
}

async function readIfExists(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8')
  } catch {
    return ''
  }
}

function safeParse(text: string): Record<string, string> {
  try {
    return parseFileCommands(text)
  } catch {
    return {} // a half-written heredoc while the step is still running
  }
}

async function listFiles(dir: string, base = dir): Promise<Record<string, string>> {
  const found: Record<string, string> = {}
  let entries: import('node:fs').Dirent[]
  try {
    entries = await fs.readdir(dir, { withFileTypes: true })
  } catch {
    return found
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) Object.assign(found, await listFiles(full, base))
    else if (entry.isFile()) found[path.relative(base, full)] = await readIfExists(full)
  }
  return found
}

/** One emulated job: a workspace, a RUNNER_TEMP, and the environment that accumulates across its steps. */
export class Job {
  readonly env: Record<string, string>
  readonly addedPath: string[] = []
  /** results of every step run so far, in order */
  readonly steps: StepResult[] = []
  private stepCounter = 0
  private readonly masks: string[] = []

  constructor(
    readonly options: Required<Omit<JobOptions, 'env' | 'eventPayload' | 'workspace'>> & {
      eventPayload: Record<string, unknown>
    },
    readonly workspace: string,
    readonly runnerTemp: string,
    private readonly fileCommandDir: string,
    readonly eventPath: string,
    private readonly ownsWorkspace: boolean,
    jobEnv: Record<string, string>,
  ) {
    this.env = { ...jobEnv }
  }

  /** Environment a later `run:` step (or another action) sees: host + job env + GITHUB_ENV/PATH so far. */
  stepEnv(stepEnv: Record<string, string> = {}): Record<string, string> {
    const base = hostEnv()
    const pathParts = [...[...this.addedPath].reverse(), base.PATH ?? ''].filter(Boolean)
    return {
      ...base,
      ...this.builtinEnv(),
      ...this.env,
      ...stepEnv,
      PATH: pathParts.join(path.delimiter),
    }
  }

  private builtinEnv(): Record<string, string> {
    const o = this.options
    return {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: this.runnerTemp,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_RUN_ID: o.runId,
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: o.runAttempt,
      GITHUB_REPOSITORY: o.repository,
      GITHUB_REPOSITORY_OWNER: o.repository.split('/')[0],
      GITHUB_SHA: o.sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: o.eventName,
      GITHUB_EVENT_PATH: this.eventPath,
      GITHUB_WORKFLOW: 'ci',
      GITHUB_JOB: 'test',
      GITHUB_ACTOR: 'octocat',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    }
  }

  runMain(step: StepOptions = {}): Promise<StepResult> {
    return this.runStep('main', step)
  }

  /** Runs post with the state `main` saved (and the same inputs, as the runner does). */
  runPost(main?: StepResult, step: StepOptions = {}): Promise<StepResult> {
    return this.runStep('post', {
      ...step,
      inputs: step.inputs ?? main?.inputs,
      state: { ...(main?.state ?? {}), ...(step.state ?? {}) },
    })
  }

  /**
   * A `run:` step with `shell: bash`: `bash --noprofile --norc -eo pipefail -c <command>`, with the job's env and its
   * own file-command files, so it can read DATABASE_URL and write GITHUB_ENV / GITHUB_OUTPUT like a real step.
   */
  runShell(
    command: string,
    step: Omit<StepOptions, 'inputs' | 'state' | 'script' | 'allowUnknownInputs'> = {},
  ): Promise<StepResult> {
    return this.runStep('run', { ...step, command })
  }

  async runStep(entry: Entry, step: StepOptions & { command?: string } = {}): Promise<StepResult> {
    const inputs: Record<string, string> = {}
    if (entry !== 'run') {
      const declared = await actionInputs(this.options.actionDir)
      for (const [name, spec] of Object.entries(declared)) if (spec.default !== undefined) inputs[name] = spec.default
      for (const [name, value] of Object.entries(step.inputs ?? {})) {
        if (!(name in declared) && !step.allowUnknownInputs) {
          throw new Error(`runner emulator: input '${name}' is not declared in action.yml`)
        }
        inputs[name] = value
      }
    }

    const n = ++this.stepCounter
    const files = {
      env: path.join(this.fileCommandDir, `set_env_${n}`),
      output: path.join(this.fileCommandDir, `set_output_${n}`),
      state: path.join(this.fileCommandDir, `save_state_${n}`),
      summary: path.join(this.fileCommandDir, `step_summary_${n}`),
      path: path.join(this.fileCommandDir, `add_path_${n}`),
    }
    await Promise.all(Object.values(files).map((f) => fs.writeFile(f, '')))

    const env: Record<string, string> = {
      ...this.stepEnv(step.env),
      GITHUB_ENV: files.env,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_PATH: files.path,
      GITHUB_ACTION: `__run_${n}`,
      GITHUB_ACTION_PATH: this.options.actionDir,
    }
    for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value
    for (const [name, value] of Object.entries(step.state ?? {})) env[`STATE_${name}`] = value

    let argv: [string, string[]]
    if (entry === 'run') {
      argv = ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.command ?? '']]
    } else {
      const script = step.script ?? path.join(this.options.actionDir, 'dist', entry, 'index.js')
      if (!existsSync(script)) throw new Error(`runner emulator: ${script} does not exist (run npm run build)`)
      argv = [runnerNode(), [script]]
    }
    const child = spawn(argv[0], argv[1], { cwd: this.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let killed = false
    let timedOut = false
    let checking = false
    const check = async () => {
      if (!step.killWhen || killed || checking || child.exitCode !== null) return
      checking = true
      try {
        const [stateText, outputText, envText] = await Promise.all([
          readIfExists(files.state),
          readIfExists(files.output),
          readIfExists(files.env),
        ])
        const snapshot = {
          stdout,
          stderr,
          state: safeParse(stateText),
          outputs: safeParse(outputText),
          env: safeParse(envText),
        }
        const verdict = await step.killWhen(snapshot)
        if (!killed && child.exitCode === null && verdict) {
          killed = true
          child.kill(step.killSignal ?? 'SIGKILL')
        }
      } finally {
        checking = false
      }
    }
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      void check()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
      void check()
    })
    const poll = step.killWhen ? setInterval(() => void check(), step.pollMs ?? 20) : undefined
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, step.timeoutMs ?? 180_000)
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code, sig) => resolve([code, sig]))
    })
    clearTimeout(timer)
    if (poll) clearInterval(poll)

    const raw = {
      env: await readIfExists(files.env),
      output: await readIfExists(files.output),
      state: await readIfExists(files.state),
      summary: await readIfExists(files.summary),
      path: await readIfExists(files.path),
    }
    const commands = processWorkflowCommands(stdout, this.masks)
    this.masks.splice(0, this.masks.length, ...commands.masks)
    const stepMasks = commands.masks
    const maskText = (t: string) =>
      [...stepMasks].sort((a, b) => b.length - a.length).reduce((l, m) => (m ? l.split(m).join('***') : l), t)
    const result: StepResult = {
      entry,
      exitCode,
      signal,
      killed,
      timedOut,
      stdout,
      stderr,
      log: [...commands.log, ...(stderr ? [maskText(stderr)] : [])].join('\n'),
      annotations: commands.annotations,
      commands: commands.commands,
      masks: stepMasks,
      env: safeParse(raw.env),
      path: raw.path.split(/\r?\n/).filter(Boolean),
      outputs: { ...commands.legacyOutputs, ...safeParse(raw.output) },
      state: { ...commands.legacyState, ...safeParse(raw.state) },
      summary: raw.summary,
      files: raw,
      tempFiles: await listFiles(this.runnerTemp),
      receivedState: { ...(step.state ?? {}) },
      inputs,
    }
    Object.assign(this.env, result.env)
    this.addedPath.push(...result.path)
    this.steps.push(result)
    return result
  }

  /** Removes RUNNER_TEMP (as the runner does at job end), the file-command files, and a workspace it created. */
  async cleanup(): Promise<void> {
    await fs.rm(path.dirname(this.fileCommandDir), { recursive: true, force: true })
    if (this.ownsWorkspace) await fs.rm(this.workspace, { recursive: true, force: true })
  }
}

export async function createJob(options: JobOptions = {}): Promise<Job> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'runner-job-'))
  const runnerTemp = path.join(root, 'temp')
  const fileCommandDir = path.join(root, 'file_commands')
  const ownsWorkspace = !options.workspace
  const workspace = options.workspace ?? path.join(root, 'workspace')
  await Promise.all([runnerTemp, fileCommandDir, workspace].map((d) => fs.mkdir(d, { recursive: true })))
  const repository = options.repository ?? 'octo-org/octo-repo'
  const eventName = options.eventName ?? 'push'
  const eventPayload = options.eventPayload ?? {
    repository: { full_name: repository, name: repository.split('/')[1], owner: { login: repository.split('/')[0] } },
  }
  const eventPath = path.join(root, 'event.json')
  await fs.writeFile(eventPath, JSON.stringify(eventPayload))
  return new Job(
    {
      repository,
      runId: options.runId ?? String(1_000_000_000 + Math.floor(Math.random() * 1_000_000_000)),
      runAttempt: options.runAttempt ?? '1',
      sha: options.sha ?? randomUUID().replace(/-/g, '').padEnd(40, '0').slice(0, 40),
      eventName,
      eventPayload,
      // RUNNER_EMULATOR_ACTION_DIR: run the tests against another checkout's action (for example main's dist/)
      actionDir: options.actionDir ?? process.env.RUNNER_EMULATOR_ACTION_DIR ?? repoRoot,
    },
    workspace,
    runnerTemp,
    fileCommandDir,
    eventPath,
    ownsWorkspace,
    options.env ?? {},
  )
}

export interface JobRun {
  main: StepResult
  post: StepResult
  /** the environment a step between main and post saw */
  stepEnv: Record<string, string>
}

/**
 * main, then post (always, as `post-if: always()`), then job cleanup.
 * `between` runs after main with the job (e.g. run psql with job.stepEnv()); its errors are rethrown after post.
 */
export async function runJob(
  options: JobOptions & {
    inputs?: Record<string, string>
    main?: Omit<StepOptions, 'inputs'>
    post?: Omit<StepOptions, 'inputs'>
    between?: (job: Job, main: StepResult) => Promise<void>
  } = {},
): Promise<JobRun> {
  const job = await createJob(options)
  try {
    const main = await job.runMain({ ...options.main, inputs: options.inputs })
    const stepEnv = job.stepEnv()
    let betweenError: unknown
    if (options.between) {
      try {
        await options.between(job, main)
      } catch (error) {
        betweenError = error
      }
    }
    const post = await job.runPost(main, options.post)
    if (betweenError) throw betweenError
    return { main, post, stepEnv }
  } finally {
    await job.cleanup()
  }
}

/** Every byte the action wrote where no secret may appear (see the top of this file). */
export function collectAllBytes(results: StepResult | StepResult[]): { where: string; text: string }[] {
  const list = Array.isArray(results) ? results : [results]
  const parts: { where: string; text: string }[] = []
  list.forEach((r, i) => {
    const label = `${r.entry}#${i}`
    const stdoutWithoutMaskCommands = r.stdout
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n')
    parts.push({ where: `${label} stdout`, text: stdoutWithoutMaskCommands })
    parts.push({ where: `${label} stderr`, text: r.stderr })
    parts.push({ where: `${label} GITHUB_OUTPUT`, text: r.files.output })
    parts.push({ where: `${label} GITHUB_STATE`, text: r.files.state })
    parts.push({ where: `${label} GITHUB_STEP_SUMMARY`, text: r.files.summary })
    parts.push({ where: `${label} GITHUB_PATH`, text: r.files.path })
    parts.push({ where: `${label} annotations`, text: r.annotations.map((a) => a.message).join('\n') })
    for (const [file, text] of Object.entries(r.tempFiles)) parts.push({ where: `${label} RUNNER_TEMP/${file}`, text })
  })
  return parts
}

/** Throws (naming where) if `secret`, or its URL-encoded form, appears in any byte from collectAllBytes. */
export function expectNoSecret(results: StepResult | StepResult[], secret: string): void {
  if (!secret) throw new Error('expectNoSecret: empty secret')
  const forms = [...new Set([secret, encodeURIComponent(secret)])]
  const hits: string[] = []
  for (const { where, text } of collectAllBytes(results)) {
    for (const form of forms) {
      const at = text.indexOf(form)
      if (at >= 0) {
        const context = text
          .slice(Math.max(0, at - 60), at + form.length + 60)
          .split(form)
          .join('<SECRET>')
        hits.push(`${where}: ...${context}...`)
      }
    }
  }
  if (hits.length) throw new Error(`secret found in ${hits.length} place(s):\n${hits.join('\n')}`)
}

/** Every `::add-mask::` value registered by these steps. */
export function maskedValues(results: StepResult | StepResult[]): string[] {
  return (Array.isArray(results) ? results : [results]).flatMap((r) => r.masks)
}
