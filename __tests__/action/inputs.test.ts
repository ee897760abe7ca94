import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { parse } from 'yaml'
import {
  InputError,
  parsePostSettings,
  parseRfc3339,
  parseSettings,
  noApiKeyMessage,
  type Settings,
} from '../../src/settings/index.js'
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
      "Input 'mode' must be one of create, connect, reset, delete, sweep, lint; got 'crate'.",
    ],
    [
      'branch_id outside mode: connect',
      { branch_id: 'br-cool-dust-a1b2c3d4' },
      "Input 'branch_id' is read only by mode: connect (the other modes find their branch by branch_name); remove it or set mode: connect.",
    ],
    [
      'branch_id that is a name',
      { mode: 'connect', branch_id: 'ci/my-branch' },
      "Input 'branch_id' must be a Neon branch id such as br-cool-dust-a1b2c3d4 (the branch_id output of the step that made the branch); got 'ci/my-branch'.",
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
      "Input 'expires_at' must be an RFC 3339 time such as 2030-01-31T12:00:00Z, a date that exists; got 'tomorrow'.",
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
      'api_host without a scheme',
      { api_host: 'localhost:8080' },
      "Input 'api_host' must be an https:// URL (the API key travels in every request), or http:// to this machine " +
        "only (localhost, 127.0.0.0/8, [::1]); got 'localhost:8080'.",
    ],
    [
      'api_host over plain http to another machine',
      { api_host: 'http://neon.example.com/api/v2' },
      "Input 'api_host' must be an https:// URL (the API key travels in every request), or http:// to this machine " +
        "only (localhost, 127.0.0.0/8, [::1]); got 'http://neon.example.com/api/v2'.",
    ],
    [
      'api_host with user:password@ (never echoed)',
      { api_host: 'https://alice:s3cr3t@neon.example.com/api/v2' },
      "Input 'api_host' must not hold a user name or password (user:password@); the API key is the only credential, " +
        "passed as api_key. Got 'https://***@neon.example.com/api/v2'.",
    ],
    [
      'api_host that is not a URL',
      { api_host: 'not a url' },
      "Input 'api_host' must be a URL such as https://console.neon.tech/api/v2; got 'not a url'.",
    ],
    [
      'api_key with a line break (never echoed)',
      { api_key: 'napi_abc\ndef' },
      "Input 'api_key' (or NEON_API_KEY) holds characters an HTTP header cannot carry (a line break, a space, a " +
        'control or a non-ASCII character); check the secret for a pasted line break or quotes (value not shown).',
    ],
    [
      'expires_at on a day that does not exist',
      { expires_at: '2026-06-31T00:00:00Z' },
      "Input 'expires_at' must be an RFC 3339 time such as 2030-01-31T12:00:00Z, a date that exists; got '2026-06-31T00:00:00Z'.",
    ],
    [
      'env_prefix too long',
      { env_prefix: 'A'.repeat(100_000) },
      "Input 'env_prefix' must be at most 64 characters (it is added to every exported variable of every later " +
        'step, and Windows caps a variable at 32,767 characters); got 100000.',
    ],
    [
      'migrate dir that does not exist',
      { migrate: 'make migrate', migrate_working_directory: 'no-such-dir' },
      "Input 'migrate_working_directory' must be a directory that exists in the workspace (check out the code " +
        "before this step); got 'no-such-dir'.",
    ],
    [
      'a value with a line break is shown on one line',
      { branch_name: 'x\n::warning::y' },
      "Input 'branch_name' is not a valid branch name (use letters, digits and . _ - / : @ + = # only, starting with a letter or digit); got 'x\\n::warning::y'.",
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
    [
      'unknown schema_diff',
      { schema_diff: 'yes' },
      "Input 'schema_diff' must be one of off, summary, comment; got 'yes'.",
    ],
    ['reset without API key, no fallback', { mode: 'reset', api_key: '' }, noApiKeyMessage('reset')],
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

  it('connect by branch_id: the name is checked only when given', () => {
    expect(parseWith({ mode: 'connect', branch_id: 'br-cool-dust-a1b2c3d4' })).toMatchObject({
      mode: 'connect',
      branchId: 'br-cool-dust-a1b2c3d4',
      branchName: '',
    })
    expect(parseWith({ mode: 'connect', branch_id: 'br-cool-dust-a1b2c3d4', branch_name: 'ci/x' })).toMatchObject({
      branchId: 'br-cool-dust-a1b2c3d4',
      branchName: 'ci/x',
    })
    expect(parseWith({ mode: 'connect' })).not.toHaveProperty('branchId')
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
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'ws-'))
    mkdirSync(path.join(workspace, 'db'))
    try {
      expect(
        parseWith({ migrate: 'npm run migrate', migrate_working_directory: 'db' }, {}, { workspace }),
      ).toMatchObject({ migrate: { command: 'npm run migrate', timeoutMs: 600_000, cwd: path.join(workspace, 'db') } })
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  it('api_host: https anywhere, http to loopback only, normalized as the client will use it', () => {
    const host = (api_host: string) => (parseWith({ api_host }) as { neon: { apiHost?: string } }).neon.apiHost
    expect(host('https://console.neon.tech/api/v2/')).toBe('https://console.neon.tech/api/v2')
    expect(host('http://127.0.0.1:4000/api/v2')).toBe('http://127.0.0.1:4000/api/v2')
    expect(host('http://127.9.8.7:4000')).toBe('http://127.9.8.7:4000')
    expect(host('http://localhost:4000/api/v2')).toBe('http://localhost:4000/api/v2')
    expect(host('http://[::1]:4000/api/v2')).toBe('http://[::1]:4000/api/v2')
    for (const bad of ['http://10.0.0.1/api/v2', 'http://localhost.example.com', 'ftp://x', 'https://h/?a=1'])
      expect(() => host(bad)).toThrow(/^Input 'api_host'/)
  })

  it('expires_at: every field in range, leap years counted', () => {
    const at = (expires_at: string) => (parseWith({ expires_at }, {}, {}) as { expiresAt?: string }).expiresAt ?? 'none'
    expect(at('2026-06-30T23:59:59Z')).toBe('2026-06-30T23:59:59Z')
    expect(at('2026-06-02T01:00:00+02:00')).toBe('2026-06-01T23:00:00Z')
    for (const bad of ['2026-06-31T00:00:00Z', '2026-13-01T00:00:00Z', '2026-06-10T24:00:00Z', '2026-06-10T10:60:00Z'])
      expect(() => at(bad)).toThrow(/^Input 'expires_at'/)
    expect(parseRfc3339('2028-02-29T00:00:00Z')).toBe(Date.UTC(2028, 1, 29))
    expect(parseRfc3339('2027-02-29T00:00:00Z')).toBeUndefined()
  })

  it('durations', () => {
    expect(parseDuration('90s')).toBe(90_000)
    expect(parseDuration('2d')).toBe(172_800_000)
    expect(parseDuration('0')).toBe(0)
    expect(parseDuration('1.5h')).toBeUndefined()
    expect(parseDuration('')).toBeUndefined()
  })
})

describe('parsePostSettings: the same parsers, never stopping the cleanup', () => {
  const post = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
    parsePostSettings({ input: (n) => (inputs[n] ?? '').trim(), env })

  it('the mode, the timeout and the key as main read them', () => {
    expect(post({ mode: 'create', timeout: '2m', api_key: 'key' })).toEqual({
      mode: 'create',
      timeoutMs: 120_000,
      apiKey: { key: 'key' },
    })
    expect(post({ mode: '' }, { NEON_API_KEY: 'envkey' })).toMatchObject({ mode: 'create', apiKey: { key: 'envkey' } })
  })

  it('a bad value falls back instead of failing; a missing or unusable key is a problem only when needed', () => {
    expect(post({ mode: 'Connect', timeout: 'soon' })).toMatchObject({
      mode: 'connect',
      timeoutMs: 300_000,
      apiKey: { problem: expect.stringContaining('no API key in the post step') },
    })
    expect(post({ api_key: 'a b' }).apiKey).toEqual({ problem: expect.stringContaining("Input 'api_key'") })
  })
})

describe('parseSettings: mode reset and schema_diff', () => {
  it('reset takes what create takes (a missing branch is created), and schema_diff with the token', () => {
    const settings = parseWith({ mode: 'reset', branch_name: 'ci/pr-7', schema_diff: 'comment', cleanup: 'never' })
    expect(settings).toMatchObject({
      mode: 'reset',
      branchName: 'ci/pr-7',
      cleanup: 'never',
      schemaDiff: { setting: 'comment', githubToken: 'tok' },
      export: { database: 'neondb' },
    })
  })

  it('schema_diff is off by default; reset without a key falls back like create', () => {
    expect(parseWith({})).toMatchObject({ mode: 'create', schemaDiff: { setting: 'off' } })
    const fallback = parseWith({
      mode: 'reset',
      api_key: '',
      fallback_database_url: 'postgresql://u:p@localhost:5432/db',
    })
    expect(fallback).toMatchObject({ mode: 'fallback', requestedMode: 'reset' })
  })
})
