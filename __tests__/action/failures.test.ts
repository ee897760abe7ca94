/**
 * The unhappy paths, through dist/ against the local Neon server: a failing main, a main killed right after the
 * branch exists, a branch already gone, no API key (fallback or a clear failure), and bad inputs creating nothing.
 */
import { createJob, expectNoSecret, runJob } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { branchNames, expectExit } from './helpers.js'

const neon = useLocalNeon()

async function apiRequests(): Promise<{ method: string; path: string; status: number }[]> {
  return (await neon.requests()) as { method: string; path: string; status: number }[]
}

describe('failures and leaks', () => {
  it('post deletes the branch after main failed (migration exit code 3 becomes the step exit code)', async () => {
    const { main, post } = await runJob({
      runId: '6660001',
      env: neon.env(),
      inputs: { ...neon.inputs(), migrate: 'echo migrating; exit 3' },
    })
    expectExit(main, 3)
    expect(main.outputs.migrate_outcome).toBe('failed')
    expect(main.outputs.created).toBe('true')
    expectExit(post, 0)
    expect(post.log).toContain('Deleted branch ci/octo-repo/run-6660001')
    expect(await branchNames(neon)).not.toContain('ci/octo-repo/run-6660001')
    expectNoSecret([main, post], main.env.PGPASSWORD)
  })

  it('main killed (SIGKILL) right after saving the branch id: post still deletes it', async () => {
    const job = await createJob({ runId: '6660002', env: neon.env() })
    try {
      const main = await job.runMain({ inputs: neon.inputs(), killWhen: (s) => 'branch_id' in s.state })
      expect(main.killed).toBe(true)
      expect(await branchNames(neon)).toContain('ci/octo-repo/run-6660002')
      const post = await job.runPost(main)
      expectExit(post, 0)
      expect(post.log).toContain(`Deleted branch ci/octo-repo/run-6660002 (${main.state.branch_id})`)
      expect(await branchNames(neon)).not.toContain('ci/octo-repo/run-6660002')
    } finally {
      await job.cleanup()
    }
  })

  it('main killed the moment Neon answered the create, before it learned the id: post finds and deletes it', async () => {
    const job = await createJob({ runId: '6660003', env: neon.env() })
    const before = (await apiRequests()).length
    try {
      const main = await job.runMain({
        inputs: neon.inputs(),
        pollMs: 5,
        killWhen: async () =>
          (await apiRequests())
            .slice(before)
            .some((r) => r.method === 'POST' && /\/branches$/.test(r.path) && r.status === 201),
      })
      expect(main.killed).toBe(true)
      expect(main.state.branch_name).toBe('ci/octo-repo/run-6660003')
      const post = await job.runPost(main)
      expectExit(post, 0)
      expect(post.log).toMatch(/Deleted branch ci\/octo-repo\/run-6660003 \(br-[a-z0-9-]+\)/)
      expect(await branchNames(neon)).not.toContain('ci/octo-repo/run-6660003')
    } finally {
      await job.cleanup()
    }
  })

  it('post does not fail when the branch is already gone', async () => {
    const job = await createJob({ runId: '6660004', env: neon.env() })
    try {
      const main = await job.runMain({ inputs: neon.inputs() })
      expectExit(main, 0)
      const teardown = await job.runMain({ inputs: { ...neon.inputs(), mode: 'delete' } })
      expectExit(teardown, 0)
      const post = await job.runPost(main)
      expectExit(post, 0)
      expect(post.log).toContain('already gone')
    } finally {
      await job.cleanup()
    }
  })

  it('no API key with fallback_database_url: exports it masked, with a warning, and post does nothing', async () => {
    const url = 'postgresql://app:fallb4ck-pw@127.0.0.1:5432/app_test'
    const { main, post, stepEnv } = await runJob({ inputs: { fallback_database_url: url, project_id: neon.projectId } })
    expectExit(main, 0)
    expect(stepEnv.DATABASE_URL).toBe(url)
    expect(main.env).toMatchObject({
      DATABASE_URL_UNPOOLED: url,
      PGHOST: '127.0.0.1',
      PGPORT: '5432',
      PGUSER: 'app',
      PGPASSWORD: 'fallb4ck-pw',
    })
    expect(main.annotations).toEqual([
      expect.objectContaining({ level: 'warning', message: expect.stringContaining('No Neon API key') }),
    ])
    expect(main.masks).toEqual(expect.arrayContaining([url, 'fallb4ck-pw']))
    expectExit(post, 0)
    expectNoSecret([main, post], 'fallb4ck-pw')
  })

  it('no API key and no fallback: fails saying why and what to do, and creates nothing', async () => {
    const before = (await apiRequests()).length
    const { main } = await runJob({ inputs: { project_id: neon.projectId, api_host: neon.apiHost } })
    expectExit(main, 1)
    const error = main.annotations.find((a) => a.level === 'error')?.message ?? ''
    expect(error).toContain('No Neon API key')
    expect(error).toContain('forks')
    expect(error).toContain('fallback_database_url')
    expect(main.summary).toContain('No Neon API key')
    expect((await apiRequests()).length).toBe(before)
  })

  it.each([
    ['ttl', { ttl: '45d' }],
    ['expires_at', { expires_at: '2001-01-01T00:00:00Z' }],
    ['mode', { mode: 'nuke' }],
    ['branch_name', { branch_name: 'has space' }],
  ])('bad input %s: the step fails before any API request', async (_, bad) => {
    const before = (await apiRequests()).length
    const { main, post } = await runJob({ env: neon.env(), inputs: { ...neon.inputs(), ...bad } })
    expectExit(main, 1)
    expect(main.annotations[0]?.message).toMatch(/^Input '/)
    expectExit(post, 0)
    expect((await apiRequests()).length).toBe(before)
  })
})
