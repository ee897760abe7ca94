// The real neonctl (pinned) against the local server, connecting with the URLs it prints via psql and node-postgres.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { aid, api, neonctlRunner, nodePostgresQuery, psql, waitForBranchReady, waitForConnectable } from './helpers.js'

let neon: NeonForTest
let cli: ReturnType<typeof neonctlRunner>
let mainUrl: string

beforeAll(async () => {
  // about shapes and behaviour, not the project lock (locking.test.ts is)
  neon = await startNeonForTest({ locking: false })
  cli = neonctlRunner(neon)
})

afterAll(async () => {
  cli?.cleanup()
  await neon?.stop()
})

describe('neonctl against the local server', () => {
  it('lists the default branch main', async () => {
    const [branches, table] = await Promise.all([cli.json('branches', 'list'), cli.neonctl('branches', 'list')])
    expect(branches).toEqual([expect.objectContaining({ name: 'main', default: true, current_state: 'ready' })])
    expect(branches[0].id).toMatch(/^br-[a-z0-9]+-[a-z0-9]+-[a-z0-9]+$/)
    // table mode reads `annotations`
    expect(table.code).toBe(0)
    expect(table.stdout).toContain('main')
  })

  it('prints a connection string for main that psql can use (TLS, SCRAM, channel binding)', async () => {
    const result = await cli.neonctl('connection-string', 'main')
    expect(result.code).toBe(0)
    mainUrl = result.stdout.trim()
    expect(mainUrl).toMatch(
      /^postgresql:\/\/neondb_owner:npg_\w+@127\.0\.0\.1:\d+\/neondb\?sslmode=require&channel_binding=require$/,
    )
    await psql(
      mainUrl,
      'CREATE TABLE items (id int PRIMARY KEY, name text); INSERT INTO items VALUES (1, $$one$$), (2, $$two$$)',
    )
    expect(await psql(mainUrl, 'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).toBe('t')
    const noTls = new URL(mainUrl)
    noTls.search = '?sslmode=disable'
    await expect(psql(noTls.toString(), 'SELECT 1')).rejects.toThrow(/no pg_hba.conf entry|reject/)
  })

  let dev: { id: string; url: string }

  it('creates a branch: 201 at once, the child has the parent rows, via psql and node-postgres', async () => {
    const created = await cli.json('branches', 'create', '--name', 'dev')
    expect(created.branch).toMatchObject({ name: 'dev', parent_id: expect.stringMatching(/^br-/), default: false })
    expect(created.endpoints).toHaveLength(1)
    expect(created.endpoints[0].host).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(created.connection_uris).toHaveLength(1)
    const url: string = created.connection_uris[0].connection_uri
    expect(url).toContain(`@${created.endpoints[0].host}/neondb?sslmode=require`)
    dev = { id: created.branch.id, url }
    await waitForConnectable(neon, url)
    expect(await psql(url, 'SELECT string_agg(name, $$,$$ ORDER BY id) FROM items')).toBe('one,two')
    expect(await nodePostgresQuery(neon, url, 'SELECT count(*)::int AS n FROM items')).toEqual([{ n: 2 }])
  })

  it('gets the branch by name and by id', async () => {
    const [byName, byId] = await Promise.all([cli.json('branches', 'get', 'dev'), cli.json('branches', 'get', dev.id)])
    expect(byName).toMatchObject({ id: dev.id, name: 'dev' })
    expect(byId.name).toBe('dev')
  })

  it('prints direct, pooled and extended connection strings for the branch', async () => {
    const [directRun, pooledRun, extended] = await Promise.all([
      cli.neonctl('connection-string', 'dev'),
      cli.neonctl('connection-string', 'dev', '--pooled'),
      cli.json('connection-string', 'dev', '--extended'),
    ])
    const direct = directRun.stdout.trim()
    const pooled = pooledRun.stdout.trim()
    expect(direct).toBe(dev.url)
    expect(pooled).toBe(dev.url) // no pooler: the pooler host is the endpoint host
    expect(extended).toMatchObject({ connection_string: dev.url, role: 'neondb_owner', database: 'neondb' })
    expect(extended.host).toMatch(/^127\.0\.0\.1:\d+$/)
    expect(await psql(pooled, 'SELECT current_user')).toBe('neondb_owner')
    expect(await nodePostgresQuery(neon, pooled, 'SELECT 1 AS one')).toEqual([{ one: 1 }])
  })

  it('branches from main while a client holds an open transaction on main', async () => {
    // A session on the parent stays connected (and mid-transaction) while the branch is made.
    const holder = psql(mainUrl, 'BEGIN; INSERT INTO items VALUES (99, $$uncommitted$$); SELECT pg_sleep(2); ROLLBACK')
    await new Promise((resolve) => setTimeout(resolve, 200))
    const created = await cli.json('branches', 'create', '--name', 'busy-parent')
    const url = created.connection_uris[0].connection_uri
    await waitForConnectable(neon, url)
    expect(await psql(url, 'SELECT count(*) FROM items')).toBe('2') // the uncommitted row is not in the copy
    await holder
    expect((await api(neon, 'DELETE', `/projects/${neon.projectId}/branches/${created.branch.id}`)).status).toBe(200)
  })

  it('resets the branch to its parent (the parent rows as they are now)', async () => {
    await psql(mainUrl, 'INSERT INTO items VALUES (3, $$three$$)')
    await psql(dev.url, 'DELETE FROM items')
    const reset = await cli.json('branches', 'reset', 'dev', '--parent')
    expect(reset).toMatchObject({ id: dev.id, name: 'dev' })
    expect(reset.last_reset_at).toEqual(expect.any(String))
    await waitForBranchReady(neon, dev.id)
    await waitForConnectable(neon, dev.url) // same host and port after the reset
    expect(await psql(dev.url, 'SELECT string_agg(name, $$,$$ ORDER BY id) FROM items')).toBe('one,two,three')
  })

  it('sets and validates the expiration', async () => {
    const at = new Date(Date.now() + 3600_000)
    at.setUTCMilliseconds(0)
    const [updated, past, tooFar] = await Promise.all([
      cli.json('branches', 'set-expiration', 'dev', '--expires-at', at.toISOString()),
      cli.neonctl('branches', 'set-expiration', 'dev', '--expires-at', '2020-01-01T00:00:00Z'),
      cli.neonctl(
        'branches',
        'set-expiration',
        'dev',
        '--expires-at',
        new Date(Date.now() + 40 * 86400_000).toISOString(),
      ),
    ])
    expect(new Date(updated.expires_at).getTime()).toBe(at.getTime())
    expect(past.code).toBe(1)
    expect(past.stderr).toContain('must be in the future')
    expect(tooFar.code).toBe(1)
    expect(tooFar.stderr).toContain('30 days')
  })

  it('refuses a duplicate name with "already exists" and deleting the default branch', async () => {
    const [duplicate, deleteMain] = await Promise.all([
      cli.neonctl('branches', 'create', '--name', 'dev'),
      cli.neonctl('branches', 'delete', 'main'),
    ])
    expect(duplicate.code).toBe(1)
    expect(duplicate.stderr).toContain('already exists')
    expect(deleteMain.code).toBe(1)
    expect(deleteMain.stderr).toMatch(/default branch/)
  })

  it('deletes the branch; deleting it again answers 204 (which crashes neonctl -o json)', async () => {
    const deleted = await cli.json('branches', 'delete', dev.id)
    expect(deleted).toMatchObject({ id: dev.id, name: 'dev' })
    const again = await api(neon, 'DELETE', `/projects/${neon.projectId}/branches/${dev.id}`)
    expect(again.status).toBe(204)
    expect(again.body).toBeUndefined()
    const tableMode = await cli.neonctl('branches', 'delete', dev.id, '-o', 'table')
    expect(tableMode.code).toBe(0)
    const names = (await cli.json('branches', 'list')).map((b: { name: string }) => b.name)
    expect(names).toEqual(['main'])
  })

  it('logs the request sequence neonctl sends', async () => {
    const p = `/projects/${neon.projectId}`
    const mainId = (await api(neon, 'GET', `${p}/branches?search=main`)).body.branches[0].id
    await aid(neon, 'DELETE', 'requests')
    await cli.neonctl('connection-string', 'main')
    const { body } = await aid(neon, 'GET', 'requests')
    expect(body).toEqual([
      { method: 'GET', path: `${p}/branches`, status: 200 },
      { method: 'GET', path: `${p}/branches/${mainId}/endpoints`, status: 200 },
      { method: 'GET', path: `${p}/branches/${mainId}/roles`, status: 200 },
      { method: 'GET', path: `${p}/branches/${mainId}/databases`, status: 200 },
      { method: 'GET', path: `${p}/branches/${mainId}/roles/neondb_owner/reveal_password`, status: 200 },
    ])
  })
})
