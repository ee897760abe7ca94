// Every input parsed and validated once, into typed settings for one mode. Nothing talks to Neon before this
// succeeded. Error messages name the input and what is allowed, and never echo a secret.

import { existsSync, statSync } from 'node:fs'
import * as path from 'node:path'
import { branchNameProblem, defaultBranchName } from './branch-name.js'
import { DAY_MS, parseDuration } from './duration.js'
import { parseRuleList } from './doctor/rule-list.js'
import type { RunContext } from './run-context.js'
import { inert } from './inert.js'

export const MODES = ['create', 'connect', 'delete', 'sweep', 'lint'] as const
export const SSL_MODES = ['require', 'verify-ca', 'verify-full', 'prefer', 'allow', 'disable', 'omit'] as const
export const CLEANUP_POLICIES = ['auto', 'always', 'never'] as const
export const BRANCH_TYPES = ['default', 'schema-only'] as const
export const FAIL_ON = ['error', 'warning', 'never'] as const
export const MAX_EXPIRY_MS = 30 * DAY_MS
/**
 * Every exported variable carries the prefix, in every later step of the job. Windows caps one environment variable
 * at 32,767 characters and the whole block is shared by all of them; no real prefix comes near this.
 */
export const MAX_ENV_PREFIX_LENGTH = 64
/** Linux refuses a single argument longer than 128 KiB (MAX_ARG_STRLEN); the command is one argument of the shell. */
export const MAX_MIGRATE_COMMAND_BYTES = 128 * 1024 - 1

export type Mode = (typeof MODES)[number]
export type SslMode = (typeof SSL_MODES)[number]
export type CleanupPolicy = (typeof CLEANUP_POLICIES)[number]

export interface NeonAccess {
  apiKey: string
  projectId: string
  apiHost?: string // undefined = Neon's
}

export interface ExportOptions {
  database: string
  role: string
  ssl: SslMode
  prisma: boolean
  envPrefix: string
}

export interface MigrateSettings {
  command: string
  timeoutMs: number
  cwd: string // absolute, inside the workspace
}

interface Common {
  timeoutMs: number
  run: RunContext
}

export interface CreateSettings extends Common {
  mode: 'create'
  neon: NeonAccess
  branchName: string
  parent?: string
  schemaOnly: boolean
  suspendTimeoutSeconds?: number
  expiresAt?: string // RFC 3339, from expires_at or ttl
  cleanup: CleanupPolicy
  export: ExportOptions
  migrate?: MigrateSettings
}

export interface ConnectSettings extends Common {
  mode: 'connect'
  neon: NeonAccess
  branchName: string
  export: ExportOptions
  migrate?: MigrateSettings
}

/** create or connect without an API key, with fallback_database_url given. */
export interface FallbackSettings extends Common {
  mode: 'fallback'
  requestedMode: 'create' | 'connect'
  url: string
  envPrefix: string
  migrate?: MigrateSettings
}

export interface DeleteSettings extends Common {
  mode: 'delete'
  neon: NeonAccess
  branchName: string
}

export interface SweepSettings extends Common {
  mode: 'sweep'
  neon: NeonAccess
  prefix: string
  olderThanMs: number // 0 = age rule off
  closedPrs: boolean
  dryRun: boolean
  github: { token: string; repository: string; apiUrl: string }
}

export interface LintSettings extends Common {
  mode: 'lint'
  workspace: string
  failOn: (typeof FAIL_ON)[number]
  disabledRules: string[]
  /** lint: where to write SARIF, relative to the workspace; '' for none. */
  sarifFile: string
}

export type Settings =
  CreateSettings | ConnectSettings | FallbackSettings | DeleteSettings | SweepSettings | LintSettings

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `Invalid inputs:\n- ${problems.join('\n- ')}`)
    this.name = 'InputError'
  }

  /** The message as log lines: one per problem. */
  get lines(): string[] {
    return this.problems.length === 1 ? [...this.problems] : ['Invalid inputs:', ...this.problems.map((p) => `- ${p}`)]
  }
}

/** Returns the trimmed value of an input ('' when unset), as core.getInput does. */
export type InputSource = (name: string) => string

export interface ParseContext {
  input: InputSource
  env: NodeJS.ProcessEnv
  run: RunContext
  now: Date
}

export function noApiKeyMessage(mode: Mode): string {
  const common =
    'No Neon API key: the api_key input is empty and NEON_API_KEY is not set. This is expected in pull requests ' +
    'from forks and in Dependabot runs, which get no secrets.'
  if (mode === 'create' || mode === 'connect') {
    return (
      `${common} Pass api_key: \${{ secrets.NEON_API_KEY }} (and check that the secret exists), or set ` +
      'fallback_database_url to a database the job can use instead (for example a postgres service container), ' +
      'or skip this job when secrets are unavailable (if: github.event.pull_request.head.repo.fork == false).'
    )
  }
  return `${common} mode '${mode}' needs one: pass api_key: \${{ secrets.NEON_API_KEY }}, or skip this job when secrets are unavailable.`
}

/** An input's value as shown in a message: on one line, control characters escaped. */
const quote = (value: string) => `'${inert(value)}'`

/** Reads and validates every input; throws InputError listing every problem found. */
export function parseSettings(ctx: ParseContext): Settings {
  const problems: string[] = []
  const get = (name: string) => ctx.input(name)

  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T => {
    const value = get(name)
    if ((allowed as readonly string[]).includes(value)) return value as T
    problems.push(`Input '${name}' must be one of ${allowed.join(', ')}; got ${quote(value)}.`)
    return allowed[0]
  }
  const bool = (name: string): boolean => {
    const value = get(name)
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    problems.push(`Input '${name}' must be true or false; got ${quote(value)}.`)
    return false
  }
  const duration = (name: string, opts: { allowZero: boolean; max?: number; maxText?: string }): number => {
    const value = get(name)
    const ms = parseDuration(value)
    if (ms === undefined || (ms === 0 && !opts.allowZero)) {
      problems.push(
        `Input '${name}' must be a duration such as 90s, 30m, 6h or 2d (units s, m, h, d)` +
          `${opts.allowZero ? ', or 0 to turn it off' : ''}; got ${quote(value)}.`,
      )
      return 0
    }
    if (opts.max !== undefined && ms > opts.max) {
      problems.push(`Input '${name}' must be at most ${opts.maxText}; got ${quote(value)}.`)
      return 0
    }
    return ms
  }
  const postgresName = (name: string): string => {
    const value = get(name)
    if (value === '' || Buffer.byteLength(value) > 63 || /\p{Cc}/u.test(value) || value.startsWith('-')) {
      problems.push(
        `Input '${name}' must be a PostgreSQL name of 1 to 63 bytes, not starting with '-'; got ${quote(value)}.`,
      )
    }
    return value
  }

  const modeValue = get('mode')
  const mode = (MODES as readonly string[]).includes(modeValue) ? (modeValue as Mode) : undefined
  if (!mode) problems.push(`Input 'mode' must be one of ${MODES.join(', ')}; got ${quote(modeValue)}.`)

  // Every input is checked whatever the mode, so a typo never hides until the day that mode is used.
  const apiHostValue = get('api_host')
  let apiHost: string | undefined
  if (apiHostValue) {
    const checked = checkApiHost(apiHostValue)
    if ('problem' in checked) problems.push(checked.problem)
    else apiHost = checked.host
  }

  const branchInput = get('branch_name')
  let branchName = branchInput
  if (branchInput) {
    const problem = branchNameProblem(branchInput)
    if (problem)
      problems.push(`Input 'branch_name' is not a valid branch name (${problem}); got ${quote(branchInput)}.`)
  } else if (mode === 'create' || mode === 'connect' || mode === 'delete') {
    const derived = defaultBranchName(ctx.run)
    if (derived) branchName = derived
    else
      problems.push(
        "Input 'branch_name' is empty and GITHUB_RUN_ID is not set, so no default name can be derived; set branch_name.",
      )
  }

  const parent = get('parent_branch') || undefined
  if (parent && (parent.length > 256 || /[\p{Cc}\s]/u.test(parent) || parent.startsWith('-'))) {
    problems.push(
      `Input 'parent_branch' must be a branch name or id without spaces, not starting with '-'; got ${quote(parent)}.`,
    )
  }

  const database = postgresName('database')
  const role = postgresName('role')
  const ssl = oneOf('ssl', SSL_MODES)
  const prisma = bool('prisma')
  const schemaOnly = oneOf('branch_type', BRANCH_TYPES) === 'schema-only'

  const suspendValue = get('suspend_timeout')
  let suspendTimeoutSeconds: number | undefined
  if (suspendValue) {
    const n = /^-?\d+$/.test(suspendValue) ? Number(suspendValue) : NaN
    if (!(n === -1 || n === 0 || (n >= 60 && n <= 604800))) {
      problems.push(
        `Input 'suspend_timeout' must be a whole number of seconds: -1 (never), 0 (the project's default) or 60 to 604800; got ${quote(suspendValue)}.`,
      )
    } else suspendTimeoutSeconds = n
  }

  const ttlMs = duration('ttl', { allowZero: true, max: MAX_EXPIRY_MS, maxText: "30d (Neon's expiry limit)" })
  const expiresAtValue = get('expires_at')
  let expiresAt: string | undefined
  if (expiresAtValue) {
    const at = parseRfc3339(expiresAtValue)
    if (at === undefined) {
      problems.push(
        `Input 'expires_at' must be an RFC 3339 time such as 2030-01-31T12:00:00Z, a date that exists; got ${quote(expiresAtValue)}.`,
      )
    } else if (at <= ctx.now.getTime()) {
      problems.push(`Input 'expires_at' must be in the future; got ${quote(expiresAtValue)}.`)
    } else if (at - ctx.now.getTime() > MAX_EXPIRY_MS) {
      problems.push(`Input 'expires_at' must be at most 30 days ahead (Neon's limit); got ${quote(expiresAtValue)}.`)
    } else expiresAt = new Date(at).toISOString().replace(/\.000Z$/, 'Z')
  } else if (ttlMs > 0) {
    expiresAt = new Date(ctx.now.getTime() + ttlMs).toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  const cleanup = oneOf('cleanup', CLEANUP_POLICIES)

  const envPrefix = get('env_prefix')
  if (envPrefix.length > MAX_ENV_PREFIX_LENGTH) {
    problems.push(
      `Input 'env_prefix' must be at most ${MAX_ENV_PREFIX_LENGTH} characters (it is added to every exported ` +
        `variable of every later step, and Windows caps a variable at 32,767 characters); got ${envPrefix.length}.`,
    )
  } else if (envPrefix && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(envPrefix)) {
    problems.push(
      `Input 'env_prefix' must be letters, digits and underscores, not starting with a digit (for example ORDERS_); got ${quote(envPrefix)}.`,
    )
  }

  const fallbackUrl = get('fallback_database_url')
  if (fallbackUrl && !isPostgresUrl(fallbackUrl)) {
    // never echo the value: it may carry a password
    problems.push(
      "Input 'fallback_database_url' must be a postgres:// or postgresql:// URL with a host, with any % in the user, " +
        'password or database written as %25 (value not shown).',
    )
  }

  const timeoutMs = duration('timeout', { allowZero: false, max: 6 * 3_600_000, maxText: '6h' })

  const migrateCommand = get('migrate')
  const migrateTimeoutMs = duration('migrate_timeout', { allowZero: false, max: 6 * 3_600_000, maxText: '6h' })
  const migrateDir = get('migrate_working_directory') || '.'
  const workspace = path.resolve(ctx.run.workspace)
  const migrateCwd = path.resolve(workspace, migrateDir)
  if (migrateCwd !== workspace && !migrateCwd.startsWith(workspace + path.sep)) {
    problems.push(`Input 'migrate_working_directory' must be a path inside the workspace; got ${quote(migrateDir)}.`)
  } else if (migrateCommand && !isDirectory(migrateCwd)) {
    // checked now, not when the command starts: by then the branch exists
    problems.push(
      `Input 'migrate_working_directory' must be a directory that exists in the workspace (check out the code ` +
        `before this step); got ${quote(migrateDir)}.`,
    )
  }
  if (migrateCommand.includes('\0')) {
    problems.push("Input 'migrate' must not contain a NUL character.")
  } else if (Buffer.byteLength(migrateCommand) > MAX_MIGRATE_COMMAND_BYTES) {
    problems.push(
      `Input 'migrate' must be at most 128 KiB (the operating system's limit for one argument); put a long script ` +
        'in a file and run that instead.',
    )
  }

  const sweepPrefix = get('sweep_prefix')
  if (mode === 'sweep' && sweepPrefix === '') {
    problems.push(
      "Input 'sweep_prefix' must not be empty in sweep mode (it keeps the sweeper to CI branches, for example ci/).",
    )
  }
  const sweepOlderThanMs = duration('sweep_older_than', { allowZero: true })
  const sweepClosedPrs = bool('sweep_closed_prs')
  const dryRun = bool('dry_run')
  const failOn = oneOf('fail_on', FAIL_ON)
  const disabledRules = parseRuleList(get('disable_rules'))

  // The API key and project: only modes that talk to Neon need them.
  const apiKey = resolveApiKey(get('api_key'), ctx.env)
  const projectId = get('project_id') || ctx.env.NEON_PROJECT_ID?.trim() || ''
  const needsNeon = mode === 'create' || mode === 'connect' || mode === 'delete' || mode === 'sweep'
  const useFallback = needsNeon && !apiKey && !!fallbackUrl && (mode === 'create' || mode === 'connect')
  if (needsNeon && !apiKey && !useFallback) problems.push(noApiKeyMessage(mode))
  if (apiKey) {
    const keyProblem = apiKeyProblem(apiKey)
    if (keyProblem) problems.push(keyProblem)
  }
  if (needsNeon && apiKey && !projectId) {
    problems.push("Input 'project_id' is required: set it or the NEON_PROJECT_ID environment variable.")
  } else if (projectId && !/^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/.test(projectId)) {
    problems.push(
      `Input 'project_id' must look like a Neon project id (letters, digits and -); got ${quote(projectId)}.`,
    )
  }

  if (problems.length > 0 || !mode) throw new InputError(problems)

  const common: Common = { timeoutMs, run: ctx.run }
  const neon: NeonAccess = { apiKey, projectId, ...(apiHost ? { apiHost } : {}) }
  const migrate: MigrateSettings | undefined = migrateCommand
    ? { command: migrateCommand, timeoutMs: migrateTimeoutMs, cwd: migrateCwd }
    : undefined
  const exportOptions: ExportOptions = { database, role, ssl, prisma, envPrefix }

  switch (mode) {
    case 'create':
    case 'connect':
      if (useFallback) return { ...common, mode: 'fallback', requestedMode: mode, url: fallbackUrl, envPrefix, migrate }
      if (mode === 'connect') return { ...common, mode, neon, branchName, export: exportOptions, migrate }
      return {
        ...common,
        mode,
        neon,
        branchName,
        parent,
        schemaOnly,
        suspendTimeoutSeconds,
        expiresAt,
        cleanup,
        export: exportOptions,
        migrate,
      }
    case 'delete':
      return { ...common, mode, neon, branchName }
    case 'sweep':
      return {
        ...common,
        mode,
        neon,
        prefix: sweepPrefix,
        olderThanMs: sweepOlderThanMs,
        closedPrs: sweepClosedPrs,
        dryRun,
        github: { token: get('github_token'), repository: ctx.run.repository, apiUrl: ctx.run.apiUrl },
      }
    case 'lint':
      return { ...common, mode, workspace, failOn, disabledRules, sarifFile: get('sarif_file') }
  }
}

/** The api_key input, else NEON_API_KEY from the environment; '' when neither is set. */
export function resolveApiKey(input: string, env: NodeJS.ProcessEnv): string {
  return input.trim() || env.NEON_API_KEY?.trim() || ''
}

/**
 * Why the API key cannot be sent, or undefined when it can. It travels as `Authorization: Bearer <key>`: a line
 * break, a space, a control or non-ASCII character would make the request fail (or be refused by the HTTP client)
 * every time, which retrying cannot fix. The value is never shown.
 */
export function apiKeyProblem(key: string): string | undefined {
  if (/^[\x21-\x7e]+$/.test(key)) return undefined
  return (
    "Input 'api_key' (or NEON_API_KEY) holds characters an HTTP header cannot carry (a line break, a space, a " +
    'control or a non-ASCII character); check the secret for a pasted line break or quotes (value not shown).'
  )
}

const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/

/**
 * api_host, checked before any request: the API key goes to it in every request, so only over TLS (https://), or
 * plain http:// to this machine (the local server). No user:password@ (neonctl would print it with each request in
 * its debug log), query or fragment. The host as the API client will use it, without a trailing slash.
 */
export function checkApiHost(value: string): { host: string } | { problem: string } {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { problem: `Input 'api_host' must be a URL such as https://console.neon.tech/api/v2; got ${quote(value)}.` }
  }
  if (url.username || url.password) {
    url.username = ''
    url.password = ''
    return {
      problem:
        "Input 'api_host' must not hold a user name or password (user:password@); the API key is the only " +
        `credential, passed as api_key. Got ${quote(url.href.replace('//', '//***@'))}.`,
    }
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || LOOPBACK_V4.test(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return {
      problem:
        "Input 'api_host' must be an https:// URL (the API key travels in every request), or http:// to this " +
        `machine only (localhost, 127.0.0.0/8, [::1]); got ${quote(value)}.`,
    }
  }
  if (url.search || url.hash) {
    return { problem: `Input 'api_host' must not have a query or fragment; got ${quote(value)}.` }
  }
  return { host: `${url.origin}${url.pathname}`.replace(/\/+$/, '') }
}

function isDirectory(dir: string): boolean {
  try {
    return existsSync(dir) && statSync(dir).isDirectory()
  } catch {
    return false
  }
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value)
    // the user, password and database are percent-decoded later: a raw % must have been written as %25
    for (const part of [url.username, url.password, url.pathname]) decodeURIComponent(part)
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
  } catch {
    return false
  }
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/

/** Epoch ms, or undefined unless every field is in range: Date.parse turns 2026-11-31 into December 1. */
export function parseRfc3339(value: string): number | undefined {
  const m = RFC3339.exec(value)
  if (!m) return undefined
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number)
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const offsetOk = m[9] === undefined || (Number(m[9]) <= 23 && Number(m[10]) <= 59)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59 || !offsetOk)
    return undefined
  const ms = Date.parse(value.replace(' ', 'T'))
  return Number.isNaN(ms) ? undefined : ms
}
