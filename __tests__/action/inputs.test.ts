import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { parse } from 'yaml'
import { InputError, parseSettings, noApiKeyMessage, type Settings } from '../../src/inputs.js'
import { defaultBranchName } from '../../src/branch-name.js'
import { parseDuration } from '../../src/duration.js'
import { repoRoot } from '../../support/runner-emulator.js'

const defaults: Record<string, string> = (() => {
  const doc = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  return Object.fromEntries(Object.entries(doc.inputs).map(([name, spec]) => [name, String(spec.default ?? '')]))
})()

const NOW = new Date('2026-06-01T12:00:00Z')
const run = {
  repository: 'octo-org/My_Repo',
  runId: '123456',
  runAttempt: '2',
  job: 'test',
  sha: 'a'.repeat(40),
  workspace: '/tmp/ws',
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
}

function parseWith(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}, runOverrides = {}): Settings {
  const all: Record<string, string> = {
    ...defaults,
    github_token: 'tok',
    api_key: 'key',
    project_id: 'proj-1',
    ...inputs,
  }
  return parseSettings({ input: (n) => (all[n] ?? '').trim(), env, run: { ...run, ...runOverrides }, now: NOW })
}

function messageOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error.message
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseSettings: bad inputs, each with its exact message', () => {
  const cases: [string, Record<string, string>, string][] = [
    [
      'unknown mode',
      { mode: 'crate' },
      "Input 'mode' must be one of create, connect, delete, sweep, lint; got 'crate'.",
    ],
    [
      'branch name with a space',
      { branch_name: 'my branch' },
      "Input 'branch_name' is not a valid branch name (use letters, digits and . _ - / : @ + = # only, starting with a letter or digit); got 'my branch'.",
    ],
    [
      'branch name shaped like an id',
      { branch_name: 'br-cool-dust-123' },
      "Input 'branch_name' is not a valid branch name (it has the shape of a branch id (br-...), which neonctl would not treat as a name); got 'br-cool-dust-123'.",
    ],
    [
      'branch name too long',
      { branch_name: 'x'.repeat(257) },
      `Input 'branch_name' is not a valid branch name (at most 256 characters); got '${'x'.repeat(257)}'.`,
    ],
    [
      'bad ttl',
      { ttl: '5x' },
      "Input 'ttl' must be a duration such as 90s, 30m, 6h or 2d (units s, m, h, d), or 0 to turn it off; got '5x'.",
    ],
    ['ttl beyond 30 days', { ttl: '31d' }, "Input 'ttl' must be at most 30d (Neon's expiry limit); got '31d'."],
    [
      'expires_at in the past',
      { expires_at: '2026-05-01T00:00:00Z' },
      "Input 'expires_at' must be in the future; got '2026-05-01T00:00:00Z'.",
    ],
    [
      'expires_at too far ahead',
      { expires_at: '2026-07-15T00:00:00Z' },
      "Input 'expires_at' must be at most 30 days ahead (Neon's limit); got '2026-07-15T00:00:00Z'.",
    ],
    [
      'expires_at not RFC 3339',
      { expires_at: 'tomorrow' },
      "Input 'expires_at' must be an RFC 3339 time such as 2030-01-31T12:00:00Z; got 'tomorrow'.",
    ],
    [
      'bad ssl',
      { ssl: 'yes' },
      "Input 'ssl' must be one of require, verify-ca, verify-full, prefer, allow, disable, omit; got 'yes'.",
    ],
    ['bad cleanup', { cleanup: 'sometimes' }, "Input 'cleanup' must be one of auto, always, never; got 'sometimes'."],
    ['bad fail_on', { fail_on: 'all' }, "Input 'fail_on' must be one of error, warning, never; got 'all'."],
    [
      'bad branch_type',
      { branch_type: 'empty' },
      "Input 'branch_type' must be one of default, schema-only; got 'empty'.",
    ],
    ['bad prisma', { prisma: 'yes' }, "Input 'prisma' must be true or false; got 'yes'."],
    ['bad dry_run', { dry_run: '1' }, "Input 'dry_run' must be true or false; got '1'."],
    [
      'bad suspend_timeout',
      { suspend_timeout: '30' },
      "Input 'suspend_timeout' must be a whole number of seconds: -1 (never), 0 (the project's default) or 60 to 604800; got '30'.",
    ],
    [
      'timeout 0',
      { timeout: '0' },
      "Input 'timeout' must be a duration such as 90s, 30m, 6h or 2d (units s, m, h, d); got '0'.",
    ],
    [
      'missing project id',
      { project_id: '' },
      "Input 'project_id' is required: set it or the NEON_PROJECT_ID environment variable.",
    ],
    [
      'malformed fallback URL (value never echoed)',
      { fallback_database_url: 'mysql://u:pw@h/db' },
      "Input 'fallback_database_url' must be a postgres:// or postgresql:// URL with a host, with any % in the user, " +
        'password or database written as %25 (value not shown).',
    ],
    [
      'fallback URL with a raw % in the password',
      { fallback_database_url: 'postgresql://u:50%off@h/db' },
      "Input 'fallback_database_url' must be a postgres:// or postgresql:// URL with a host, with any % in the user, " +
        'password or database written as %25 (value not shown).',
    ],
    [
      'bad api_host',
      { api_host: 'localhost:8080' },
      "Input 'api_host' must be an http:// or https:// URL; got 'localhost:8080'.",
    ],
    [
      'bad env_prefix',
      { env_prefix: 'MY-APP_' },
      "Input 'env_prefix' must be letters, digits and underscores, not starting with a digit (for example ORDERS_); got 'MY-APP_'.",
    ],
    [
      'empty database',
      { database: '' },
      "Input 'database' must be a PostgreSQL name of 1 to 63 bytes, not starting with '-'; got ''.",
    ],
    [
      'role that neonctl would read as a flag',
      { role: '--help' },
      "Input 'role' must be a PostgreSQL name of 1 to 63 bytes, not starting with '-'; got '--help'.",
    ],
    [
      'parent that neonctl would read as a flag',
      { parent_branch: '-x' },
      "Input 'parent_branch' must be a branch name or id without spaces, not starting with '-'; got '-x'.",
    ],
    [
      'migrate dir outside the workspace',
      { migrate_working_directory: '../elsewhere' },
      "Input 'migrate_working_directory' must be a path inside the workspace; got '../elsewhere'.",
    ],
    [
      'empty sweep prefix in sweep mode',
      { mode: 'sweep', sweep_prefix: '' },
      "Input 'sweep_prefix' must not be empty in sweep mode (it keeps the sweeper to CI branches, for example ci/).",
    ],
    ['no API key, no fallback', { api_key: '' }, noApiKeyMessage('create')],
    ['delete without API key', { mode: 'delete', api_key: '' }, noApiKeyMessage('delete')],
  ]
  it.each(cases)('%s', (_, inputs, expected) => {
    expect(messageOf(() => parseWith(inputs))).toBe(expected)
  })

  it('reports every problem at once', () => {
    expect(messageOf(() => parseWith({ ssl: 'x', cleanup: 'y' }))).toBe(
      "Invalid inputs:\n- Input 'ssl' must be one of require, verify-ca, verify-full, prefer, allow, disable, omit; got 'x'.\n" +
        "- Input 'cleanup' must be one of auto, always, never; got 'y'.",
    )
  })

  it('needs a run id for the default name', () => {
    expect(messageOf(() => parseWith({}, {}, { runId: '' }))).toBe(
      "Input 'branch_name' is empty and GITHUB_RUN_ID is not set, so no default name can be derived; set branch_name.",
    )
  })

  it('never echoes the fallback URL or the API key', () => {
    const message = messageOf(() =>
      parseWith({ fallback_database_url: 'nope://user:hunter2@', api_key: 'k3y-secret', ssl: 'x' }),
    )
    expect(message).not.toContain('hunter2')
    expect(message).not.toContain('k3y-secret')
  })
})

describe('parseSettings: good inputs', () => {
  it('create with defaults: deterministic name, ttl backstop, default export options', () => {
    const s = parseWith({})
    expect(s).toMatchObject({
      mode: 'create',
      branchName: 'ci/my_repo/run-123456',
      cleanup: 'auto',
      expiresAt: '2026-06-02T12:00:00Z',
      schemaOnly: false,
      neon: { apiKey: 'key', projectId: 'proj-1' },
      export: { database: 'neondb', role: 'neondb_owner', ssl: 'require', prisma: false, envPrefix: '' },
      timeoutMs: 300_000,
    })
    expect(s.mode === 'create' && s.migrate).toBeUndefined()
  })

  it('same default name on every attempt of a run', () => {
    expect(defaultBranchName({ repository: 'o/r', runId: '9' })).toBe('ci/r/run-9')
    const a = parseWith({}, {}, { runAttempt: '1' })
    const b = parseWith({}, {}, { runAttempt: '3' })
    expect(a.mode === 'create' && b.mode === 'create' && a.branchName === b.branchName).toBe(true)
  })

  it('falls back to NEON_API_KEY / NEON_PROJECT_ID', () => {
    const s = parseWith({ api_key: '', project_id: '' }, { NEON_API_KEY: 'envkey', NEON_PROJECT_ID: 'envproj' })
    expect(s).toMatchObject({ neon: { apiKey: 'envkey', projectId: 'envproj' } })
  })

  it('expires_at overrides ttl; ttl 0 turns the backstop off', () => {
    expect(parseWith({ expires_at: '2026-06-03T00:00:00+02:00' })).toMatchObject({ expiresAt: '2026-06-02T22:00:00Z' })
    expect(parseWith({ ttl: '0' })).toMatchObject({ expiresAt: undefined })
    expect(parseWith({ ttl: '1h30m' })).toMatchObject({ expiresAt: '2026-06-01T13:30:00Z' })
  })

  it('no key + fallback URL = fallback settings, no project id needed', () => {
    const s = parseWith({ api_key: '', project_id: '', fallback_database_url: 'postgres://u:p@localhost:5432/db' })
    expect(s).toMatchObject({ mode: 'fallback', requestedMode: 'create', url: 'postgres://u:p@localhost:5432/db' })
  })

  it('lint needs no API key', () => {
    expect(parseWith({ mode: 'lint', api_key: '', disable_rules: 'a, b\nc' })).toMatchObject({
      mode: 'lint',
      failOn: 'error',
      disabledRules: ['a', 'b', 'c'],
    })
  })

  it('sweep settings', () => {
    expect(parseWith({ mode: 'sweep' })).toMatchObject({
      mode: 'sweep',
      prefix: 'ci/',
      olderThanMs: 2 * 86_400_000,
      closedPrs: true,
      dryRun: false,
      github: { token: 'tok', repository: 'octo-org/My_Repo' },
    })
  })

  it('migrate settings resolve the working directory in the workspace', () => {
    expect(parseWith({ migrate: 'npm run migrate', migrate_working_directory: 'db' })).toMatchObject({
      migrate: { command: 'npm run migrate', timeoutMs: 600_000, cwd: '/tmp/ws/db' },
    })
  })

  it('durations', () => {
    expect(parseDuration('90s')).toBe(90_000)
    expect(parseDuration('2d')).toBe(172_800_000)
    expect(parseDuration('0')).toBe(0)
    expect(parseDuration('1.5h')).toBeUndefined()
    expect(parseDuration('')).toBeUndefined()
  })
})
