// Computes suspend and wake as Neon's do: after suspend_timeout_seconds without clients the endpoint is `idle`
// (suspended_at set, PostgreSQL stopped); the next connection, direct or pooled, waits while a start_compute
// operation brings it back. The API routes start/suspend/restart do the same on request.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { api, psql, waitForBranchReady } from './helpers.js'

let neon: NeonForTest
let p: string

beforeAll(async () => {
  neon = await startNeonForTest()
  p = `/projects/${neon.projectId}`
})

afterAll(async () => {
  await neon?.stop()
})

async function createBranch(name: string, suspendTimeoutSeconds?: number, parentId?: string) {
  const body = {
    branch: { name, ...(parentId ? { parent_id: parentId } : {}) },
    endpoints: [
      { type: 'read_write', ...(suspendTimeoutSeconds ? { suspend_timeout_seconds: suspendTimeoutSeconds } : {}) },
    ],
  }
  // the project is locked while a compute suspends or wakes (earlier branches' timers, a wake by psql): wait until
  // it is idle, and retry the 423 a suspend timer can still cause in between, as Neon's clients do
  await neon.idle()
  let created = await api(neon, 'POST', `${p}/branches`, body)
  for (let attempt = 1; attempt < 5 && created.status === 423; attempt++) {
    await neon.idle()
    created = await api(neon, 'POST', `${p}/branches`, body)
  }
  expect(created.status).toBe(201)
  await waitForBranchReady(neon, created.body.branch.id)
  await neon.idle()
  const details = created.body.connection_uris[0]
  return {
    id: created.body.branch.id as string,
    endpointId: created.body.endpoints[0].id as string,
    direct: details.connection_uri as string,
    pooled: (details.connection_uri as string).replace(
      details.connection_parameters.host,
      details.connection_parameters.pooler_host,
    ),
  }
}

const endpoint = async (id: string) => (await api(neon, 'GET', `${p}/endpoints/${id}`)).body.endpoint

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await read()
    if (done(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('condition not reached')
}

const actions = async (branchId: string) =>
  (await api(neon, 'GET', `${p}/operations?limit=1000`)).body.operations
    .filter((o: { branch_id: string }) => o.branch_id === branchId)
    .map((o: { action: string }) => o.action)

describe('suspend and wake', () => {
  it('suspends after its timeout without clients; the next connection wakes it', async () => {
    const branch = await createBranch('sleepy', 1)
    expect((await endpoint(branch.endpointId)).suspend_timeout_seconds).toBe(1)
    const suspended = await until(
      () => endpoint(branch.endpointId),
      (e) => e.current_state === 'idle',
    )
    expect(suspended.suspended_at).toEqual(expect.any(String))
    await neon.idle()
    expect(await actions(branch.id)).toContain('suspend_compute')

    expect(await psql(branch.direct, 'SELECT 41 + 1')).toBe('42') // waits while the compute starts
    expect((await endpoint(branch.endpointId)).current_state).toBe('active')
    const starts = (await actions(branch.id)).filter((a: string) => a === 'start_compute')
    expect(starts.length).toBe(2) // the create's, and the wake-up's
    // it would suspend again a second after each use, locking the project under the next tests
    await neon.idle()
    expect((await api(neon, 'DELETE', `${p}/branches/${branch.id}`)).status).toBe(200)
    await neon.idle()
  })

  it('the test aid suspends at once; a pooled connection wakes it too; data survives', async () => {
    const branch = await createBranch('pooled-sleeper')
    await psql(branch.direct, 'CREATE TABLE kept (v text); INSERT INTO kept VALUES ($$still here$$)')
    await neon.suspend(branch.endpointId)
    const suspended = await endpoint(branch.endpointId)
    expect(suspended).toMatchObject({ current_state: 'idle', suspended_at: expect.any(String) })
    expect(await psql(branch.pooled, 'SELECT v FROM kept')).toBe('still here')
    expect((await endpoint(branch.endpointId)).current_state).toBe('active')
  })

  it('start, suspend and restart routes answer with the endpoint and its operations', async () => {
    const branch = await createBranch('routed')
    const suspend = await api(neon, 'POST', `${p}/endpoints/${branch.endpointId}/suspend`)
    expect(suspend.status).toBe(200)
    expect(suspend.body.operations.map((o: { action: string }) => o.action)).toEqual(['suspend_compute'])
    await neon.idle()
    expect((await endpoint(branch.endpointId)).current_state).toBe('idle')
    const start = await api(neon, 'POST', `${p}/endpoints/${branch.endpointId}/start`)
    expect(start.body.operations.map((o: { action: string }) => o.action)).toEqual(['start_compute'])
    await neon.idle()
    expect((await endpoint(branch.endpointId)).current_state).toBe('active')
    const restart = await api(neon, 'POST', `${p}/endpoints/${branch.endpointId}/restart`)
    expect(restart.body.operations.map((o: { action: string }) => o.action)).toEqual([
      'suspend_compute',
      'start_compute',
    ])
    await neon.idle()
    expect(await psql(branch.direct, 'SELECT 1')).toBe('1')
  })

  it('branching from a suspended parent works without waking its endpoint', async () => {
    const parent = await createBranch('suspended-parent')
    await psql(parent.direct, 'CREATE TABLE t (n int); INSERT INTO t VALUES (7)')
    await neon.suspend(parent.endpointId)
    const child = await createBranch('child-of-suspended', undefined, parent.id)
    expect(await psql(child.direct, 'SELECT n FROM t')).toBe('7')
    expect((await endpoint(parent.endpointId)).current_state).toBe('idle')
  })
})
