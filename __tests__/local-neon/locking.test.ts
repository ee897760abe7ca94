// Neon's project lock, on by default: while an operation is scheduled or running, changes answer 423 with Neon's
// body; reads never do; the operations are visible with their statuses; the switch turns it off.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { aid, api } from './helpers.js'

let neon: NeonForTest
let p: string

beforeAll(async () => {
  neon = await startNeonForTest()
  p = `/projects/${neon.projectId}`
})

afterAll(async () => {
  await neon?.stop()
})

const LOCKED = {
  code: '',
  message: 'project already has running conflicting operations, scheduling of new ones is prohibited',
  request_id: expect.any(String),
}

describe('the project lock', () => {
  it('a change made while a create runs answers 423 with Neon’s body; reads pass; later the change works', async () => {
    await aid(neon, 'POST', 'slow-start', { ms: 5000 }) // start_compute lasts 5 s or more: time for the checks below
    const first = await api(neon, 'POST', `${p}/branches`, {
      branch: { name: 'first' },
      endpoints: [{ type: 'read_write' }],
    })
    await aid(neon, 'POST', 'slow-start', { ms: 0 })
    expect(first.status).toBe(201)
    expect(first.body.operations.map((o: { action: string; status: string }) => [o.action, o.status])).toEqual([
      ['create_branch', 'running'],
      ['start_compute', 'scheduling'],
    ])
    const second = await api(neon, 'POST', `${p}/branches`, { branch: { name: 'second' } })
    expect(second.status).toBe(423)
    expect(second.body).toEqual(LOCKED)
    const id = first.body.branch.id
    for (const path of [`${p}/branches`, `${p}/branches/${id}`, `${p}/operations`, `${p}/endpoints`, p]) {
      expect({ path, status: (await api(neon, 'GET', path)).status }).toEqual({ path, status: 200 })
    }
    for (const [method, path, body] of [
      ['PATCH', `${p}/branches/${id}`, { branch: { name: 'renamed' } }],
      ['DELETE', `${p}/branches/${id}`, undefined],
      ['POST', `${p}/branches/${id}/roles`, { role: { name: 'app' } }],
      ['POST', `${p}/endpoints/${first.body.endpoints[0].id}/suspend`, undefined],
    ] as const) {
      expect({ method, path, status: (await api(neon, method, path, body)).status }).toEqual({
        method,
        path,
        status: 423,
      })
    }
    await neon.idle() // waits for the operations too
    const operations = (await api(neon, 'GET', `${p}/operations`)).body.operations
    const mine = operations.filter((o: { branch_id: string }) => o.branch_id === id)
    expect(mine.map((o: { status: string }) => o.status)).toEqual(['finished', 'finished'])
    expect(mine.every((o: { total_duration_ms: number }) => o.total_duration_ms > 0)).toBe(true)
    expect((await api(neon, 'POST', `${p}/branches`, { branch: { name: 'second' } })).status).toBe(201)
  })

  it('a role change locks too (apply_config): of two at once, the second waits', async () => {
    await neon.idle()
    const main = (await api(neon, 'GET', `${p}/branches?search=main`)).body.branches[0].id
    const both = await Promise.all(
      ['role_a', 'role_b'].map((name) => api(neon, 'POST', `${p}/branches/${main}/roles`, { role: { name } })),
    )
    expect(both.map((r) => r.status).sort()).toEqual([201, 423])
    const made = both.find((r) => r.status === 201)!
    expect(made.body.operations[0]).toMatchObject({ action: 'apply_config' })
    await neon.idle()
    const refused = both[0].status === 423 ? 'role_a' : 'role_b'
    expect((await api(neon, 'POST', `${p}/branches/${main}/roles`, { role: { name: refused } })).status).toBe(201)
  })

  it('the switch turns it off (and on again)', async () => {
    await neon.idle()
    expect((await aid(neon, 'POST', 'locking', { enabled: false })).body).toEqual({ enabled: false })
    await aid(neon, 'POST', 'slow-start', { ms: 5000 })
    try {
      const a = await api(neon, 'POST', `${p}/branches`, {
        branch: { name: 'unlocked-a' },
        endpoints: [{ type: 'read_write' }],
      })
      const b = await api(neon, 'POST', `${p}/branches`, { branch: { name: 'unlocked-b' } })
      expect([a.status, b.status]).toEqual([201, 201])
    } finally {
      await aid(neon, 'POST', 'slow-start', { ms: 0 })
      await aid(neon, 'POST', 'locking', { enabled: true })
    }
    expect((await api(neon, 'POST', `${p}/branches`, { branch: { name: 'locked-c' } })).status).toBe(423)
    await neon.idle()
  })

  it('operations page newest first with cursor and limit', async () => {
    const all = (await api(neon, 'GET', `${p}/operations?limit=1000`)).body.operations
    expect(all.length).toBeGreaterThan(4)
    const paged: string[] = []
    let cursor: string | undefined
    for (let i = 0; i < 100; i++) {
      const query = `limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
      const { body } = await api(neon, 'GET', `${p}/operations?${query}`)
      expect(body.operations.length).toBeLessThanOrEqual(3)
      if (body.operations.length === 0) break
      paged.push(...body.operations.map((o: { id: string }) => o.id))
      cursor = body.pagination.cursor
    }
    expect(paged).toEqual(all.map((o: { id: string }) => o.id))
    const times = all.map((o: { created_at: string }) => o.created_at)
    expect(times).toEqual([...times].sort().reverse())
    expect((await api(neon, 'GET', `${p}/operations?limit=0`)).status).toBe(400)
  })
})
