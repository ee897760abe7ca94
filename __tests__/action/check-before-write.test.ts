/**
 * Issue 11, points 1 and 5-8, through the bundled action as a runner runs it, against the local Neon server:
 * - the key travels only over TLS (api_host https://, or http:// to loopback), and api_host holds no user:password@;
 * - post is quiet when main failed before any create request;
 * - a 404 is "already gone" only when it says the branch is gone;
 * - an unusable key is an input error, at once, in main and post;
 * - everything that can be checked before the first API write is, and a role or database that does not exist
 *   leaves no branch behind, even with cleanup: never.
 */
import { createJob, expectNoSecret, runJob } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { branchNames, expectExit } from './helpers.js'

const neon = useLocalNeon()

async function apiRequests(): Promise<{ method: string; path: string; status: number }[]> {
  return ((await neon.requests()) as { method: string; path: string; status: number }[]).filter(
    (r) => !r.path.startsWith('/__local'),
  )
}

const firstError = (step: { annotations: { level: string; message: string }[] }) =>
  step.annotations.find((a) => a.level === 'error')?.message ?? ''

/** A day that does not exist, less than 30 days ahead if the calendar allows (2026-11-31 on 2026-11-27). */
function impossibleDateSoon(now = new Date()): string {
  for (let add = 0; add < 3; add++) {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + add, 1))
    const days = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
    if (days === 31) continue
    const rollsOverTo = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 31)
    if (rollsOverTo > now.getTime() + 3_600_000 && rollsOverTo < now.getTime() + 29 * 86_400_000) {
      return `${first.toISOString().slice(0, 8)}31T00:00:00Z`
    }
  }
  return '2026-11-31T00:00:00Z'
}

describe('the key travels only over TLS', () => {
  it.each([
    ['plain http to a host that is not loopback', (port: string) => `http://0.0.0.0:${port}/api/v2`],
    ['a user:password@ in api_host', (port: string) => `http://alice:hunter2-secret@127.0.0.1:${port}/api/v2`],
  ])('%s: refused before any request, naming api_host; nothing of it in state or logs', async (_, host) => {
    const port = new URL(neon.apiHost).port
    const before = (await apiRequests()).length
    const { main, post } = await runJob({ env: neon.env(), inputs: { ...neon.inputs(), api_host: host(port) } })
    expectExit(main, 1)
    expect(firstError(main)).toMatch(/^Input 'api_host' must/)
    expect(main.state).toEqual({})
    expectExit(post, 0)
    expect(post.log).toContain('Nothing to clean up')
    expect((await apiRequests()).length).toBe(before)
    expectNoSecret([main, post], 'hunter2-secret')
  })
})

describe('an unusable key fails at once, naming api_key', () => {
  it.each([
    ['a line break', `${'k'.repeat(20)}\n${'k'.repeat(20)}`],
    ['a character no HTTP header can carry', 'ключ-ключ-ключ'],
  ])('%s: main fails before any request; post stays quiet', async (_, key) => {
    const before = (await apiRequests()).length
    const { main, post } = await runJob({
      env: neon.env(),
      inputs: { ...neon.inputs(), api_key: key, timeout: '20s' },
    })
    expectExit(main, 1)
    expect(firstError(main)).toMatch(
      /^Input 'api_key' \(or NEON_API_KEY\) holds characters an HTTP header cannot carry/,
    )
    expectExit(post, 0)
    expect((await apiRequests()).length).toBe(before)
    expectNoSecret([main, post], key)
  })

  it('in post too: a branch to delete and an unusable key fail at once, naming api_key', async () => {
    const job = await createJob({ runId: '7330001', env: neon.env() })
    try {
      const main = await job.runMain({ inputs: neon.inputs() })
      expectExit(main, 0)
      const post = await job.runPost(main, { inputs: { ...neon.inputs(), api_key: 'bad\nkey' } })
      expectExit(post, 1)
      expect(firstError(post)).toContain("Input 'api_key' (or NEON_API_KEY) holds characters")
      expect(post.log).not.toContain('Retrying')
      expectExit(await job.runPost(main), 0) // with the right key: deleted
      expect(await branchNames(neon)).not.toContain('ci/octo-repo/run-7330001')
    } finally {
      await job.cleanup()
    }
  })
})

describe('post is quiet when main failed before any create request', () => {
  it('a rejected key (401): post says nothing to clean up and exits 0', async () => {
    const { main, post } = await runJob({
      runId: '7340001',
      env: neon.env(),
      inputs: { ...neon.inputs(), api_key: 'napi_wrongwrongwrongwrong' },
    })
    expectExit(main, 1)
    expect(main.state.outcome).toBe('none')
    expectExit(post, 0)
    expect(post.log).toContain('Nothing to clean up: main failed before any branch was created.')
    expect(post.annotations).toEqual([])
  })

  it('the API unreachable until the deadline: post says nothing to clean up and exits 0', async () => {
    const { main, post } = await runJob({
      runId: '7340002',
      env: neon.env(),
      inputs: { ...neon.inputs(), api_host: 'http://127.0.0.1:9/api/v2', timeout: '5s' },
    })
    expectExit(main, 1)
    expectExit(post, 0)
    expect(post.log).toContain('Nothing to clean up')
    expect(post.annotations).toEqual([])
  })
})

describe('a 404 for the project is not "already gone"', () => {
  it("post with a project_id that does not exist fails, and the branch stays (it is not the branch's 404)", async () => {
    const job = await createJob({ runId: '7350001', env: neon.env() })
    try {
      const main = await job.runMain({ inputs: neon.inputs() })
      expectExit(main, 0)
      const wrong = await job.runPost(main, { state: { project_id: 'no-such-project-404' } })
      expectExit(wrong, 1)
      expect(firstError(wrong)).toContain('Neon did not find project no-such-project-404')
      expect(wrong.log).not.toContain('already gone')
      expect(await branchNames(neon)).toContain('ci/octo-repo/run-7350001')
      const right = await job.runPost(main)
      expectExit(right, 0)
      expect(right.log).toContain('Deleted branch ci/octo-repo/run-7350001')
    } finally {
      await job.cleanup()
    }
  })
})

describe('check before writing', () => {
  it.each([
    [
      'an impossible date',
      { expires_at: impossibleDateSoon() },
      /^Input 'expires_at' must be an RFC 3339 time .*a date that exists/,
    ],
    ['a 100 kB env_prefix', { env_prefix: 'P'.repeat(100_000) }, /^Input 'env_prefix' must be at most 64 characters/],
    [
      'a migrate_working_directory that does not exist',
      { migrate: 'true', migrate_working_directory: 'db/migrations' },
      /^Input 'migrate_working_directory' must be a directory that exists/,
    ],
  ])('%s: refused before any API request', async (_, bad, message) => {
    const before = (await apiRequests()).length
    const { main, post } = await runJob({ env: neon.env(), inputs: { ...neon.inputs(), ...bad } })
    expectExit(main, 1)
    expect(firstError(main)).toMatch(message)
    expectExit(post, 0)
    expect((await apiRequests()).length).toBe(before)
  })

  it.each([
    ['role', { role: 'no_such_role' }],
    ['database', { database: 'no_such_db' }],
  ])(
    'a %s that does not exist: fails naming the input, and leaves no branch behind with cleanup: never',
    async (input, bad) => {
      const runId = input === 'role' ? '7360001' : '7360002'
      const { main, post } = await runJob({
        runId,
        env: neon.env(),
        inputs: { ...neon.inputs(), ...bad, cleanup: 'never' },
      })
      expectExit(main, 1)
      expect(firstError(main)).toMatch(new RegExp(`^Input '${input}' names a ${input} that branch '.*' does not have`))
      expect(firstError(main)).toContain('was deleted again')
      expect(await branchNames(neon)).not.toContain(`ci/octo-repo/run-${runId}`)
      expectExit(post, 0)
      expect(post.log).toContain('Nothing to clean up')
    },
  )
})
