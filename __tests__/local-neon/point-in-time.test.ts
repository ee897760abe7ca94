// Points in time are real: parent_timestamp / parent_lsn on create, restore's source_timestamp / source_lsn, the
// schema at a time, and neonctl's `branch@timestamp` recover the data as it was (WAL archive + recovery), inside the
// window the project reports as history_retention_seconds; outside it, a 400, never success with other data.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { api, neonctlRunner, psql, waitForBranchReady } from './helpers.js'

let neon: NeonForTest
let p: string
let mainId: string
let mainUrl: string
/** The server's clock at three moments: before the table, after row 1, after rows 1-3. */
const at: { beforeTable?: string; oneRow?: string; threeRows?: string } = {}
let lsnOneRow: string

const serverNow = async () =>
  psql(mainUrl, 'SELECT to_char(clock_timestamp() AT TIME ZONE \'UTC\', \'YYYY-MM-DD"T"HH24:MI:SS.US"Z"\')')
const pause = () => new Promise((resolve) => setTimeout(resolve, 50)) // commits on either side of a moment

beforeAll(async () => {
  neon = await startNeonForTest()
  p = `/projects/${neon.projectId}`
  mainId = (await api(neon, 'GET', `${p}/branches`)).body.branches[0].id
  mainUrl = (
    await api(neon, 'GET', `${p}/connection_uri?branch_id=${mainId}&database_name=neondb&role_name=neondb_owner`)
  ).body.uri
  // neonctl's branch@timestamp takes whole seconds: this moment, cut to its second, must still be after main began
  await new Promise((resolve) => setTimeout(resolve, 1000))
  at.beforeTable = await serverNow()
  await pause()
  await psql(mainUrl, 'CREATE TABLE events (n int); INSERT INTO events VALUES (1)')
  lsnOneRow = await psql(mainUrl, 'SELECT pg_current_wal_lsn()')
  at.oneRow = await serverNow()
  await pause()
  await psql(mainUrl, 'INSERT INTO events VALUES (2), (3)')
  at.threeRows = await serverNow()
})

afterAll(async () => {
  await neon?.stop()
})

async function createAt(name: string, branch: Record<string, unknown>) {
  await neon.idle()
  const created = await api(neon, 'POST', `${p}/branches`, {
    branch: { name, ...branch },
    endpoints: [{ type: 'read_write' }],
  })
  return created
}

async function rowsOf(created: { body: { branch: { id: string }; connection_uris: { connection_uri: string }[] } }) {
  await waitForBranchReady(neon, created.body.branch.id)
  await neon.idle()
  return psql(
    created.body.connection_uris[0].connection_uri,
    'SELECT coalesce(string_agg(n::text, $$,$$ ORDER BY n), $$-$$) FROM events',
  )
}

describe('branching from the past', () => {
  it('reports a history window', async () => {
    expect((await api(neon, 'GET', p)).body.project.history_retention_seconds).toBe(86400)
  })

  it('parent_timestamp gives the parent as it was then', async () => {
    const created = await createAt('at-one-row', { parent_timestamp: at.oneRow })
    expect(created.status).toBe(201)
    expect(created.body.branch.parent_timestamp).toBe(at.oneRow!.replace(/\.\d+Z$/, 'Z'))
    expect(await rowsOf(created)).toBe('1')
    const branch = (await api(neon, 'GET', `${p}/branches/${created.body.branch.id}`)).body.branch
    expect(branch.parent_lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/)
    // writes on the new branch are its own; the parent keeps all three rows
    await psql(created.body.connection_uris[0].connection_uri, 'INSERT INTO events VALUES (10)')
    expect(await psql(mainUrl, 'SELECT count(*) FROM events')).toBe('3')
  })

  it('parent_lsn gives the parent at that LSN', async () => {
    const created = await createAt('at-lsn', { parent_lsn: lsnOneRow })
    expect(created.status).toBe(201)
    expect(await rowsOf(created)).toBe('1')
  })

  it('a branch of a branch, from the child’s own past', async () => {
    const child = await createAt('child-now', {})
    await rowsOf(child)
    const childUrl = child.body.connection_uris[0].connection_uri
    await psql(childUrl, 'INSERT INTO events VALUES (4)')
    await pause()
    const moment = await psql(
      childUrl,
      'SELECT to_char(clock_timestamp() AT TIME ZONE \'UTC\', \'YYYY-MM-DD"T"HH24:MI:SS.US"Z"\')',
    )
    await pause()
    await psql(childUrl, 'DELETE FROM events')
    const grandchild = await createAt('grandchild-then', { parent_id: child.body.branch.id, parent_timestamp: moment })
    expect(grandchild.status).toBe(201)
    expect(await rowsOf(grandchild)).toBe('1,2,3,4')
  })

  it('refuses points outside the history: before the branch began, in the future, beyond its WAL', async () => {
    await neon.idle()
    const refused = async (branch: Record<string, unknown>, message: RegExp) => {
      const response = await api(neon, 'POST', `${p}/branches`, { branch })
      expect({ status: response.status, message: response.body.message }).toEqual({
        status: 400,
        message: expect.stringMatching(message),
      })
    }
    await refused({ parent_timestamp: '2020-01-01T00:00:00Z' }, /outside the history/)
    await refused({ parent_timestamp: new Date(Date.now() + 3600_000).toISOString() }, /future/)
    await refused({ parent_lsn: '0/1' }, /less than the branch's start lsn/)
    await refused({ parent_lsn: 'FF/0' }, /beyond the end/)
  })
})

describe('restore and schema from the past', () => {
  it('the schema at a time, through the API and neonctl’s branch@timestamp', async () => {
    const before = await api(neon, 'GET', `${p}/branches/${mainId}/schema?db_name=neondb&timestamp=${at.beforeTable}`)
    expect(before.status).toBe(200)
    expect(before.body.sql).not.toContain('CREATE TABLE public.events')
    const cli = neonctlRunner(neon, { shipped: true })
    try {
      const diff = await cli.neonctl(
        'branches',
        'schema-diff',
        'main',
        `main@${at.beforeTable!.replace(/\.\d+Z$/, 'Z')}`,
      )
      expect({ code: diff.code, stderr: diff.code === 0 ? '' : diff.stderr }).toEqual({ code: 0, stderr: '' })
      expect(diff.stdout).toContain('-CREATE TABLE public.events (')
    } finally {
      cli.cleanup()
    }
  })

  it('restores the root branch to its own past, keeping the present under another name', async () => {
    await neon.idle()
    const restored = await api(neon, 'POST', `${p}/branches/${mainId}/restore`, {
      source_branch_id: mainId,
      source_timestamp: at.oneRow,
      preserve_under_name: 'main-before-restore',
    })
    expect(restored.status).toBe(200)
    await waitForBranchReady(neon, mainId)
    await neon.idle()
    expect(await psql(mainUrl, 'SELECT string_agg(n::text, $$,$$ ORDER BY n) FROM events')).toBe('1')
    const kept = (await api(neon, 'GET', `${p}/branches?search=main-before-restore`)).body.branches[0]
    const keptUrl = (
      await api(neon, 'GET', `${p}/connection_uri?branch_id=${kept.id}&database_name=neondb&role_name=neondb_owner`)
    ).body
    expect(keptUrl.uri).toBeUndefined() // no endpoint: Neon's backup branches have no compute
    const children = (await api(neon, 'GET', `${p}/branches`)).body.branches.filter(
      (b: { parent_id?: string }) => b.parent_id === kept.id,
    )
    expect(children.length).toBeGreaterThan(0) // the children moved to the preserved branch
  })
})
