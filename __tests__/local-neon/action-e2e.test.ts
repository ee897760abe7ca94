// The bundled action (dist/, through the runner emulator) against the strict local server: Neon's project lock
// makes a concurrent create wait (the action retries the 423 and says so in its log), and a suspended compute is
// woken by the action's readiness wait on both the connect and the reuse path (per-PR branches sleep overnight).
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { runJob } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { aid, api } from './helpers.js'

const exec = promisify(execFile)
const neon = useLocalNeon() // locking on, as on Neon

const endpointOf = async (branchId: string) =>
  (await api(neon, 'GET', `/projects/${neon.projectId}/branches/${branchId}/endpoints`)).body.endpoints[0]

const startComputes = async (branchId: string) =>
  (await api(neon, 'GET', `/projects/${neon.projectId}/operations?limit=1000`)).body.operations.filter(
    (o: { branch_id: string; action: string }) => o.branch_id === branchId && o.action === 'start_compute',
  ).length

describe('the action against Neon’s project lock', () => {
  it('a create made while another runs meets the 423, retries, and gets its branch', async () => {
    await neon.idle()
    // another create holds the project lock for 8 s or more (its compute starts that late)
    await aid(neon, 'POST', 'slow-start', { ms: 8000 })
    const other = await api(neon, 'POST', `/projects/${neon.projectId}/branches`, {
      branch: { name: 'holds-the-lock' },
      endpoints: [{ type: 'read_write' }],
    })
    await aid(neon, 'POST', 'slow-start', { ms: 0 })
    expect(other.status).toBe(201)
    const { main, post } = await runJob({ runId: '6660001', env: neon.env(), inputs: neon.inputs() })
    expect(main.exitCode).toBe(0)
    const retries = main.log.split('\n').filter((line) => line.startsWith("Retrying 'branches create'"))
    expect(retries.length).toBeGreaterThan(0)
    expect(retries[0]).toContain('HTTP 423')
    expect(retries[0]).toContain('running conflicting operations')
    expect(post.exitCode).toBe(0)
  })
})

describe('the action against a suspended compute', () => {
  it('connect and reuse wait for the compute to wake; the exported URLs work', async () => {
    const runId = '6660003'
    const create = await runJob({ runId, env: neon.env(), inputs: { ...neon.inputs(), cleanup: 'never' } })
    expect(create.main.exitCode).toBe(0)
    const branchId = create.main.outputs.branch_id
    await neon.idle()

    const endpoint = await endpointOf(branchId)
    await neon.suspend(endpoint.id)
    expect((await endpointOf(branchId)).current_state).toBe('idle')
    const startsBefore = await startComputes(branchId)
    let seen: string[] = []
    const connect = await runJob({
      runId,
      env: neon.psqlEnv(),
      inputs: { ...neon.inputs(), mode: 'connect' },
      between: async (job) => {
        const env = job.stepEnv()
        const results = await Promise.all(
          [env.DATABASE_URL, env.DATABASE_URL_UNPOOLED].map((url) =>
            exec('psql', [url, '-tAc', 'select current_database()'], { env }),
          ),
        )
        seen = results.map((r) => r.stdout.trim())
      },
    })
    expect(connect.main.exitCode).toBe(0)
    expect(connect.main.outputs).toMatchObject({ branch_id: branchId, created: 'false' })
    expect(seen).toEqual(['neondb', 'neondb'])
    expect(new URL(connect.main.env.DATABASE_URL).port).not.toBe(new URL(connect.main.env.DATABASE_URL_UNPOOLED).port)
    expect((await endpointOf(branchId)).current_state).toBe('active')
    expect(await startComputes(branchId)).toBe(startsBefore + 1) // woken once, by the readiness wait

    await neon.idle()
    await neon.suspend(endpoint.id)
    // a rerun of the create job: the branch exists, is reused, and its compute wakes for the readiness wait
    const rerun = await runJob({
      runId,
      runAttempt: '2',
      env: neon.env(),
      inputs: { ...neon.inputs(), cleanup: 'never' },
    })
    expect(rerun.main.exitCode).toBe(0)
    expect(rerun.main.outputs).toMatchObject({ branch_id: branchId, created: 'false' })
    expect((await endpointOf(branchId)).current_state).toBe('active')
    await neon.idle()
    const del = await runJob({ runId, env: neon.env(), inputs: { ...neon.inputs(), mode: 'delete' } })
    expect(del.main.exitCode).toBe(0)
  })
})
