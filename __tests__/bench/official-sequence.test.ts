/**
 * The bench's rendition of the official create-branch-action (bench/baselines/official-sequence.ts), bundled as the
 * bench bundles it and run through the runner emulator against the local server: it must make v6's requests, in
 * v6's order, with v6's query and body, and give a URL the first query can use. Also the bench's ratio arithmetic.
 * No timing is asserted.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildOfficialBaseline, officialActionDir } from '../../bench/baselines/build-official.js'
import { FIRST_QUERY, PATH } from '../../bench/paths.js'
import { headlineRows } from '../../bench/report.js'
import { Samples } from '../../bench/samples.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { createJob } from '../../support/runner-emulator.js'

const neon = useLocalNeon()

interface Seen {
  method: string
  url: string
  userAgent?: string
  body: string
}

/** A loopback HTTP forwarder in front of the local server that keeps every request as sent. */
async function startRecorder(target: string): Promise<{ apiHost: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = []
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      seen.push({ method: req.method!, url: req.url!, userAgent: req.headers['user-agent'], body })
      const headers = { ...req.headers } as Record<string, string>
      delete headers.host
      delete headers['content-length']
      fetch(`${target}${req.url}`, { method: req.method, headers, body: body || undefined }).then(
        async (answer) => {
          const text = await answer.text()
          res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' })
          res.end(text)
        },
        (error: Error) => {
          res.writeHead(502)
          res.end(error.message)
        },
      )
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    apiHost: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

describe("the bench's rendition of the official action", () => {
  let dir: string
  let script: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bench-official-'))
    script = (await buildOfficialBaseline(dir)).file
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('makes v6.4 requests: look-up, POST with annotations, then four GETs; again without the POST', async () => {
    const target = new URL(neon.apiHost)
    const recorder = await startRecorder(target.origin)
    const sha = 'a'.repeat(40)
    const eventPayload = {
      ref: 'refs/heads/main',
      after: sha,
      head_commit: { message: 'Add the orders table' },
      repository: { full_name: 'octo-org/octo-repo', name: 'octo-repo', owner: { login: 'octo-org' } },
    }
    const inputs = {
      api_key: neon.apiKey,
      project_id: neon.projectId,
      api_host: `${recorder.apiHost}${target.pathname}`,
      branch_name: 'ci/official-rendition',
    }
    const first = await createJob({ sha, eventPayload, env: neon.env(), actionDir: officialActionDir })
    const again = await createJob({ sha, eventPayload, env: neon.env(), actionDir: officialActionDir })
    try {
      const created = await first.runMain({ inputs, script })
      expect(created.exitCode).toBe(0)
      expect(created.outputs.created).toBe('true')
      for (const name of ['db_url', 'db_url_pooled', 'db_host', 'db_host_pooled', 'password', 'branch_id'])
        expect(created.outputs[name]).toBeTruthy()
      const branchId = created.outputs.branch_id
      const p = `${target.pathname}/projects/${neon.projectId}`
      expect(recorder.seen.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
        `GET ${p}/branches`,
        `POST ${p}/branches`,
        `GET ${p}/branches/${branchId}/endpoints`,
        `GET ${p}/branches/${branchId}/databases/neondb`,
        `GET ${p}/branches/${branchId}/roles/neondb_owner`,
        `GET ${p}/branches/${branchId}/roles/neondb_owner/reveal_password`,
      ])
      const lookup = new URL(recorder.seen[0].url, 'http://x').searchParams
      expect(lookup.get('search')).toBe('ci/official-rendition')
      expect(lookup.get('limit')).toBe('10000')
      expect(recorder.seen.every((r) => r.userAgent === 'neon-create-branch-action v6.4.0')).toBe(true)
      const body = JSON.parse(recorder.seen[1].body) as Record<string, unknown>
      expect(body.endpoints).toEqual([{ type: 'read_write', suspend_timeout_seconds: 0 }])
      expect(body.branch).toEqual({ name: 'ci/official-rendition' })
      expect(body.annotation_value).toEqual({
        'github-commit-repo': 'octo-org/octo-repo',
        'github-commit-author-login': 'octocat',
        'github-commit-sha': sha,
        'github-commit-message': 'Add the orders table',
        'github-commit-ref': 'refs/heads/main',
        'github-action-ref': 'refs/heads/main',
      })

      // the first query of the next step, through the URL it gave (the endpoint waits for the compute)
      const query = await first.runShell(FIRST_QUERY, { env: { DATABASE_URL: created.outputs.db_url } })
      expect(query.exitCode).toBe(0)
      expect(query.stdout.trim()).toBe('1')

      recorder.seen.length = 0
      const reused = await again.runMain({ inputs, script })
      expect(reused.exitCode).toBe(0)
      expect(reused.outputs.created).toBe('false')
      expect(reused.outputs.branch_id).toBe(branchId)
      expect(recorder.seen.map((r) => r.method)).toEqual(['GET', 'GET', 'GET', 'GET', 'GET'])
    } finally {
      await Promise.all([first.cleanup(), again.cleanup(), recorder.close()])
    }
  })
})

describe("the bench's headline", () => {
  it('compares medians as ours / official against each path target', () => {
    const samples = new Samples()
    for (const ms of [900, 1000, 5000]) samples.record(PATH.oursNew, 100, { wallMs: 0, toFirstQueryMs: ms })
    for (const ms of [1000, 1100]) samples.record(PATH.officialNew, 100, { wallMs: 0, toFirstQueryMs: ms })
    samples.record(PATH.oursConnect, 100, { wallMs: 0, toFirstQueryMs: 500, neonctlProcesses: 1, apiRequests: 4 })
    samples.record(PATH.officialAgain, 100, { wallMs: 0, toFirstQueryMs: 600, apiRequests: 5 })
    const input = { samples, latencies: [100], iterations: 3, parallelJobs: 6, neonctlStartMs: [], node: 'v24.0.0' }
    const rows = headlineRows(input)
    const byPath = (p: string) => rows.find((r) => r.path.startsWith(p))!
    expect(byPath('new branch')).toMatchObject({ oursMs: 1000, officialMs: 1050, maxRatio: 1, met: true })
    expect(byPath('`mode: connect`')).toMatchObject({
      oursMs: 500,
      officialMs: 600,
      maxRatio: 0.8,
      met: false,
      oursNeonctlProcesses: 1,
      oursApiRequests: 4,
      officialApiRequests: 5,
    })
    expect(rows).toHaveLength(2) // paths with no samples are left out
  })
})
