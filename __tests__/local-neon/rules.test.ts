// Neon's branch rules (local-neon/policy.ts): expiration, protection, deletion, restore, passwords of children of a
// protected branch. Each case names the Neon doc statement it follows.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { api, psql, waitForBranchReady } from './helpers.js'

let neon: NeonForTest
let p: string
let mainId: string

beforeAll(async () => {
  neon = await startNeonForTest({ locking: false }) // about the rules; locking.test.ts is about the lock
  p = `/projects/${neon.projectId}`
  mainId = (await api(neon, 'GET', `${p}/branches`)).body.branches[0].id
})

afterAll(async () => {
  await neon?.stop()
})

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()

async function create(body: Record<string, unknown>) {
  const response = await api(neon, 'POST', `${p}/branches`, body)
  if (response.status !== 201) throw new Error(`create: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body
}

async function expectRefused(method: string, path: string, body: unknown, message: RegExp, status = 400) {
  const response = await api(neon, method, path, body)
  expect({ status: response.status, message: response.body?.message }).toEqual({
    status,
    message: expect.stringMatching(message),
  })
  expect(response.body.code).toBe('')
}

describe('expiration (Neon: branch-expiration guide)', () => {
  it('is refused on the default branch, a protected branch and a branch with children', async () => {
    await expectRefused('PATCH', `${p}/branches/${mainId}`, { branch: { expires_at: inHours(1) } }, /default branch/)
    await expectRefused(
      'POST',
      `${p}/branches`,
      { branch: { name: 'protected-expiring', protected: true, expires_at: inHours(1) } },
      /protected/,
    )
    const guarded = await create({ branch: { name: 'guarded', protected: true } })
    await expectRefused(
      'PATCH',
      `${p}/branches/${guarded.branch.id}`,
      { branch: { expires_at: inHours(1) } },
      /protected/,
    )
    const parent = await create({ branch: { name: 'with-child' } })
    await create({ branch: { name: 'the-child', parent_id: parent.branch.id } })
    await expectRefused('PATCH', `${p}/branches/${parent.branch.id}`, { branch: { expires_at: inHours(1) } }, /child/)
  })

  it('refuses children of an expiring branch, protecting it, and making it the default', async () => {
    const expiring = await create({ branch: { name: 'expiring', expires_at: inHours(2) } })
    const id = expiring.branch.id
    await expectRefused('POST', `${p}/branches`, { branch: { name: 'kid', parent_id: id } }, /expiration/)
    await expectRefused('PATCH', `${p}/branches/${id}`, { branch: { protected: true } }, /protect/)
    await expectRefused('POST', `${p}/branches/${id}/set_as_default`, undefined, /expiration/)
    // removing the expiry (null) lifts all three
    const cleared = await api(neon, 'PATCH', `${p}/branches/${id}`, { branch: { expires_at: null } })
    expect(cleared.body.branch.expires_at).toBeUndefined()
    expect((await api(neon, 'POST', `${p}/branches`, { branch: { name: 'kid', parent_id: id } })).status).toBe(201)
  })

  it('must be in the future, at most 30 days ahead, with a time zone; stored to the second', async () => {
    const branch = (await create({ branch: { name: 'dates' } })).branch.id
    const patch = (expires_at: string) => api(neon, 'PATCH', `${p}/branches/${branch}`, { branch: { expires_at } })
    expect((await patch('2020-01-01T00:00:00Z')).body.message).toMatch(/must be in the future/)
    expect((await patch(new Date(Date.now() + 31 * 86400_000).toISOString())).body.message).toMatch(/30 days/)
    expect((await patch('2030-01-01T00:00:00')).status).toBe(422) // no zone
    expect((await patch('2030-01-01T00:00:00Z+01:00')).status).toBe(422) // Z and an offset
    const at = new Date(Date.now() + 3600_000)
    at.setUTCMilliseconds(789)
    const withOffset = new Date(at.getTime() + 2 * 3600_000).toISOString().replace('Z', '+02:00')
    const saved = await patch(withOffset) // 2030-...T..:..:...789+02:00
    expect(saved.status).toBe(200)
    expect(saved.body.branch.expires_at).toBe(`${at.toISOString().slice(0, 19)}Z`)
  })
})

describe('protection, deletion and restore (Neon: protected-branches, manage/branches)', () => {
  it('a protected branch cannot be deleted, reset or restored', async () => {
    const guarded = (await create({ branch: { name: 'fortress', protected: true } })).branch.id
    await expectRefused('DELETE', `${p}/branches/${guarded}`, undefined, /protected/)
    await expectRefused('POST', `${p}/branches/${guarded}/restore`, { source_branch_id: mainId }, /protected/)
  })

  it('the root branch cannot be deleted even when it is no longer the default; nor a branch with children', async () => {
    const other = (await create({ branch: { name: 'new-default' } })).branch.id
    await waitForBranchReady(neon, other)
    expect((await api(neon, 'POST', `${p}/branches/${other}/set_as_default`)).status).toBe(200)
    await expectRefused('DELETE', `${p}/branches/${mainId}`, undefined, /root branch/)
    expect((await api(neon, 'POST', `${p}/branches/${mainId}/set_as_default`)).status).toBe(200)
    const parent = (await create({ branch: { name: 'parent-of-one' } })).branch.id
    await create({ branch: { name: 'only-child', parent_id: parent } })
    await expectRefused('DELETE', `${p}/branches/${parent}`, undefined, /child/)
  })

  it('point-in-time restore only from a root branch; from itself only with preserve_under_name', async () => {
    const child = (await create({ branch: { name: 'pit-child' } })).branch.id
    const target = (await create({ branch: { name: 'pit-target' } })).branch.id
    await waitForBranchReady(neon, child)
    const at = new Date().toISOString()
    await expectRefused(
      'POST',
      `${p}/branches/${target}/restore`,
      { source_branch_id: child, source_timestamp: at },
      /only supported from root branches/,
    )
    await expectRefused(
      'POST',
      `${p}/branches/${mainId}/restore`,
      { source_branch_id: mainId, source_timestamp: at },
      /preserve_under_name/,
    )
    await expectRefused('POST', `${p}/branches/${mainId}/restore`, { source_branch_id: mainId }, /source_lsn/)
  })
})

describe('children of a protected branch (Neon: protected-branches)', () => {
  it('get new role passwords; the parent password does not open the child', async () => {
    const parent = await create({ branch: { name: 'prod-like', protected: true }, endpoints: [{ type: 'read_write' }] })
    const child = await create({
      branch: { name: 'preview', parent_id: parent.branch.id },
      endpoints: [{ type: 'read_write' }],
    })
    const parentUrl = parent.connection_uris[0].connection_uri
    const childUrl = child.connection_uris[0].connection_uri
    const password = (url: string) => decodeURIComponent(new URL(url).password)
    expect(password(childUrl)).not.toBe(password(parentUrl))
    await waitForBranchReady(neon, child.branch.id)
    await neon.idle()
    expect(await psql(childUrl, 'SELECT current_user')).toBe('neondb_owner')
    const withParentPassword = new URL(childUrl)
    withParentPassword.password = encodeURIComponent(password(parentUrl))
    await expect(psql(withParentPassword.toString(), 'SELECT 1')).rejects.toThrow(/password authentication failed/)
    const revealed = await api(neon, 'GET', `${p}/branches/${child.branch.id}/roles/neondb_owner/reveal_password`)
    expect(revealed.body.password).toBe(password(childUrl))
  })
})
