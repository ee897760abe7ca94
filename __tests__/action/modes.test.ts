import { buildUrls, splitHost } from '../../src/export/urls.js'
import { secretForms } from '../../src/export/secrets.js'
import { fallbackVariables } from '../../src/export/fallback-variables.js'
import { adoptPendingBranch, decideCleanup, runCleanup } from '../../src/cleanup.js'
import { runCreate } from '../../src/modes/create.js'
import { expiryToExtend } from '../../src/steps/extend-expiry.js'
import { runConnect } from '../../src/modes/connect.js'
import { runDelete } from '../../src/modes/delete.js'
import type { ModeDeps } from '../../src/modes/deps.js'
import type { CreateSettings, ConnectSettings, ExportOptions } from '../../src/settings/index.js'
import { loadCleanupState, type CleanupState } from '../../src/state.js'
import { DEFAULT_BRANCH, FakeNeonClient } from '../neon/fake-neon-client.js'
import { inProcess } from './in-process.js'
import { CREATE_TOKEN_ANNOTATION, NeonError } from '../../src/neon/client.js'

const connection = {
  host: 'ep-cool-dust-123.neon.tech',
  poolerHost: 'ep-cool-dust-123-pooler.neon.tech',
  role: 'neondb_owner',
  password: 'pw',
  database: 'neondb',
}

describe('connection URLs (as neonctl connection-string builds them)', () => {
  it('default: sslmode=require&channel_binding=require, pooled on the pooler host', () => {
    expect(buildUrls(connection, { ssl: 'require', prisma: false })).toEqual({
      pooled:
        'postgresql://neondb_owner:pw@ep-cool-dust-123-pooler.neon.tech/neondb?sslmode=require&channel_binding=require',
      direct: 'postgresql://neondb_owner:pw@ep-cool-dust-123.neon.tech/neondb?sslmode=require&channel_binding=require',
    })
  })
  it('omit: no query; prisma adds connect_timeout, and pgbouncer/pool_timeout on the pooled URL', () => {
    expect(buildUrls(connection, { ssl: 'omit', prisma: false }).direct).toBe(
      'postgresql://neondb_owner:pw@ep-cool-dust-123.neon.tech/neondb',
    )
    expect(buildUrls(connection, { ssl: 'require', prisma: true })).toEqual({
      pooled:
        'postgresql://neondb_owner:pw@ep-cool-dust-123-pooler.neon.tech/neondb?connect_timeout=30&pool_timeout=30&pgbouncer=true&sslmode=require&channel_binding=require',
      direct:
        'postgresql://neondb_owner:pw@ep-cool-dust-123.neon.tech/neondb?connect_timeout=30&sslmode=require&channel_binding=require',
    })
    expect(buildUrls(connection, { ssl: 'disable', prisma: false }).direct).toMatch(/\?sslmode=disable$/)
  })
  it('encodes an awkward password and keeps a port', () => {
    const urls = buildUrls(
      { ...connection, host: '127.0.0.1:5433', poolerHost: '127.0.0.1:5433', password: 'p@ss:w/rd%é' },
      { ssl: 'require', prisma: false },
    )
    const parsed = new URL(urls.direct)
    expect(decodeURIComponent(parsed.password)).toBe('p@ss:w/rd%é')
    expect(parsed.port).toBe('5433')
    expect(splitHost('127.0.0.1:5433')).toEqual({ hostname: '127.0.0.1', port: '5433' })
    expect(splitHost('[::1]:5433')).toEqual({ hostname: '::1', port: '5433' })
    expect(splitHost('ep-x.neon.tech')).toEqual({ hostname: 'ep-x.neon.tech' })
  })
  it('masks every encoding of a secret, never an empty one', () => {
    expect(secretForms(['p@ss w', ''])).toEqual(expect.arrayContaining(['p@ss w', 'p%40ss%20w', 'p@ss%20w']))
    expect(secretForms(['']).length).toBe(0)
  })
  it('fallback variables from a URL', () => {
    expect(fallbackVariables('postgres://u:p%40ss@db.example:6543/app?sslmode=require')).toEqual({
      DATABASE_URL: 'postgres://u:p%40ss@db.example:6543/app?sslmode=require',
      DATABASE_URL_UNPOOLED: 'postgres://u:p%40ss@db.example:6543/app?sslmode=require',
      PGHOST: 'db.example',
      PGPORT: '6543',
      PGUSER: 'u',
      PGDATABASE: 'app',
      PGPASSWORD: 'p@ss',
      PGSSLMODE: 'require',
    })
  })
})

describe('cleanup decisions', () => {
  const base: CleanupState = { projectId: 'p', cleanup: 'auto', branchName: 'ci/x/run-1' }
  it.each([
    [undefined, 'nothing'],
    [{ ...base, branchId: 'br-a-b-c', created: true }, 'delete'],
    [{ ...base, branchId: 'br-a-b-c', created: false }, 'keep'],
    [{ ...base, branchId: 'br-a-b-c', created: false, cleanup: 'always' as const }, 'delete'],
    [{ ...base, branchId: 'br-a-b-c', created: true, cleanup: 'never' as const }, 'keep'],
    [{ ...base, createToken: 't' }, 'look-up'],
    [{ ...base, createToken: 't', outcome: 'none' as const }, 'nothing'],
    [{ ...base }, 'nothing'],
    [
      { ...base, branchId: 'br-a-b-c', created: true, cleanup: 'never' as const, outcome: 'discard' as const },
      'delete',
    ],
  ])('%j -> %s', (state, action) => {
    expect(decideCleanup(state).action).toBe(action)
  })
  it("a pending branch is deleted only if its annotation carries this step's token, whatever its age", () => {
    const pending = { ...base, createToken: 'token-of-this-step' }
    const branch = (token?: string) => ({
      id: 'br-a-b-c',
      name: base.branchName,
      default: false,
      protected: false,
      createdAt: new Date().toISOString(),
      ...(token ? { annotation: { [CREATE_TOKEN_ANNOTATION]: token } } : {}),
    })
    expect(adoptPendingBranch(pending, branch('token-of-this-step')).action).toBe('delete')
    // created a moment ago by another job: not ours
    expect(adoptPendingBranch(pending, branch('token-of-another-step')).action).toBe('keep')
    expect(adoptPendingBranch(pending, branch()).action).toBe('keep')
    expect(adoptPendingBranch(pending, undefined).action).toBe('nothing')
    expect(adoptPendingBranch({ ...pending, cleanup: 'always' }, { ...DEFAULT_BRANCH }).action).toBe('keep')
    // cleanup: always does not reach a branch main never confirmed as its own
    expect(adoptPendingBranch({ ...pending, cleanup: 'always' }, branch('token-of-another-step')).action).toBe('keep')
    expect(
      adoptPendingBranch({ ...pending, cleanup: 'always' }, { ...branch('token-of-this-step'), protected: true })
        .action,
    ).toBe('keep')
  })
  it('never fails on a branch already gone; a protected refusal is a warning; other errors are errors', async () => {
    const client = new FakeNeonClient()
    const gone = await inProcess(() =>
      runCleanup({ ...base, branchId: 'br-gone-gone-000000', created: true }, async () => client),
    )
    expect(gone.exitCode).toBeUndefined()
    expect(gone.summary).toContain('already gone')
    const protectedRun = await inProcess(() =>
      runCleanup({ ...base, branchId: DEFAULT_BRANCH.id, created: true, cleanup: 'always' }, async () => client),
    )
    expect(protectedRun.exitCode).toBeUndefined()
    expect(protectedRun.stdout).toContain('::warning')
    expect(client.branches).toHaveLength(1)
    client.deleteError = new NeonError('transient', 'HTTP 503 after 5 attempts')
    const withExpiry = await inProcess(() =>
      runCleanup(
        { ...base, branchId: 'br-x-y-z', created: true, expiresAt: '2030-01-01T00:00:00Z' },
        async () => client,
      ),
    )
    expect(withExpiry.exitCode).toBeUndefined()
    expect(withExpiry.stdout).toContain('::error')
    const noExpiry = await inProcess(() =>
      runCleanup({ ...base, branchId: 'br-x-y-z', created: true }, async () => client),
    )
    expect(noExpiry.exitCode).toBe(1)
    // something the user must fix (here: the project is not found) fails the step even with an expiry set
    client.deleteError = new NeonError('project-not-found', 'Neon did not find project p')
    const mustFix = await inProcess(() =>
      runCleanup(
        { ...base, branchId: 'br-x-y-z', created: true, expiresAt: '2030-01-01T00:00:00Z' },
        async () => client,
      ),
    )
    expect(mustFix.exitCode).toBe(1)
  })
})

const run = {
  repository: 'o/r',
  runId: '1',
  runAttempt: '1',
  job: 'test',
  sha: 'abc',
  workspace: '/tmp',
  apiUrl: '',
  serverUrl: '',
}
const exportOptions: ExportOptions = {
  database: 'neondb',
  role: 'neondb_owner',
  ssl: 'require',
  prisma: false,
  envPrefix: '',
}

function deps(client: FakeNeonClient, overrides: Partial<ModeDeps> = {}): ModeDeps {
  return {
    client,
    now: Date.now,
    deadline: Date.now() + 60_000,
    waitUntilReady: async () => 1,
    runMigrateStep: async () => ({ outcome: 'migrated', durationMs: 5 }),
    ...overrides,
  }
}

describe('modes with a fake client', () => {
  const createSettings: CreateSettings = {
    mode: 'create',
    neon: { apiKey: 'k', projectId: 'proj' },
    branchName: 'ci/r/run-1',
    schemaOnly: false,
    cleanup: 'auto',
    expiresAt: '2030-01-01T00:00:00Z',
    export: exportOptions,
    timeoutMs: 60_000,
    run,
    schemaDiff: { setting: 'off', githubToken: '' },
  }

  it('create waits on the pooled host, the one DATABASE_URL names, when the compute is not active', async () => {
    const client = new FakeNeonClient()
    const probed: string[] = []
    const waitUntilReady: ModeDeps['waitUntilReady'] = async (connection) => {
      probed.push(connection.host)
      return 1
    }
    const result = await inProcess(() => runCreate(createSettings, deps(client, { waitUntilReady })))
    expect(result.error).toBeUndefined()
    expect(probed).toHaveLength(1)
    expect(probed[0]).toMatch(/^ep-pooler-/)
    expect(result.env.DATABASE_URL).toContain(`@${probed[0]}/`)
  })

  it('create: state saved before and after, masks before logging, outputs, env', async () => {
    const client = new FakeNeonClient()
    const result = await inProcess(() => runCreate(createSettings, deps(client)))
    expect(result.error).toBeUndefined()
    expect(result.state).toMatchObject({
      branch_name: 'ci/r/run-1',
      project_id: 'proj',
      cleanup: 'auto',
      created: 'true',
      branch_id: 'br-fake-branch-000001',
    })
    expect(Object.values(result.state).join(' ')).not.toContain(client.password)
    expect(result.outputs).toMatchObject({
      branch_id: 'br-fake-branch-000001',
      created: 'true',
      db_host: 'ep-fake-branch-000001.local:5432',
    })
    expect(result.env.PGPASSWORD).toBe(client.password)
    expect(result.env.PGPORT).toBe('5432')
    const firstMask = result.stdout.indexOf('::add-mask::')
    const lines = result.stdout.split('\n')
    const firstNonMaskAfterCreate = lines.findIndex(
      (l, i) => i > 0 && !l.startsWith('::add-mask::') && !l.startsWith('Creating'),
    )
    expect(firstMask).toBeGreaterThanOrEqual(0)
    expect(lines.slice(0, firstNonMaskAfterCreate).some((l) => l.startsWith('::add-mask::'))).toBe(true)
    const loaded = loadCleanupState((key) => result.state[key] ?? '')
    expect(loaded).toMatchObject({
      branchId: 'br-fake-branch-000001',
      created: true,
      expiresAt: '2030-01-01T00:00:00Z',
    })
  })

  it('create: a reused branch with less than half its lifetime left gets the requested expiry; a fresh one does not', async () => {
    const now = Date.parse('2029-12-31T00:00:00Z') // 24 h before createSettings.expiresAt
    const client = new FakeNeonClient()
    client.branches.push({
      id: 'br-old-pr-000001',
      name: 'ci/r/run-1',
      default: false,
      protected: false,
      createdAt: '2029-12-30T00:00:00Z',
      expiresAt: '2029-12-31T01:00:00Z',
    })
    const result = await inProcess(() => runCreate(createSettings, deps(client, { now: () => now })))
    expect(result.error).toBeUndefined()
    expect(client.calls).toContain('set-expiration br-old-pr-000001 2030-01-01T00:00:00Z')
    expect(result.outputs).toMatchObject({ created: 'false', expires_at: '2030-01-01T00:00:00Z' })
    expect(result.stdout).toContain(
      "Extended the expiry of reused branch 'ci/r/run-1' from 2029-12-31T01:00:00Z to 2030-01-01T00:00:00Z",
    )
    expect(loadCleanupState((key) => result.state[key] ?? '')).toMatchObject({ expiresAt: '2030-01-01T00:00:00Z' })

    // a sibling job of the same run: the branch has most of its lifetime left, so one neonctl run, not two
    const sibling = await inProcess(() => runCreate(createSettings, deps(client, { now: () => now + 60_000 })))
    expect(sibling.error).toBeUndefined()
    expect(client.calls.filter((c) => c.startsWith('set-expiration'))).toHaveLength(1)

    // failing to extend is a warning; the branch is still handed out
    client.branches[1].expiresAt = '2029-12-31T01:00:00Z'
    client.setExpirationError = new Error('HTTP 500')
    const warned = await inProcess(() => runCreate(createSettings, deps(client, { now: () => now })))
    expect(warned.error).toBeUndefined()
    expect(warned.stdout).toMatch(
      /::warning title=Branch expiry not extended::Could not extend the expiry of reused branch 'ci\/r\/run-1'/,
    )
    expect(warned.env.DATABASE_URL).toBeDefined()
  })

  it('expiryToExtend: only when less than half the requested lifetime is left; never shortens or adds an expiry', () => {
    const now = Date.parse('2030-01-01T00:00:00Z')
    const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString()
    expect(expiryToExtend(at(11), at(24), now)).toBe(at(24))
    expect(expiryToExtend(at(13), at(24), now)).toBeUndefined()
    expect(expiryToExtend(at(30), at(24), now)).toBeUndefined()
    expect(expiryToExtend(undefined, at(24), now)).toBeUndefined()
    expect(expiryToExtend(at(1), undefined, now)).toBeUndefined()
  })

  it('create refuses the default branch and saves no branch id', async () => {
    const client = new FakeNeonClient()
    const result = await inProcess(() => runCreate({ ...createSettings, branchName: 'main' }, deps(client)))
    expect(String(result.error)).toContain("it is the project's default branch")
    expect(result.state.branch_id).toBeUndefined()
    expect(result.env).toEqual({})
  })

  it('create: a failed migration fails with its exit code, after the state was saved', async () => {
    const client = new FakeNeonClient()
    const result = await inProcess(() =>
      runCreate(
        { ...createSettings, migrate: { command: 'false', timeoutMs: 1000, cwd: '/tmp' } },
        deps(client, {
          runMigrateStep: async () => ({ outcome: 'failed', durationMs: 3, exitCode: 7, error: 'boom' }),
        }),
      ),
    )
    expect(result.error).toMatchObject({ name: 'MigrationFailed', exitCode: 7, message: 'boom' })
    expect(result.outputs).toMatchObject({ migrate_outcome: 'failed', migrate_duration_ms: '3' })
    expect(result.state.branch_id).toBe('br-fake-branch-000001')
  })

  it('connect: the likely cause when the branch is missing; never creates', async () => {
    const client = new FakeNeonClient()
    const settings: ConnectSettings = {
      mode: 'connect',
      neon: { apiKey: 'k', projectId: 'proj' },
      branchName: 'ci/r/run-9',
      export: exportOptions,
      schemaDiff: { setting: 'off', githubToken: '' },
      timeoutMs: 1000,
      run,
    }
    const result = await inProcess(() => runConnect(settings, deps(client)))
    expect(String(result.error)).toContain('cleanup: never')
    expect(client.calls).toEqual(['find ci/r/run-9'])
  })

  it('delete: gone is a notice; the default branch is refused', async () => {
    const client = new FakeNeonClient()
    const gone = await inProcess(() =>
      runDelete(
        { mode: 'delete', neon: { apiKey: 'k', projectId: 'p' }, branchName: 'nope', timeoutMs: 1, run },
        deps(client),
      ),
    )
    expect(gone.error).toBeUndefined()
    expect(gone.stdout).toContain('::notice')
    const main = await inProcess(() =>
      runDelete(
        { mode: 'delete', neon: { apiKey: 'k', projectId: 'p' }, branchName: 'main', timeoutMs: 1, run },
        deps(client),
      ),
    )
    expect(String(main.error)).toContain('Refusing to delete')
    expect(client.calls).not.toContain(`delete ${DEFAULT_BRANCH.id}`)
  })
})
