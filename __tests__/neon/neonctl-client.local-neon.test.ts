// NeonctlClient with the real shipped neonctl against the project's local Neon server (real PostgreSQL): the
// happy-path request budgets of issue 7, reuse, delete, and faults retried and logged.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { NeonctlClient } from '../../src/neon/neonctl-client.js'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'

let neon: NeonForTest
let logs: string[] = []

beforeAll(async () => {
  neon = await startNeonForTest()
}, 180_000)
afterAll(async () => {
  await neon?.stop()
}, 60_000)

interface Logged {
  method: string
  path: string
  status: number
}

async function apiRequests(): Promise<Logged[]> {
  return ((await neon.requests()) as Logged[]).filter((r) => !r.path.startsWith('/__local'))
}
/**
 * The requests the client makes against Neon too. The local server's hosts (127.0.0.1:PORT) name no endpoint, so
 * the client also asks for the pooled host (GET .../connection_uri?pooled=true), which it never does against Neon.
 */
async function neonRequests(): Promise<Logged[]> {
  return (await apiRequests()).filter((r) => !r.path.endsWith('/connection_uri'))
}
const pooledHostLookups = async () => (await apiRequests()).filter((r) => r.path.endsWith('/connection_uri')).length
async function clearRequests(): Promise<void> {
  await fetch(`${neon.baseUrl.replace(/\/$/, '')}/__local/requests`, { method: 'DELETE' })
}
const client = () =>
  new NeonctlClient({
    apiKey: neon.apiKey,
    projectId: neon.projectId,
    apiHost: neon.apiHost,
    deadlineMs: 120_000,
    backoff: { baseDelayMs: 50, maxDelayMs: 200 },
    logger: { info: (message) => logs.push(message) },
    process: { compileCacheDir: false }, // nothing left behind in the temp dir
  })
const request = (name: string) => ({ name, database: 'neondb', role: 'neondb_owner', createToken: `token-${name}` })
const branchesPath = () => `/projects/${neon.projectId}/branches`

describe('NeonctlClient against the local Neon server', () => {
  let branchId = ''
  let password = ''

  it('creates a branch: one neonctl run, two API requests (the token travels in the create request)', async () => {
    await clearRequests()
    const result = await client().createOrReuseBranch(request('ci/neon-client'))
    expect(result.created).toBe(true)
    expect(result.branch).toMatchObject({ name: 'ci/neon-client', default: false, protected: false })
    expect(result.connection).toMatchObject({ database: 'neondb', role: 'neondb_owner' })
    expect(result.connection.password.length).toBeGreaterThan(8)
    branchId = result.branch.id
    password = result.connection.password
    const requests = await apiRequests()
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${branchesPath()}`, `POST ${branchesPath()}`])
    // Neon stored the token with the branch: what proves later that this request created it
    const stored = await fetch(`${neon.apiHost}/projects/${neon.projectId}/branches/${branchId}`, {
      headers: { authorization: `Bearer ${neon.apiKey}` },
    })
    expect(((await stored.json()) as { annotation?: { value: unknown } }).annotation?.value).toEqual({
      'ephemeral-branch-create-token': 'token-ci/neon-client',
    })
  }, 60_000)

  it('reuses it on a rerun (409 -> adopt by exact name): two neonctl runs, six requests', async () => {
    logs = []
    await clearRequests()
    const result = await client().createOrReuseBranch(request('ci/neon-client'))
    expect((await neonRequests()).length).toBeLessThanOrEqual(6)
    expect(await pooledHostLookups()).toBe(1)
    expect(result).toMatchObject({ created: false, branch: { id: branchId } })
    expect(result.connection.password).toBe(password)
    expect(logs).toContain("Branch 'ci/neon-client' already exists; reusing it")
  }, 60_000)

  it('getConnection by name: one neonctl run, at most four API requests, same connection', async () => {
    await clearRequests()
    const connection = await client().getConnection('ci/neon-client', 'neondb', 'neondb_owner')
    expect(connection.password).toBe(password)
    expect((await neonRequests()).length).toBeLessThanOrEqual(4)
    expect(await pooledHostLookups()).toBe(1)
  }, 60_000)

  it('findBranchWithConnection (connect mode): one neonctl run, at most four requests, branch and connection', async () => {
    await clearRequests()
    const found = await client().findBranchWithConnection('ci/neon-client', 'neondb', 'neondb_owner')
    expect(found?.branch).toMatchObject({ id: branchId, name: 'ci/neon-client', default: false })
    expect(found?.connection.password).toBe(password)
    expect(found?.connection.poolerHost).not.toBe(found?.connection.host) // the local pooler's own port
    expect((await neonRequests()).length).toBeLessThanOrEqual(4)
    expect(await pooledHostLookups()).toBe(1)
    expect(await client().findBranchWithConnection('ci/neon-clien', 'neondb', 'neondb_owner')).toBeUndefined()
  }, 60_000)

  it('getConnection of a missing branch is not-found', async () => {
    await expect(client().getConnection('ci/never-created', 'neondb', 'neondb_owner')).rejects.toMatchObject({
      code: 'not-found',
    })
  }, 60_000)

  it('findBranch and listBranches', async () => {
    expect(await client().findBranch('ci/neon-client')).toMatchObject({ id: branchId })
    expect(await client().findBranch('ci/neon')).toBeUndefined()
    const names = (await client().listBranches()).map((b) => b.name)
    expect(names).toEqual(expect.arrayContaining(['main', 'ci/neon-client']))
  }, 60_000)

  it('setExpiration by id: one neonctl run, one request (PATCH), the branch as Neon now has it', async () => {
    const at = new Date(Date.now() + 3 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    await clearRequests()
    const updated = await client().setExpiration(branchId, at)
    expect(updated).toMatchObject({ id: branchId, expiresAt: at })
    expect((await apiRequests()).map((r) => `${r.method} ${r.status}`)).toEqual(['PATCH 200'])
  })

  it('423 x3 on create: retried under our backoff (not neonctl 3 s loop) and logged', async () => {
    logs = []
    await neon.faults({ method: 'POST', path: branchesPath(), status: 423, times: 3 })
    const result = await client().createOrReuseBranch(request('ci/locked'))
    expect(result.created).toBe(true)
    const retries = logs.filter((line) => line.startsWith("Retrying 'branches create'"))
    expect(retries).toHaveLength(3)
    expect(retries[0]).toMatch(/HTTP 423 Locked/)
    await client().deleteBranch(result.branch.id)
  }, 90_000)

  it('429 with Retry-After and 503 on create: retried and logged', async () => {
    logs = []
    await neon.faults([
      { method: 'POST', path: branchesPath(), status: 429, times: 1 },
      { method: 'GET', path: branchesPath(), status: 503, times: 1 },
    ])
    const result = await client().createOrReuseBranch(request('ci/rate-limited'))
    expect(result.created).toBe(true)
    expect(logs.find((line) => line.includes('HTTP 429'))).toMatch(/^Retrying 'branches create' in 1\.0s: HTTP 429/)
    expect(logs.find((line) => line.includes('HTTP 503'))).toMatch(/^Retrying 'branches create' in \d+ms: HTTP 503/)
    await client().deleteBranch(result.branch.id)
  }, 90_000)

  it('deletes by id with one request; a second delete finds it already gone', async () => {
    await clearRequests()
    expect(await client().deleteBranch(branchId)).toBe('deleted')
    expect((await apiRequests()).map((r) => r.method)).toEqual(['DELETE'])
    await clearRequests()
    expect(await client().deleteBranch(branchId)).toBe('already-gone')
    expect(await apiRequests()).toHaveLength(1)
  }, 60_000)

  it('refuses to delete the default branch', async () => {
    const main = await client().findBranch('main')
    expect(main?.default).toBe(true)
    await expect(client().deleteBranch(main!.id)).rejects.toMatchObject({ code: 'protected' })
  }, 60_000)
})
