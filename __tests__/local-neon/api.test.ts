// The local server's Neon API: status codes, shapes, pagination, background states, expiry, restore, the test aids,
// and @neondatabase/api-client against it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createApiClient, type Api } from '@neondatabase/api-client'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { aid, api, nodePostgresQuery, psql, waitForBranchReady, waitForConnectable } from './helpers.js'

let neon: NeonForTest
let p: string // "/projects/<id>"
let mainId: string
let client: Api<unknown>

beforeAll(async () => {
  // about shapes and behaviour, not the project lock (locking.test.ts is)
  neon = await startNeonForTest({ locking: false })
  p = `/projects/${neon.projectId}`
  client = createApiClient({ apiKey: neon.apiKey, baseURL: neon.apiHost })
  mainId = (await api(neon, 'GET', `${p}/branches`)).body.branches[0].id
})

afterAll(async () => {
  await neon?.stop()
})

const errorBody = (message: RegExp | string) => ({
  code: expect.any(String),
  message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message),
  request_id: expect.any(String),
})

describe('authentication and errors', () => {
  it('answers 401 without or with a wrong key', async () => {
    expect((await api(neon, 'GET', `${p}/branches`, undefined, '')).status).toBe(401)
    const wrong = await api(neon, 'GET', `${p}/branches`, undefined, 'wrong-key')
    expect(wrong.status).toBe(401)
    expect(wrong.body).toEqual(errorBody('authentication'))
  })

  it('answers 404 for unknown projects, branches, roles, databases, operations and routes', async () => {
    expect((await api(neon, 'GET', '/projects/no-such-project-123/branches')).status).toBe(404)
    const branch = await api(neon, 'GET', `${p}/branches/br-no-such-branch`)
    expect(branch.status).toBe(404)
    expect(branch.body).toEqual(errorBody('not found'))
    expect((await api(neon, 'GET', `${p}/branches/${mainId}/roles/nobody`)).status).toBe(404)
    expect((await api(neon, 'GET', `${p}/branches/${mainId}/roles/nobody/reveal_password`)).status).toBe(404)
    expect((await api(neon, 'GET', `${p}/branches/${mainId}/databases/nodb`)).status).toBe(404)
    expect((await api(neon, 'GET', `${p}/operations/00000000-0000-0000-0000-000000000000`)).status).toBe(404)
    expect((await api(neon, 'GET', `${p}/no-such-route`)).status).toBe(404)
    // DELETE of something that never existed: 204, as the spec says ("doesn't exist or has already been deleted")
    expect((await api(neon, 'DELETE', `${p}/branches/br-never-existed-abc`)).status).toBe(204)
  })

  it('answers 422 for bodies that break the schema and 400 for bad JSON or expiry', async () => {
    const cases: [unknown, number][] = [
      [{ branch: { name: 42 } }, 422],
      [{ branch: { name: '' } }, 422],
      [{ endpoints: [{ type: 'read_sometimes' }] }, 422],
      [{ endpoints: 'read_write' }, 422],
      [{ branch: { init_source: 'everything' } }, 422],
      [{ branch: { parent_lsn: 'yesterday' } }, 422],
      [{ branch: { expires_at: 'tomorrow' } }, 422],
      [{ branch: { expires_at: '2020-01-01T00:00:00Z' } }, 400],
      [{ branch: { expires_at: new Date(Date.now() + 31 * 86400_000).toISOString() } }, 400],
      ['{"branch": ', 400],
    ]
    for (const [body, status] of cases) {
      const response = await api(neon, 'POST', `${p}/branches`, body)
      expect({ body, status: response.status }).toEqual({ body, status })
      expect(response.body).toEqual(errorBody(/./))
    }
    expect((await api(neon, 'PATCH', `${p}/branches/${mainId}`, { branch: { name: 7 } })).status).toBe(422)
    expect((await api(neon, 'POST', `${p}/branches/${mainId}/restore`, {})).status).toBe(422)
  })

  it('refuses to delete the default branch', async () => {
    const response = await api(neon, 'DELETE', `${p}/branches/${mainId}`)
    expect(response.status).toBe(400)
    expect(response.body).toEqual(errorBody('default branch'))
  })

  it('serves the routes with and without the /api/v2 prefix', async () => {
    const response = await fetch(`${neon.baseUrl}${p}`, { headers: { authorization: `Bearer ${neon.apiKey}` } })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { project: unknown }).project).toMatchObject({ id: neon.projectId })
    expect((await api(neon, 'GET', p)).body.project.id).toBe(neon.projectId)
  })
})

describe('branches', () => {
  let apiBranch: { id: string; url: string }

  it('creates with @neondatabase/api-client: 201 at once in init state, ready later (slow start)', async () => {
    await aid(neon, 'POST', 'slow-start', { ms: 1500 })
    const created = await client.createProjectBranch(neon.projectId, {
      branch: { name: 'api-client' },
      endpoints: [{ type: 'read_write' as never, suspend_timeout_seconds: 300 }],
      annotation_value: { source: 'test' },
    })
    await aid(neon, 'POST', 'slow-start', { ms: 0 })
    expect(created.status).toBe(201)
    const { branch, endpoints, operations, roles, databases, connection_uris } = created.data
    expect(branch).toMatchObject({ name: 'api-client', parent_id: mainId, current_state: 'init', default: false })
    expect(endpoints[0]).toMatchObject({
      current_state: 'init',
      type: 'read_write',
      suspend_timeout_seconds: 300,
      branch_id: branch.id,
    })
    expect(operations.map((o) => [o.action, o.status])).toEqual([
      ['create_branch', 'running'],
      ['start_compute', 'scheduling'],
    ])
    expect(roles.map((r) => r.name)).toEqual(['neondb_owner'])
    expect(databases.map((d) => [d.name, d.owner_name])).toEqual([['neondb', 'neondb_owner']])
    expect(connection_uris![0].connection_parameters).toMatchObject({
      database: 'neondb',
      role: 'neondb_owner',
      host: endpoints[0].host,
      pooler_host: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
    })
    expect(connection_uris![0].connection_parameters.pooler_host).not.toBe(endpoints[0].host)
    apiBranch = { id: branch.id, url: connection_uris![0].connection_uri }

    // As on Neon, whose proxy waits for a starting compute: a connection made now is not refused, it waits
    const early = await nodePostgresQuery(neon, apiBranch.url, 'SELECT 1 AS one')
    expect(early).toEqual([{ one: 1 }])
    expect((await api(neon, 'GET', `${p}/branches/${branch.id}`)).body.branch.current_state).toBe('ready')
    await waitForBranchReady(neon, branch.id)
    await waitForConnectable(neon, apiBranch.url)
    const operation = await client.getProjectOperation(neon.projectId, operations[0].id)
    expect(operation.data.operation.status).toBe('finished')
    const endpoint = (await api(neon, 'GET', `${p}/branches/${branch.id}/endpoints`)).body.endpoints[0]
    expect(endpoint.current_state).toBe('active')
    const got = await api(neon, 'GET', `${p}/branches/${branch.id}`)
    expect(got.body.annotation.value).toEqual({ source: 'test' })
  })

  it('reads connection URI, database and role with @neondatabase/api-client', async () => {
    const uri = await client.getConnectionUri({
      projectId: neon.projectId,
      branch_id: apiBranch.id,
      database_name: 'neondb',
      role_name: 'neondb_owner',
    })
    expect(uri.data.uri).toBe(apiBranch.url)
    const pooled = await client.getConnectionUri({
      projectId: neon.projectId,
      branch_id: apiBranch.id,
      database_name: 'neondb',
      role_name: 'neondb_owner',
      pooled: true,
    })
    // the pooled URI names the pooler's own port (PgBouncer behind a TLS + SCRAM front)
    const pooledHost = new URL(pooled.data.uri).host
    expect(pooled.data.uri).toBe(apiBranch.url.replace(new URL(apiBranch.url).host, pooledHost))
    expect(pooledHost).not.toBe(new URL(apiBranch.url).host)
    const defaultBranch = await client.getConnectionUri({
      projectId: neon.projectId,
      database_name: 'neondb',
      role_name: 'neondb_owner',
    })
    expect(defaultBranch.data.uri).not.toBe(apiBranch.url)
    const database = await client.getProjectBranchDatabase(neon.projectId, apiBranch.id, 'neondb')
    expect(database.data.database).toMatchObject({
      name: 'neondb',
      owner_name: 'neondb_owner',
      branch_id: apiBranch.id,
    })
    const role = await client.getProjectBranchRole(neon.projectId, apiBranch.id, 'neondb_owner')
    expect(role.data.role).toMatchObject({ name: 'neondb_owner', branch_id: apiBranch.id })
    const password = await api(neon, 'GET', `${p}/branches/${apiBranch.id}/roles/neondb_owner/reveal_password`)
    expect(apiBranch.url).toContain(`:${password.body.password}@`)
    // A branch keeps its parent's role password, as on Neon.
    const mainPassword = await api(neon, 'GET', `${p}/branches/${mainId}/roles/neondb_owner/reveal_password`)
    expect(password.body.password).toBe(mainPassword.body.password)
  })

  it('answers 409 for a duplicate name', async () => {
    const response = await api(neon, 'POST', `${p}/branches`, { branch: { name: 'api-client' } })
    expect(response.status).toBe(409)
    expect(response.body).toEqual(errorBody('already exists'))
    const rename = await api(neon, 'PATCH', `${p}/branches/${apiBranch.id}`, { branch: { name: 'main' } })
    expect(rename.status).toBe(409)
  })

  it('creates a schema-only branch: tables without rows', async () => {
    await psql(
      await mainUrl(),
      'CREATE TABLE things (id serial PRIMARY KEY, label text); INSERT INTO things (label) VALUES ($$a$$), ($$b$$)',
    )
    const created = await api(neon, 'POST', `${p}/branches`, {
      branch: { name: 'schema-only', init_source: 'schema-only' },
      endpoints: [{ type: 'read_write' }],
    })
    expect(created.status).toBe(201)
    expect(created.body.branch.init_source).toBe('schema-only')
    expect(created.body.branch.parent_id).toBeUndefined()
    await waitForBranchReady(neon, created.body.branch.id)
    const url = created.body.connection_uris[0].connection_uri
    expect(await psql(url, 'SELECT count(*) FROM things')).toBe('0')
    expect(await psql(url, 'INSERT INTO things (label) VALUES ($$c$$) RETURNING id')).toMatch(/^1\b/)
  })

  it('creates a branch without compute, and expires it', async () => {
    const created = await api(neon, 'POST', `${p}/branches`, {
      branch: { name: 'no-compute', parent_id: mainId },
      endpoints: [],
    })
    expect(created.status).toBe(201)
    expect(created.body.endpoints).toEqual([])
    expect(created.body.connection_uris).toBeUndefined()
    const id = created.body.branch.id
    const expiresAt = new Date(Date.now() + 1500).toISOString()
    const patched = await api(neon, 'PATCH', `${p}/branches/${id}`, { branch: { expires_at: expiresAt } })
    expect(patched.status).toBe(200)
    expect(patched.body.branch.expires_at).toEqual(expect.any(String))
    for (let i = 0; i < 300; i++) {
      if ((await api(neon, 'GET', `${p}/branches/${id}`)).status === 404) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect((await api(neon, 'GET', `${p}/branches/${id}`)).status).toBe(404)
    expect((await api(neon, 'DELETE', `${p}/branches/${id}`)).status).toBe(204)
  })

  it('adds a compute endpoint to a branch without one; protects it from deletion', async () => {
    const created = await api(neon, 'POST', `${p}/branches`, { branch: { name: 'later-compute' }, endpoints: [] })
    const id = created.body.branch.id
    const added = await api(neon, 'POST', `${p}/endpoints`, { endpoint: { branch_id: id, type: 'read_write' } })
    expect(added.status).toBe(201)
    expect(added.body.endpoint).toMatchObject({
      branch_id: id,
      type: 'read_write',
      host: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
    })
    expect(
      (await api(neon, 'POST', `${p}/endpoints`, { endpoint: { branch_id: id, type: 'read_write' } })).status,
    ).toBe(400)
    const all = (await api(neon, 'GET', `${p}/endpoints`)).body.endpoints.map((e: { id: string }) => e.id)
    expect(all).toContain(added.body.endpoint.id)
    expect((await api(neon, 'GET', `${p}/endpoints/${added.body.endpoint.id}`)).body.endpoint.branch_id).toBe(id)
    await waitForBranchReady(neon, id)
    const url = (
      await api(neon, 'GET', `${p}/connection_uri?branch_id=${id}&database_name=neondb&role_name=neondb_owner`)
    ).body.uri
    await waitForConnectable(neon, url)
    expect(await psql(url, 'SELECT 1')).toBe('1')
    const projectOps = (await api(neon, 'GET', `${p}/operations?limit=100`)).body.operations
    const branchOps = projectOps.filter((o: { branch_id: string }) => o.branch_id === id)
    expect(branchOps.map((o: { action: string }) => o.action).sort()).toEqual(['create_branch', 'start_compute'])

    expect(
      (await api(neon, 'PATCH', `${p}/branches/${id}`, { branch: { protected: true } })).body.branch.protected,
    ).toBe(true)
    const refused = await api(neon, 'DELETE', `${p}/branches/${id}`)
    expect(refused.status).toBe(400)
    expect(refused.body).toEqual(errorBody('protected'))
    await api(neon, 'PATCH', `${p}/branches/${id}`, { branch: { protected: false } })
    expect((await api(neon, 'DELETE', `${p}/branches/${id}`)).status).toBe(200)
  })

  it('refuses to delete a branch with children; restores it keeping the old data under another name', async () => {
    await psql(apiBranch.url, 'CREATE TABLE marker (v text); INSERT INTO marker VALUES ($$old$$)')
    const child = await api(neon, 'POST', `${p}/branches`, {
      branch: { name: 'child', parent_id: apiBranch.id },
      endpoints: [{ type: 'read_write' }],
    })
    expect(child.status).toBe(201)
    const refused = await api(neon, 'DELETE', `${p}/branches/${apiBranch.id}`)
    expect(refused.status).toBe(400)
    expect(refused.body).toEqual(errorBody('child'))
    const needsName = await api(neon, 'POST', `${p}/branches/${apiBranch.id}/restore`, { source_branch_id: mainId })
    expect(needsName.status).toBe(400)

    const restored = await api(neon, 'POST', `${p}/branches/${apiBranch.id}/restore`, {
      source_branch_id: mainId,
      preserve_under_name: 'api-client-old',
    })
    expect(restored.status).toBe(200)
    expect(restored.body.operations.length).toBeGreaterThan(0)
    await waitForBranchReady(neon, apiBranch.id)
    await waitForConnectable(neon, apiBranch.url)
    expect(await psql(apiBranch.url, 'SELECT to_regclass($$marker$$) IS NULL')).toBe('t')

    const { branches } = (await api(neon, 'GET', `${p}/branches?search=api-client-old`)).body
    expect(branches).toHaveLength(1)
    await waitForBranchReady(neon, branches[0].id)
    const childNow = (await api(neon, 'GET', `${p}/branches/${child.body.branch.id}`)).body.branch
    expect(childNow.parent_id).toBe(branches[0].id)
    await waitForBranchReady(neon, childNow.id)
    expect(await psql(child.body.connection_uris[0].connection_uri, 'SELECT v FROM marker')).toBe('old')
  })

  it('creates several branches from one parent at once, each a consistent copy', async () => {
    const url = await mainUrl()
    await psql(url, 'CREATE TABLE burst (n int); INSERT INTO burst SELECT generate_series(1, 5000)')
    const created = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        api(neon, 'POST', `${p}/branches`, { branch: { name: `burst-${i}` }, endpoints: [{ type: 'read_write' }] }),
      ),
    )
    expect(created.map((c) => c.status)).toEqual([201, 201, 201, 201])
    for (const { body } of created) await waitForBranchReady(neon, body.branch.id)
    await psql(url, 'INSERT INTO burst SELECT generate_series(1, 100)') // the copies are independent of the parent
    for (const { body } of created) {
      expect(await psql(body.connection_uris[0].connection_uri, 'SELECT count(*) FROM burst')).toBe('5000')
    }
    const ops = (await api(neon, 'GET', `${p}/operations`)).body.operations
    expect(ops.filter((o: { status: string }) => o.status === 'failed')).toEqual([])
    for (const { body } of created)
      expect((await api(neon, 'DELETE', `${p}/branches/${body.branch.id}`)).status).toBe(200)
  })

  it('creates roles and databases (api-client); children inherit them; several roles means no connection_uris', async () => {
    const role = await client.createProjectBranchRole(neon.projectId, apiBranch.id, { role: { name: 'app' } })
    expect(role.status).toBe(201)
    expect(role.data.role).toMatchObject({ name: 'app', password: expect.stringMatching(/^npg_/) })
    const database = await client.createProjectBranchDatabase(neon.projectId, apiBranch.id, {
      database: { name: 'appdb', owner_name: 'app' },
    })
    expect(database.status).toBe(201)
    expect((await api(neon, 'POST', `${p}/branches/${apiBranch.id}/roles`, { role: { name: 'app' } })).status).toBe(409)
    expect(
      (
        await api(neon, 'POST', `${p}/branches/${apiBranch.id}/databases`, {
          database: { name: 'x', owner_name: 'nobody' },
        })
      ).status,
    ).toBe(404)

    const appUrl = (
      await client.getConnectionUri({
        projectId: neon.projectId,
        branch_id: apiBranch.id,
        database_name: 'appdb',
        role_name: 'app',
      })
    ).data.uri
    expect(await psql(appUrl, 'SELECT current_user || $$@$$ || current_database()')).toBe('app@appdb')
    const reset = await client.resetProjectBranchRolePassword(neon.projectId, apiBranch.id, 'app')
    expect(reset.data.role.password).not.toBe(role.data.role.password)
    await expect(psql(appUrl, 'SELECT 1')).rejects.toThrow(/password authentication failed/)

    const child = await api(neon, 'POST', `${p}/branches`, {
      branch: { name: 'multi-role-child', parent_id: apiBranch.id },
      endpoints: [{ type: 'read_write' }],
    })
    expect(child.status).toBe(201)
    expect(child.body.connection_uris).toBeUndefined()
    expect(child.body.roles.map((r: { name: string }) => r.name).sort()).toEqual(['app', 'neondb_owner'])
    await waitForBranchReady(neon, child.body.branch.id)
    const childUrl = (
      await api(neon, 'GET', `${p}/connection_uri?branch_id=${child.body.branch.id}&database_name=appdb&role_name=app`)
    ).body.uri
    expect(await psql(childUrl, 'SELECT current_database()')).toBe('appdb')
    expect((await api(neon, 'DELETE', `${p}/branches/${child.body.branch.id}`)).status).toBe(200)
  })

  it('sets another branch as the default one', async () => {
    const response = await client.setDefaultProjectBranch(neon.projectId, apiBranch.id)
    expect(response.data.branch.default).toBe(true)
    expect((await api(neon, 'GET', `${p}/branches/${mainId}`)).body.branch.default).toBe(false)
    expect((await api(neon, 'DELETE', `${p}/branches/${apiBranch.id}`)).status).toBe(400)
    await client.setDefaultProjectBranch(neon.projectId, mainId)
    expect((await api(neon, 'GET', `${p}/branches/${mainId}`)).body.branch.default).toBe(true)
  })

  it('lists with search, sorting and cursor pagination', async () => {
    const all = (await api(neon, 'GET', `${p}/branches?sort_by=name&sort_order=asc`)).body
    expect(all.annotations).toEqual(expect.any(Object))
    const names: string[] = all.branches.map((b: { name: string }) => b.name)
    expect(names).toEqual([...names].sort())
    expect(names.length).toBeGreaterThanOrEqual(4)
    const paged: string[] = []
    let cursor: string | undefined
    for (let page = 0; page < 10; page++) {
      const query = `sort_by=name&sort_order=asc&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
      const { body } = await api(neon, 'GET', `${p}/branches?${query}`)
      expect(body.branches.length).toBeLessThanOrEqual(2)
      paged.push(...body.branches.map((b: { name: string }) => b.name))
      cursor = body.pagination.next
      if (!cursor) break
    }
    expect(paged).toEqual(names)
    const listed = await client.listProjectBranches({ projectId: neon.projectId, search: 'schema' })
    expect(listed.data.branches.map((b) => b.name)).toEqual(['schema-only'])
    expect((await api(neon, 'GET', `${p}/branches?limit=0`)).status).toBe(400)
  })
})

describe('test aids', () => {
  it('injects faults for the next N matching requests (423, 429 with Retry-After, prefixes, random)', async () => {
    await aid(neon, 'POST', 'faults', { method: 'GET', path: `${p}/branches`, status: 423, times: 2 })
    const first = await api(neon, 'GET', `${p}/branches`)
    expect(first.status).toBe(423)
    expect(first.body).toEqual(errorBody('running conflicting operations'))
    expect((await api(neon, 'GET', `${p}/branches`)).status).toBe(423)
    expect((await api(neon, 'GET', `${p}/branches`)).status).toBe(200)

    await aid(neon, 'POST', 'faults', { path: `${p}/branches/*`, status: 429 })
    const limited = await api(neon, 'GET', `${p}/branches/${mainId}`)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect((await api(neon, 'GET', `${p}/branches/${mainId}`)).status).toBe(200)

    await aid(neon, 'POST', 'faults', { random: { rate: 1, statuses: [503] } })
    expect((await api(neon, 'GET', p)).status).toBe(503)
    expect((await aid(neon, 'GET', 'faults')).body.random).toEqual({ rate: 1, statuses: [503] })
    await aid(neon, 'POST', 'faults', { random: null })
    expect((await api(neon, 'GET', p)).status).toBe(200)
    expect((await aid(neon, 'POST', 'faults', { path: 'no-slash', status: 200 })).status).toBe(422)
  })

  it('logs requests without the /api/v2 prefix and the query; DELETE clears the log', async () => {
    expect((await aid(neon, 'DELETE', 'requests')).status).toBe(204)
    await api(neon, 'GET', `${p}/branches?limit=1`)
    await fetch(`${neon.baseUrl}${p}/branches/br-missing-x-y`, { headers: { authorization: `Bearer ${neon.apiKey}` } })
    const { body } = await aid(neon, 'GET', 'requests')
    expect(body).toEqual([
      { method: 'GET', path: `${p}/branches`, status: 200 },
      { method: 'GET', path: `${p}/branches/br-missing-x-y`, status: 404 },
    ])
  })

  it('adds latency to API requests', async () => {
    await aid(neon, 'POST', 'latency', { ms: 150 })
    const started = performance.now()
    expect((await api(neon, 'GET', p)).status).toBe(200)
    const elapsed = performance.now() - started
    await aid(neon, 'POST', 'latency', { ms: 0 })
    expect(elapsed).toBeGreaterThanOrEqual(145) // a lower bound only: the delay is a timer
    expect((await aid(neon, 'POST', 'latency', { ms: -1 })).status).toBe(422)
  })

  it('GET /__local/idle answers once background work is done: a new branch is ready, its operations finished', async () => {
    const created = await api(neon, 'POST', `${p}/branches`, {
      branch: { name: 'idle-aid' },
      endpoints: [{ type: 'read_write' }],
    })
    expect(created.status).toBe(201)
    expect((await aid(neon, 'GET', 'idle')).status).toBe(204)
    const { body } = await api(neon, 'GET', `${p}/branches/${created.body.branch.id}`)
    expect(body.branch.current_state).toBe('ready')
    expect(created.body.operations.map((o: { id: string }) => o.id)).toHaveLength(2)
    const { body: ops } = await api(neon, 'GET', `${p}/operations`)
    const mine = ops.operations.filter((o: { branch_id: string }) => o.branch_id === created.body.branch.id)
    expect(mine.every((o: { status: string }) => o.status === 'finished')).toBe(true)
  })
})

async function mainUrl(): Promise<string> {
  const { body } = await api(
    neon,
    'GET',
    `${p}/connection_uri?branch_id=${mainId}&database_name=neondb&role_name=neondb_owner`,
  )
  return body.uri
}
