/**
 * Issue 15: a step that reuses or connects to a branch waits for its database only when Neon does not report the
 * compute active. A suspended compute is still waited for (connecting wakes it), and either way the next step's
 * first query works. The bundled action through the runner emulator, against the local Neon server.
 */
import { createJob, expectNoSecret, type Job } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { apiRequest } from '../neon/local-api.js'
import { expectExit } from './helpers.js'

const neon = useLocalNeon()
const WAITED = /Waiting until \S+ accepts connections/
const SKIPPED = /The compute of \S+ is active; not waiting for it/

async function endpointOf(branchId: string): Promise<string> {
  const { endpoints } = await apiRequest<{ endpoints: { id: string }[] }>(
    neon,
    'GET',
    `/projects/${neon.projectId}/branches/${branchId}/endpoints`,
  )
  return endpoints[0].id
}

/** A later `run:` step's first query, through the URL the step exported. */
async function firstQuery(job: Job): Promise<string> {
  const query = await job.runShell(`psql "$DATABASE_URL" --no-psqlrc -tAc 'select 1'`, { timeoutMs: 60_000 })
  expectExit(query, 0)
  return query.stdout.trim()
}

describe("the readiness wait follows the compute's state", () => {
  it('a new branch is waited for; an active compute is not; a suspended one is, and it wakes', async () => {
    const runId = '7330001'
    const jobs = await Promise.all(Array.from({ length: 4 }, () => createJob({ runId, env: neon.psqlEnv() })))
    const [creator, connectActive, connectSuspended, createSuspended] = jobs
    try {
      const created = await creator.runMain({ inputs: neon.inputs() })
      expectExit(created, 0)
      expect(created.outputs.created).toBe('true')
      expect(created.log).toMatch(WAITED)
      expect(await firstQuery(creator)).toBe('1')
      const endpoint = await endpointOf(created.outputs.branch_id)

      // mode connect, compute active: no wait
      const active = await connectActive.runMain({ inputs: { ...neon.inputs(), mode: 'connect' } })
      expectExit(active, 0)
      expect(active.log).toMatch(SKIPPED)
      expect(active.log).not.toMatch(WAITED)
      expect(await firstQuery(connectActive)).toBe('1')

      // mode connect, compute suspended: waited for, and the wait wakes it
      await neon.suspend(endpoint)
      const suspended = await connectSuspended.runMain({ inputs: { ...neon.inputs(), mode: 'connect' } })
      expectExit(suspended, 0)
      expect(suspended.log).toMatch(WAITED)
      expect(suspended.log).not.toMatch(SKIPPED)
      expect(await firstQuery(connectSuspended)).toBe('1')

      // mode create finding the branch (a later job of the run), compute suspended: the same
      await neon.suspend(endpoint)
      const reused = await createSuspended.runMain({ inputs: neon.inputs() })
      expectExit(reused, 0)
      expect(reused.outputs).toMatchObject({ created: 'false', branch_id: created.outputs.branch_id })
      expect(reused.log).toMatch(WAITED)
      expect(await firstQuery(createSuspended)).toBe('1')

      const { password } = await apiRequest<{ password: string }>(
        neon,
        'GET',
        `/projects/${neon.projectId}/branches/${created.outputs.branch_id}/roles/neondb_owner/reveal_password`,
      )
      expectNoSecret([created, active, suspended, reused], password)
      const post = await creator.runPost(created)
      expectExit(post, 0)
    } finally {
      await Promise.all(jobs.map((job) => job.cleanup()))
    }
  })
})
