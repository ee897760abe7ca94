/**
 * Issue 11, point 2: nothing from Neon, GitHub or a migration's output can start a workflow command. The bundled
 * action runs as a runner runs it, against the local Neon server behind a proxy that answers with hostile fields
 * (branch names, ids, hosts, expiry and creation times, error texts and reason phrases), through every print site:
 * create, connect, post, mode: sweep (with a hostile GitHub API), and the migration's output and records. The runner
 * emulator parses stdout as the runner does (leading white space, the older `##[` form, stop-commands).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createJob, expectNoSecret, type StepResult } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { apiRequest } from '../neon/local-api.js'
import { startRewritingProxy, type RewritingProxy } from '../neon/rewriting-proxy.js'
import { expectInert, hostile, hostileLine } from './hostile.js'
import { branchNames, explain } from './helpers.js'

const neon = useLocalNeon()
let proxy: RewritingProxy

beforeAll(async () => {
  proxy = await startRewritingProxy(neon.baseUrl)
})
afterEach(() => {
  proxy.rules.length = 0
})
afterAll(async () => {
  await proxy?.close()
})

const branchesPath = () => new RegExp(`^/projects/${neon.projectId}/branches$`)
const inputs = (extra: Record<string, string> = {}) => ({ ...neon.inputs(), api_host: proxy.apiHost, ...extra })

async function deleteByName(name: string): Promise<void> {
  const { branches } = await apiRequest<{ branches: { id: string; name: string }[] }>(
    neon,
    'GET',
    `/projects/${neon.projectId}/branches`,
  )
  for (const b of branches.filter((x) => x.name === name))
    await apiRequest(neon, 'DELETE', `/projects/${neon.projectId}/branches/${b.id}`)
}

describe('hostile answers are printed inert', () => {
  it('create and post: error texts and reason phrases, the parent in the answer, a failing delete', async () => {
    // the create's POST fails once with a hostile message and reason phrase (an outcome the action must then
    // look up), and the second one lands with a hostile parent in its answer
    proxy.rules.push({
      method: 'POST',
      path: branchesPath(),
      times: 1,
      answer: () => ({
        status: 503,
        statusText: 'Service ##[add-mask]PWNED-STATUS ::warning::PWNED-STATUS',
        body: { code: '', message: hostileLine('ERROR') },
      }),
    })
    proxy.rules.push({
      method: 'POST',
      path: branchesPath(),
      times: 1,
      rewrite: (answer) => {
        const body = answer.body as { branch: Record<string, unknown> }
        body.branch.parent_id = hostile('PARENT')
        return answer
      },
    })
    const job = await createJob({ runId: '7110001', env: neon.env() })
    try {
      const main = await job.runMain({ inputs: inputs({ timeout: '60s' }) })
      expect(main.exitCode).toBe(0)
      expect(main.log).toContain('PWNED-STATUS') // the unknown-outcome line printed the reason phrase and message
      expect(main.log).toContain('PWNED-ERROR')
      expect(main.summary).toContain('PWNED-PARENT')

      // post: every delete fails with a hostile message until the deadline
      proxy.rules.push({
        method: 'DELETE',
        path: /\/branches\/br-/,
        answer: () => ({ status: 500, body: { code: '', message: hostileLine('DELETE') } }),
      })
      const post = await job.runPost(main, { inputs: inputs({ timeout: '15s' }) })
      expect(post.exitCode).toBe(0) // an expiry is set: an outage is an error annotation, not a failed job
      expect(post.annotations.find((a) => a.level === 'error')?.message).toContain('PWNED-DELETE')
      expectInert([main, post])
      expectNoSecret([main, post], neon.apiKey)
    } finally {
      proxy.rules.length = 0
      await job.cleanup()
      await deleteByName('ci/octo-repo/run-7110001')
    }
  })

  it('create: a hostile expiry is refused before it becomes an output (a run: script may use it), shown inert', async () => {
    proxy.rules.push({
      method: 'POST',
      path: branchesPath(),
      times: 1,
      rewrite: (answer) => {
        ;(answer.body as { branch: Record<string, unknown> }).branch.expires_at =
          `2030-01-01T00:00:00Z"; curl ${hostile('EXPIRES')}`
        return answer
      },
    })
    const job = await createJob({ runId: '7110003', env: neon.env() })
    try {
      const main = await job.runMain({ inputs: inputs() })
      expect(main.exitCode).toBe(1)
      expect(main.annotations.find((a) => a.level === 'error')?.message).toMatch(
        /^Neon answered an expiry that is not a time: '2030-01-01T00:00:00Z"; curl EXPIRES\\n::warning/,
      )
      expect(main.outputs.expires_at).toBeUndefined()
      const post = await job.runPost(main)
      expect(post.exitCode).toBe(0)
      expect(post.log).toContain('Deleted branch ci/octo-repo/run-7110003')
      expectInert([main, post])
    } finally {
      await job.cleanup()
    }
  })

  it('create: a hostile endpoint host is refused, shown inert, and post deletes the branch this step created', async () => {
    proxy.rules.push({
      method: 'POST',
      path: branchesPath(),
      times: 1,
      rewrite: (answer) => {
        const body = answer.body as { connection_uris: { connection_parameters: Record<string, string> }[] }
        body.connection_uris[0].connection_parameters.host = hostile('HOST')
        return answer
      },
    })
    const job = await createJob({ runId: '7110002', env: neon.env() })
    try {
      const main = await job.runMain({ inputs: inputs() })
      expect(main.exitCode).toBe(1)
      const error = main.annotations.find((a) => a.level === 'error')?.message ?? ''
      expect(error).toMatch(/^Neon answered an endpoint host that is not a host name: 'HOST\\n::warning/)
      expect(main.state).toMatchObject({ created: 'true' })
      const post = await job.runPost(main)
      expect(post.exitCode).toBe(0)
      expect(post.log).toContain('Deleted branch ci/octo-repo/run-7110002')
      expect(await branchNames(neon)).not.toContain('ci/octo-repo/run-7110002')
      expectInert([main, post])
    } finally {
      await job.cleanup()
    }
  })

  it('connect: a hostile expiry of the resolved branch, and a hostile endpoint host', async () => {
    const name = 'ci/connect-hostile'
    await apiRequest(neon, 'POST', `/projects/${neon.projectId}/branches`, {
      branch: { name },
      endpoints: [{ type: 'read_write' }],
    })
    try {
      proxy.rules.push({
        method: 'GET',
        path: branchesPath(),
        rewrite: (answer) => {
          const body = answer.body as { branches: Record<string, unknown>[] }
          for (const b of body.branches) if (b.name === name) b.expires_at = hostile('CONNECT-EXPIRES')
          return answer
        },
      })
      const refusedExpiry = await runStep({ ...inputs(), mode: 'connect', branch_name: name })
      expect(refusedExpiry.exitCode).toBe(1)
      expect(refusedExpiry.annotations.find((a) => a.level === 'error')?.message).toContain(
        "Neon answered an expiry that is not a time: 'CONNECT-EXPIRES\\n::warning",
      )
      proxy.rules.length = 0

      proxy.rules.push({
        method: 'GET',
        path: /\/endpoints$/,
        rewrite: (answer) => {
          const body = answer.body as { endpoints: Record<string, unknown>[] }
          for (const e of body.endpoints) e.host = hostile('CONNECT-HOST')
          return answer
        },
      })
      const refused = await runStep({ ...inputs(), mode: 'connect', branch_name: name })
      // neonctl builds a URL from the host first, and refuses it; either way the step fails and prints it inert
      expect(refused.exitCode).toBe(1)
      expect(refused.annotations.find((a) => a.level === 'error')?.message).toMatch(/Invalid URL|not a host name/)
      expectInert([refusedExpiry, refused])
    } finally {
      proxy.rules.length = 0
      await deleteByName(name)
    }
  })

  it('mode: sweep: hostile names, ids, creation times and GitHub error texts, in the log, annotations and summary', async () => {
    const github = await startHostileGitHub()
    const old = '2001-01-01T00:00:00Z'
    const extra = [
      { id: 'br-hostile-name-000001', name: `ci/${hostile('NAME')}`, created_at: old },
      { id: `br-x\n::add-mask::PWNED-ID`, name: 'ci/bad-id', created_at: old },
      { id: 'br-hostile-time-000002', name: 'ci/pr-77', created_at: hostile('TIME') },
    ].map((b) => ({ ...b, project_id: neon.projectId, default: false, protected: false, current_state: 'ready' }))
    proxy.rules.push({
      method: 'GET',
      path: branchesPath(),
      rewrite: (answer) => {
        const body = answer.body as { branches: unknown[] }
        body.branches.push(...extra)
        return answer
      },
    })
    try {
      const steps: StepResult[] = []
      for (const dryRun of ['true', 'false']) {
        const step = await runStep(
          { ...inputs(), mode: 'sweep', sweep_prefix: 'ci/', sweep_older_than: '1d', dry_run: dryRun },
          { GITHUB_API_URL: github.url },
        )
        expect(step.exitCode).toBe(1) // undecided branches (unreadable time, unreadable PR) fail the sweep
        steps.push(step)
      }
      const [dry, real] = steps
      expect(dry.log).toContain('Would delete ci/NAME\\n::warning title=PWNED::PWNED-NAME')
      expect(dry.log).toContain('PWNED-GITHUB')
      expect(dry.summary).toContain('PWNED-TIME')
      expect(real.annotations.some((a) => a.level === 'error' && a.message.includes('PWNED-ID'))).toBe(true)
      expect(real.summary).toContain('PWNED-NAME')
      expectInert(steps)
    } finally {
      await github.close()
    }
  })

  it('the migration: its output, and the records other jobs read, are printed inert', async () => {
    const output = hostile('MIGRATION').replace(/'/g, '')
    const migrate = `printf '%s\\n' '${output}'; exit 3`
    // GITHUB_JOB becomes the label recorded with the run, which the next job reads back from the database
    const sha = 'c0ffee'.repeat(6) + 'beef'
    const first = await createJob({ runId: '7110005', sha, env: { ...neon.env(), GITHUB_JOB: hostile('RANBY') } })
    const second = await createJob({ runId: '7110005', sha, env: neon.env() })
    try {
      const a = await first.runMain({ inputs: inputs({ migrate, cleanup: 'never' }) })
      expect(a.exitCode).toBe(3)
      expect(a.stdout).toContain('PWNED-MIGRATION')
      const b = await second.runMain({ inputs: inputs({ migrate }) })
      expect(b.exitCode).toBe(3)
      expect(b.log).toContain('PWNED-RANBY') // "The migration failed in <label>"
      const post = await second.runPost(b)
      expectInert([a, b, post])
      // the group around the output closed where it should: the action's own annotation after it was processed
      expect(a.annotations.some((x) => x.level === 'error' && x.message.startsWith('Migration command'))).toBe(true)
    } finally {
      await first.cleanup()
      await second.cleanup()
      await deleteByName('ci/octo-repo/run-7110005')
    }
  })
})

async function runStep(stepInputs: Record<string, string>, env: Record<string, string> = {}): Promise<StepResult> {
  const job = await createJob({ env: neon.env() })
  try {
    const step = await job.runMain({ inputs: stepInputs, env })
    if (step.timedOut) throw new Error(explain(step))
    return step
  } finally {
    await job.cleanup()
  }
}

/** A GitHub API whose pull request lookups fail with a hostile message. */
async function startHostileGitHub(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(403, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ message: hostileLine('GITHUB') }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
