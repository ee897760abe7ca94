// mode: reset and the schema diff step with the in-memory client: what is called in which order, what post is told,
// which job diffs.
import { describe, expect, it } from '@jest/globals'
import type { ModeDeps } from '../../src/modes/deps.js'
import { runConnect } from '../../src/modes/connect.js'
import { runCreate } from '../../src/modes/create.js'
import { runReset } from '../../src/modes/reset.js'
import type { ConnectSettings, CreateSettings, ExportOptions, ResetSettings } from '../../src/settings/index.js'
import { DEFAULT_BRANCH, FakeNeonClient } from '../neon/fake-neon-client.js'
import { inProcess } from './in-process.js'

const exportOptions: ExportOptions = {
  database: 'neondb',
  role: 'neondb_owner',
  ssl: 'require',
  prisma: false,
  envPrefix: '',
}
const run = {
  repository: 'o/r',
  runId: '1',
  runAttempt: '1',
  job: 'db',
  sha: 'a'.repeat(40),
  workspace: '/tmp',
  apiUrl: 'http://127.0.0.1:9',
  serverUrl: 'https://github.com',
}
const resetSettings: ResetSettings = {
  mode: 'reset',
  neon: { apiKey: 'k', projectId: 'proj' },
  branchName: 'ci/pr-7',
  schemaOnly: false,
  cleanup: 'never',
  expiresAt: '2030-01-01T00:00:00Z',
  export: exportOptions,
  timeoutMs: 60_000,
  run,
  schemaDiff: { setting: 'summary', githubToken: '' },
}
const PR_BRANCH = {
  id: 'br-pr-seven-000007',
  name: 'ci/pr-7',
  parentId: DEFAULT_BRANCH.id,
  default: false,
  protected: false,
  createdAt: '2026-01-01T00:00:00Z',
  expiresAt: '2030-01-01T00:00:00Z',
}
const ADDED = '@@ -1,1 +1,2 @@\n a\n+CREATE TABLE public.t (id integer);\n'

function deps(client: FakeNeonClient, migrated: 'migrated' | 'skipped' = 'migrated'): ModeDeps {
  return {
    client,
    now: Date.now,
    deadline: Date.now() + 60_000,
    waitUntilReady: async () => 1,
    runMigrateStep: async () => ({ outcome: migrated, durationMs: 5 }),
  }
}

describe('mode: reset', () => {
  it('resets the existing branch, then exports its connection, migrates and diffs; post keeps it', async () => {
    const client = new FakeNeonClient()
    client.branches.push({ ...PR_BRANCH })
    client.schemaDiffBody = ADDED
    const migrate = { command: 'true', timeoutMs: 1000, cwd: '/tmp' }
    const result = await inProcess(() => runReset({ ...resetSettings, migrate }, deps(client)))
    expect(result.error).toBeUndefined()
    expect(client.calls).toEqual([
      'find ci/pr-7',
      `reset ${PR_BRANCH.id}`,
      `connection ${PR_BRANCH.id}`,
      `schema-diff ${PR_BRANCH.id} neondb`,
    ])
    expect(result.outputs).toMatchObject({
      branch_id: PR_BRANCH.id,
      created: 'false',
      migrate_outcome: 'migrated',
      schema_changed: 'true',
    })
    expect(result.env.PGPASSWORD).toBe(client.password)
    expect(result.state).toMatchObject({ branch_id: PR_BRANCH.id, created: 'false', cleanup: 'never' })
    expect(result.summary).toContain('<h3>Neon branch reset</h3>')
    expect(result.summary).toContain('+CREATE TABLE public.t (id integer);')
    expect(result.stdout).toContain("::notice title=Neon branch reset::Branch 'ci/pr-7'")
  })

  it('a missing branch is created as mode: create would (and the diff is made without a migration)', async () => {
    const client = new FakeNeonClient()
    const result = await inProcess(() => runReset(resetSettings, deps(client)))
    expect(result.error).toBeUndefined()
    expect(client.calls.slice(0, 2)).toEqual(['find ci/pr-7', 'create ci/pr-7'])
    expect(client.calls).not.toContain(expect.stringMatching(/^reset /))
    expect(result.outputs).toMatchObject({ created: 'true', schema_changed: 'false' })
    expect(result.state.create_token).toBeTruthy()
    expect(result.summary).toContain('No schema changes')
  })

  it('never resets the default branch or a protected one', async () => {
    const client = new FakeNeonClient()
    client.branches.push({ ...PR_BRANCH, protected: true })
    const refused = await inProcess(() => runReset(resetSettings, deps(client)))
    expect(String(refused.error)).toMatch(/Refusing to use branch 'ci\/pr-7' .*: it is a protected branch/)
    const main = await inProcess(() => runReset({ ...resetSettings, branchName: 'main' }, deps(client)))
    expect(String(main.error)).toMatch(/it is the project's default branch/)
    expect(client.calls.filter((c) => c.startsWith('reset'))).toEqual([])
  })
})

describe('the schema diff step: one job per run', () => {
  const createSettings: CreateSettings = { ...resetSettings, mode: 'create', cleanup: 'auto' }
  const connectSettings: ConnectSettings = {
    mode: 'connect',
    neon: resetSettings.neon,
    branchName: 'ci/pr-7',
    export: exportOptions,
    timeoutMs: 60_000,
    run,
    schemaDiff: { setting: 'summary', githubToken: '' },
    migrate: { command: 'true', timeoutMs: 1000, cwd: '/tmp' },
  }

  it('the job that ran the migration diffs; a job that found it done does not', async () => {
    const client = new FakeNeonClient()
    client.branches.push({ ...PR_BRANCH })
    const migrated = await inProcess(() => runConnect(connectSettings, deps(client, 'migrated')))
    expect(migrated.outputs.schema_changed).toBe('false')
    const skipped = await inProcess(() => runConnect(connectSettings, deps(client, 'skipped')))
    expect(skipped.outputs.schema_changed ?? '').toBe('')
    expect(skipped.stdout).toContain('No schema diff in this job: the job that ran the migration for this commit made')
    expect(client.calls.filter((c) => c.startsWith('schema-diff'))).toHaveLength(1)
  })

  it('without a migration: the step that created the branch, not one that reused it; off: never', async () => {
    const client = new FakeNeonClient()
    const created = await inProcess(() => runCreate(createSettings, deps(client)))
    expect(created.outputs).toMatchObject({ created: 'true', schema_changed: 'false' })
    const reused = await inProcess(() => runCreate(createSettings, deps(client)))
    expect(reused.outputs).toMatchObject({ created: 'false' })
    expect(reused.outputs.schema_changed ?? '').toBe('')
    const off = await inProcess(() =>
      runCreate({ ...createSettings, schemaDiff: { setting: 'off', githubToken: '' } }, deps(new FakeNeonClient())),
    )
    expect(off.outputs.schema_changed ?? '').toBe('')
    expect(client.calls.filter((c) => c.startsWith('schema-diff'))).toHaveLength(1)
  })

  it('a failing diff is a warning: the step succeeds', async () => {
    const client = new FakeNeonClient()
    client.schemaDiffError = new Error('neonctl exploded')
    const result = await inProcess(() => runCreate(createSettings, deps(client)))
    expect(result.error).toBeUndefined()
    expect(result.exitCode).toBeUndefined()
    expect(result.stdout).toContain(
      '::warning title=Schema diff failed::The schema diff could not be made: neonctl exploded',
    )
  })
})
