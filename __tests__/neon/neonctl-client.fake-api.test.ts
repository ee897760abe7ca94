// The real shipped neonctl against a small in-memory API with faults the local server cannot produce: a create
// that lands but whose answer is lost (503 after the work, dropped connection, no answer at all), pagination.
import { execFile } from 'node:child_process'
import http from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { NeonctlClient } from '../../src/neon/neonctl-client.js'
import { neonctlPath } from '../../src/neon/neonctl-path.js'
import { FakeNeonApi } from './fake-neon-api.js'

let api: FakeNeonApi
const logs: string[] = []

beforeAll(async () => {
  api = await new FakeNeonApi().start()
})
afterAll(async () => {
  await api.stop()
})

const client = (options: { attemptTimeoutMs?: number } = {}) =>
  new NeonctlClient({
    apiKey: api.apiKey,
    projectId: api.projectId,
    apiHost: api.apiHost,
    deadlineMs: 60_000,
    backoff: { baseDelayMs: 20, maxDelayMs: 100 },
    logger: { info: (message) => logs.push(message) },
    process: { compileCacheDir: false }, // nothing left behind in the temp dir
    ...options,
  })
const request = (name: string) => ({ name, database: 'neondb', role: 'neondb_owner', createToken: `token-${name}` })
const posts = () => api.requests.filter((r) => r.method === 'POST').length

describe('NeonctlClient with the real neonctl, faults after the work', () => {
  it('503 after the branch landed: looked up by name and adopted, never created twice', async () => {
    api.requests = []
    api.fault('POST', /\/branches$/, { status: 503 }, 1, true)
    const result = await client().createOrReuseBranch(request('ci/landed-503'))
    // it carries this request's token, so it is ours: post's cleanup: auto will delete it
    expect(result).toMatchObject({ created: true, branch: { name: 'ci/landed-503' } })
    expect(result.connection.password).toBe(api.password)
    expect(posts()).toBe(1)
    expect(api.branches.filter((b) => b.name === 'ci/landed-503')).toHaveLength(1)
  })

  it("503 for a create that did not land, while another job's branch has the name: reused, never claimed", async () => {
    api.requests = []
    const other = api.branch('ci/someone-elses')
    api.branches.push(other)
    api.annotations.set(other.id, { 'ephemeral-branch-create-token': 'token-of-another-job' })
    api.fault('POST', /\/branches$/, { status: 503 }, 1)
    const result = await client().createOrReuseBranch(request('ci/someone-elses'))
    expect(result).toMatchObject({ created: false, branch: { id: other.id } })
    expect(posts()).toBe(1)
  })

  it('connection dropped after the branch landed: adopted', async () => {
    api.requests = []
    api.fault('POST', /\/branches$/, { drop: true }, 1, true)
    const result = await client().createOrReuseBranch(request('ci/landed-drop'))
    expect(result.created).toBe(true)
    expect(posts()).toBe(1)
  })

  it('no answer within the attempt time limit and nothing landed: looked up, then created', async () => {
    api.requests = []
    api.fault('POST', /\/branches$/, { hang: true }, 1)
    // long enough for neonctl to start and send the POST even on a loaded machine
    const result = await client({ attemptTimeoutMs: 15_000 }).createOrReuseBranch(request('ci/hang'))
    expect(result.created).toBe(true)
    expect(
      logs.some((line) => line.startsWith("Outcome of 'branches create' unknown (no answer to POST in time")),
    ).toBe(true)
    expect(logs.some((line) => line.startsWith("Retrying 'branches create' in"))).toBe(true)
    expect(posts()).toBe(2)
    expect(api.branches.filter((b) => b.name === 'ci/hang')).toHaveLength(1)
  }, 60_000)

  it('listBranches and findBranch follow pagination', async () => {
    api.pageSize = 2
    try {
      for (const name of ['ci/page-a', 'ci/page-b', 'ci/page-c']) api.branches.push(api.branch(name))
      const all = await client().listBranches()
      expect(all.map((b) => b.name)).toEqual(api.branches.map((b) => b.name))
      expect(all.length).toBeGreaterThan(4)
      expect(await client().findBranch('ci/page-c')).toMatchObject({ name: 'ci/page-c' })
      expect(await client().findBranch('ci/page')).toBeUndefined()
    } finally {
      api.pageSize = 100
    }
  }, 30_000)

  it('the shipped neonctl introduces itself with its pinned version', async () => {
    api.requests = []
    await client().listBranches()
    expect(api.requests.map((r) => r.userAgent)).toEqual(['neonctl v5.0.1'])
  })

  it('the API key is sent as a Bearer token and never appears in argv', async () => {
    const seen: string[][] = []
    const spy = new NeonctlClient({
      apiKey: api.apiKey,
      projectId: api.projectId,
      apiHost: api.apiHost,
      deadlineMs: 30_000,
      invoker: async (args) => {
        seen.push(args)
        return { exitCode: 0, stdout: '{"branches": []}', stderr: '', timedOut: false }
      },
    })
    await spy.listBranches()
    expect(seen.flat().join(' ')).not.toContain(api.apiKey)
  })

  it('goes through HTTP_PROXY when one is set (the shipped neonctl loads its proxy agent only then)', async () => {
    const proxied: string[] = []
    // A forward proxy on loopback. neonctl's proxy agent (undici's) tunnels every request with CONNECT.
    const proxy = http.createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req: http.IncomingMessage, socket: Socket, head: Buffer) => {
      proxied.push(`${req.method} ${req.url}`)
      const [host, port] = req.url!.split(':')
      const upstream = connect(Number(port), host, () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(socket).on('error', () => socket.destroy())
        socket.pipe(upstream).on('error', () => upstream.destroy())
      })
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    const saved = { ...process.env }
    Object.assign(process.env, {
      HTTP_PROXY: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
      NO_PROXY: '',
      no_proxy: '',
    })
    try {
      const branches = await client().listBranches()
      expect(branches.length).toBeGreaterThan(0)
      expect(proxied).toEqual([`CONNECT ${new URL(api.apiHost).host}`])
    } finally {
      process.env = saved
      proxy.closeAllConnections()
      await new Promise((resolve) => proxy.close(resolve))
    }
  })

  it('the modules the shipped neonctl loads only on first use work: YAML, tables, coloured help', async () => {
    const neonctl = (...args: string[]) =>
      new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          [neonctlPath(), ...args, '--project-id', api.projectId, '--no-analytics'],
          { env: { ...process.env, NEON_API_KEY: api.apiKey, NEON_API_HOST: api.apiHost, FORCE_COLOR: '1' } },
          (error, stdout) => (error ? reject(error) : resolve(stdout)),
        ),
      )
    expect(await neonctl('branches', 'list', '-o', 'yaml')).toMatch(/^- id: br-/)
    expect(await neonctl('branches', 'list', '-o', 'table')).toMatch(/Name\s+Id\s+Current State/)
    expect(await neonctl('branches', '--help')).toContain('\u001b[36m') // chalk's cyan
  })
})
