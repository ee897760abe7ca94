// NeonctlClient with the real shipped neonctl against the project's local Neon server (real PostgreSQL): the
// happy-path request budgets of issue 7, reuse, delete, and faults retried and logged; then, through a rewriting
// proxy, the faults the server cannot make: a create that lands but whose answer is lost (503 after the work,
// dropped connection, no answer at all), small pages, and what neonctl sends.
import { execFile } from 'node:child_process'
import http from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { NeonctlClient } from '../../src/neon/neonctl-client.js'
import { neonctlPath } from '../../src/neon/neonctl-path.js'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { apiRequest, listAllBranches } from './local-api.js'
import { hiddenFromCreateListing, startRewritingProxy, type RewritingProxy } from './rewriting-proxy.js'

let neon: NeonForTest
let proxy: RewritingProxy
let logs: string[] = []

beforeAll(async () => {
  neon = await startNeonForTest()
  proxy = await startRewritingProxy(neon.baseUrl)
}, 180_000)
afterAll(async () => {
  await proxy?.close()
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
const client = (options: { apiHost?: string; attemptTimeoutMs?: number } = {}) =>
  new NeonctlClient({
    apiKey: neon.apiKey,
    projectId: neon.projectId,
    apiHost: neon.apiHost,
    deadlineMs: 120_000,
    backoff: { baseDelayMs: 50, maxDelayMs: 200 },
    logger: { info: (message) => logs.push(message) },
    ...options,
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
    // no parent named: the POST goes out alongside the listing
    expect(requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      `GET ${branchesPath()}`,
      `POST ${branchesPath()}`,
    ])
    // Neon stored the token with the branch: what proves later that this request created it
    const stored = await fetch(`${neon.apiHost}/projects/${neon.projectId}/branches/${branchId}`, {
      headers: { authorization: `Bearer ${neon.apiKey}` },
    })
    expect(((await stored.json()) as { annotation?: { value: unknown } }).annotation?.value).toEqual({
      'ephemeral-branch-create-token': 'token-ci/neon-client',
    })
  }, 60_000)

  it('reuses it on a rerun (the name in the listing, its POST refused): one neonctl run, two round trips', async () => {
    logs = []
    await neon.idle() // the compute the create started is up: Neon reports it active
    await clearRequests()
    const result = await client().createOrReuseBranch(request('ci/neon-client'))
    const requests = (await apiRequests()).map((r) => `${r.method} ${r.path} ${r.status}`)
    // the listing and the POST (409: the name exists) at once, then the endpoints and the connection (direct and
    // pooled URI) at once
    expect(requests.slice(0, 2).sort()).toEqual([`GET ${branchesPath()} 200`, `POST ${branchesPath()} 409`])
    expect(
      requests
        .slice(2)
        .map((r) => r.replace(/ 200$/, ''))
        .sort(),
    ).toEqual([
      `GET ${branchesPath()}/${branchId}/endpoints`,
      `GET /projects/${neon.projectId}/connection_uri`,
      `GET /projects/${neon.projectId}/connection_uri`,
    ])
    expect(result).toMatchObject({ created: false, branch: { id: branchId }, computeState: 'active' })
    expect(result.connection.password).toBe(password)
    expect(result.connection.poolerHost).not.toBe(result.connection.host) // the local pooler's own port
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
    // a parent named: the listing (to find it) comes first, and its 503 fails the attempt
    const result = await client().createOrReuseBranch({ ...request('ci/rate-limited'), parent: 'main' })
    expect(result.created).toBe(true)
    expect(logs.find((line) => line.includes('HTTP 429'))).toMatch(/^Retrying 'branches create' in 1\.0s: HTTP 429/)
    expect(logs.find((line) => line.includes('HTTP 503'))).toMatch(/^Retrying 'branches create' in \d+ms: HTTP 503/)
    await client().deleteBranch(result.branch.id)
  }, 90_000)

  it('no parent named: a listing answered 503 does not hold up the POST that went out with it', async () => {
    logs = []
    await neon.idle() // the last test's delete has finished: this POST meets no running operation
    await neon.faults({ method: 'GET', path: branchesPath(), status: 503, times: 1 })
    await clearRequests()
    const result = await client().createOrReuseBranch(request('ci/listing-failed'))
    expect(result.created).toBe(true)
    expect(logs.filter((line) => line.startsWith('Retrying'))).toEqual([])
    expect((await apiRequests()).map((r) => `${r.method} ${r.status}`).sort()).toEqual(['GET 503', 'POST 201'])
    await client().deleteBranch(result.branch.id)
  }, 90_000)

  it('deletes by id with one request; a second delete finds it already gone', async () => {
    await neon.idle() // no 423 left from the create: one request is the happy path
    await clearRequests()
    expect(await client().deleteBranch(branchId)).toBe('deleted')
    expect((await apiRequests()).map((r) => r.method)).toEqual(['DELETE'])
    await neon.idle()
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

describe('NeonctlClient through a proxy that makes the faults the server cannot', () => {
  const viaProxy = (options: { attemptTimeoutMs?: number } = {}) => client({ apiHost: proxy.apiHost, ...options })
  const posts = () => proxy.log.filter((r) => r.method === 'POST').length
  const named = async (name: string) => (await listAllBranches(neon)).filter((b) => b.name === name)
  const passwordOf = async (branchId: string) =>
    (
      await apiRequest<{ password: string }>(
        neon,
        'GET',
        `${branchesPath()}/${branchId}/roles/neondb_owner/reveal_password`,
      )
    ).password

  beforeEach(async () => {
    proxy.rules.length = 0
    proxy.log.length = 0
    logs = []
    // the fault each test makes must meet the request it aims at, not Neon's lock from the previous test's operations
    await neon.idle()
  })

  it('503 after the branch landed: looked up by name and adopted, never created twice', async () => {
    proxy.rules.push({ method: 'POST', path: /\/branches$/, times: 1, rewrite: () => ({ status: 503 }) })
    const result = await viaProxy().createOrReuseBranch(request('ci/landed-503'))
    // it carries this request's token, so it is ours: post's cleanup: auto will delete it
    expect(result).toMatchObject({ created: true, branch: { name: 'ci/landed-503' } })
    expect(result.connection.password).toBe(await passwordOf(result.branch.id))
    expect(posts()).toBe(1)
    expect(await named('ci/landed-503')).toHaveLength(1)
  }, 60_000)

  it('409 for a branch that appeared after the listing (another job): adopted by exact name, never claimed', async () => {
    const other = await apiRequest<{ branch: { id: string } }>(neon, 'POST', branchesPath(), {
      branch: { name: 'ci/appeared' },
      endpoints: [{ type: 'read_write' }],
      annotation_value: { 'ephemeral-branch-create-token': 'token-ci/appeared' },
    })
    await neon.idle() // the other job's create has finished: this POST meets the name (409), not the lock (423)
    proxy.rules.push(hiddenFromCreateListing('ci/appeared'))
    logs = []
    const result = await viaProxy().createOrReuseBranch(request('ci/appeared'))
    // even with this request's token: it got a 409, so its POST made nothing
    expect(result).toMatchObject({ created: false, branch: { id: other.branch.id } })
    expect(result.connection.password).toBe(await passwordOf(other.branch.id))
    expect(proxy.log.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([409])
    expect(logs).toContain("Branch 'ci/appeared' already exists; reusing it")
  }, 60_000)

  it("503 for a create that did not land, while another job's branch has the name: reused, never claimed", async () => {
    const other = await apiRequest<{ branch: { id: string } }>(neon, 'POST', branchesPath(), {
      branch: { name: 'ci/someone-elses' },
      endpoints: [{ type: 'read_write' }],
      annotation_value: { 'ephemeral-branch-create-token': 'token-of-another-job' },
    })
    proxy.rules.push(hiddenFromCreateListing('ci/someone-elses'))
    proxy.rules.push({ method: 'POST', path: /\/branches$/, times: 1, answer: () => ({ status: 503 }) })
    const result = await viaProxy().createOrReuseBranch(request('ci/someone-elses'))
    expect(result).toMatchObject({ created: false, branch: { id: other.branch.id } })
    expect(posts()).toBe(1)
  }, 60_000)

  it('connection dropped after the branch landed: adopted', async () => {
    proxy.rules.push({ method: 'POST', path: /\/branches$/, times: 1, rewrite: () => ({ drop: true }) })
    const result = await viaProxy().createOrReuseBranch(request('ci/landed-drop'))
    expect(result.created).toBe(true)
    expect(posts()).toBe(1)
  }, 60_000)

  it('no answer within the attempt time limit and nothing landed: looked up, then created', async () => {
    proxy.rules.push({ method: 'POST', path: /\/branches$/, times: 1, answer: () => ({ hang: true }) })
    // long enough for neonctl to start and send the POST even on a loaded machine
    const result = await viaProxy({ attemptTimeoutMs: 15_000 }).createOrReuseBranch(request('ci/hang'))
    expect(result.created).toBe(true)
    expect(
      logs.some((line) => line.startsWith("Outcome of 'branches create' unknown (no answer to POST in time")),
    ).toBe(true)
    expect(logs.some((line) => line.startsWith("Retrying 'branches create' in"))).toBe(true)
    expect(posts()).toBe(2)
    expect(await named('ci/hang')).toHaveLength(1)
  }, 90_000)

  it('listBranches and findBranch follow pagination', async () => {
    for (const name of ['ci/page-a', 'ci/page-b', 'ci/page-c'])
      await apiRequest(neon, 'POST', branchesPath(), { branch: { name }, endpoints: [{ type: 'read_write' }] })
    proxy.rules.push({ method: 'GET', path: /\/branches$/, query: (query) => query.set('limit', '2') })
    const all = await viaProxy().listBranches()
    expect(all.map((b) => b.name)).toEqual((await listAllBranches(neon)).map((b) => b.name))
    expect(all.length).toBeGreaterThan(4)
    expect(await viaProxy().findBranch('ci/page-c')).toMatchObject({ name: 'ci/page-c' })
    expect(await viaProxy().findBranch('ci/page')).toBeUndefined()
  }, 60_000)

  it('the shipped neonctl introduces itself with its pinned version', async () => {
    await viaProxy().listBranches()
    expect(proxy.log.map((r) => r.userAgent)).toEqual(['neonctl v5.0.1'])
  })

  it('the API key is sent as a Bearer token and never appears in argv', async () => {
    const seen: string[][] = []
    const spy = new NeonctlClient({
      apiKey: neon.apiKey,
      projectId: neon.projectId,
      apiHost: proxy.apiHost,
      deadlineMs: 30_000,
      invoker: async (args) => {
        seen.push(args)
        return { exitCode: 0, stdout: '{"branches": []}', stderr: '', timedOut: false }
      },
    })
    await spy.listBranches()
    expect(seen.flat().join(' ')).not.toContain(neon.apiKey)
  })

  it('goes through HTTP_PROXY when one is set (the shipped neonctl loads its proxy agent only then)', async () => {
    const proxied: string[] = []
    // A forward proxy on loopback. neonctl's proxy agent (undici's) tunnels every request with CONNECT.
    const forward = http.createServer((_req, res) => res.writeHead(405).end())
    forward.on('connect', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
      proxied.push(`${req.method} ${req.url}`)
      const [host, port] = req.url!.split(':')
      const upstream = connect(Number(port), host, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(socket).on('error', () => socket.destroy())
        socket.pipe(upstream).on('error', () => upstream.destroy())
      })
    })
    await new Promise<void>((resolve) => forward.listen(0, '127.0.0.1', resolve))
    const saved = { ...process.env }
    Object.assign(process.env, {
      HTTP_PROXY: `http://127.0.0.1:${(forward.address() as AddressInfo).port}`,
      NO_PROXY: '',
      no_proxy: '',
    })
    try {
      const branches = await viaProxy().listBranches()
      expect(branches.length).toBeGreaterThan(0)
      expect(proxied).toEqual([`CONNECT ${new URL(proxy.apiHost).host}`])
    } finally {
      process.env = saved
      forward.closeAllConnections()
      await new Promise((resolve) => forward.close(resolve))
    }
  })

  it('the modules the shipped neonctl loads only on first use work: YAML, tables, coloured help', async () => {
    const neonctl = (...args: string[]) =>
      new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          [neonctlPath(), ...args, '--project-id', neon.projectId, '--no-analytics'],
          { env: { ...process.env, NEON_API_KEY: neon.apiKey, NEON_API_HOST: neon.apiHost, FORCE_COLOR: '1' } },
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        ),
      )
    expect(await neonctl('branches', 'list', '-o', 'yaml')).toMatch(/^- id: br-/)
    expect(await neonctl('branches', 'list', '-o', 'table')).toMatch(/Name\s+Id\s+Current State/)
    expect(await neonctl('branches', '--help')).toContain('\u001b[36m') // chalk's cyan
  })
})
