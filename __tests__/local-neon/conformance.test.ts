// Every route the local server serves, answered and checked against Neon's OpenAPI description (success and error
// answers alike); the server's stop() throws if any answer broke it. Also: the checker itself catches a broken shape.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { violationOf } from '../../support/openapi-conformance.js'
import { startNeonForTest, type NeonForTest } from '../../support/local-neon-for-test.js'
import { api, waitForBranchReady } from './helpers.js'

let neon: NeonForTest
let p: string

beforeAll(async () => {
  neon = await startNeonForTest({ locking: false })
  p = `/projects/${neon.projectId}`
})

afterAll(async () => {
  await neon?.stop() // throws listing every answer outside the description
})

describe('the conformance check', () => {
  it('flags an answer that breaks the description, and passes one that keeps it', () => {
    const route = '/projects/{project_id}/branches/{branch_id}'
    const branch = {
      id: 'br-a-b-c',
      project_id: 'p',
      name: 'x',
      current_state: 'ready',
      state_changed_at: '2024-01-01T00:00:00Z',
      creation_source: 'console',
      created_at: '2024-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
      default: false,
      protected: false,
      cpu_used_sec: 0,
      active_time_seconds: 0,
      compute_time_seconds: 0,
      written_data_bytes: 0,
      data_transfer_bytes: 0,
    }
    const answer = { method: 'GET', route, path: '/x', status: 200 }
    const annotation = { object: { type: 'console/branch', id: branch.id }, value: {} }
    expect(violationOf({ ...answer, body: { branch, annotation } })).toBeUndefined()
    const { id: _id, ...withoutId } = branch
    expect(violationOf({ ...answer, body: { branch: withoutId, annotation } })).toMatch(
      /must have required property 'id'/,
    )
    expect(violationOf({ ...answer, body: { branch: { ...branch, created_at: 'yesterday' }, annotation } })).toMatch(
      /date-time/,
    )
    expect(violationOf({ ...answer, body: { branch } })).toMatch(/annotation/)
    expect(violationOf({ ...answer, status: 404, body: { message: 'x' } })).toMatch(/code/)
  })
})

describe('every route answers as described', () => {
  it('projects, branches, endpoints, roles, databases, operations, schema: successes and errors', async () => {
    const get = async (path: string, status = 200) => {
      const response = await api(neon, 'GET', path)
      expect({ path, status: response.status }).toEqual({ path, status })
      return response.body
    }
    const send = async (method: string, path: string, body: unknown, status: number) => {
      const response = await api(neon, method, path, body)
      expect({ method, path, status: response.status, body: response.body }).toMatchObject({ method, path, status })
      return response.body
    }
    await get('/projects')
    await get('/projects/shared')
    await get(p)
    await get('/projects/no-such-project/branches', 404)
    const mainId = (await get(`${p}/branches`)).branches[0].id
    const created = await send(
      'POST',
      `${p}/branches`,
      {
        branch: { name: 'conformance' },
        endpoints: [{ type: 'read_write' }],
        annotation_value: { 'github-repo': 'octo/shop' },
      },
      201,
    )
    const id = created.branch.id
    const endpointId = created.endpoints[0].id
    await send('POST', `${p}/branches`, { branch: { name: 'conformance' } }, 409)
    await send('POST', `${p}/branches`, { branch: { name: 7 } }, 422)
    await waitForBranchReady(neon, id)
    await neon.idle()
    expect((await get(`${p}/branches/${id}`)).annotation.value).toEqual({ 'github-repo': 'octo/shop' })
    await get(`${p}/branches/br-no-such-branch-x`, 404)
    await get(`${p}/branches?search=conf&sort_by=name&sort_order=asc&limit=1`)
    await send('PATCH', `${p}/branches/${id}`, { branch: { name: 'conformance-2' } }, 200)
    await get(`${p}/branches/${id}/endpoints`)
    await get(`${p}/endpoints`)
    await get(`${p}/endpoints/${endpointId}`)
    await send('POST', `${p}/endpoints/${endpointId}/suspend`, undefined, 200)
    await neon.idle()
    await send('POST', `${p}/endpoints/${endpointId}/start`, undefined, 200)
    await neon.idle()
    await send('POST', `${p}/endpoints/${endpointId}/restart`, undefined, 200)
    await neon.idle()
    await get(`${p}/branches/${id}/roles`)
    await get(`${p}/branches/${id}/roles/neondb_owner`)
    await get(`${p}/branches/${id}/roles/neondb_owner/reveal_password`)
    await get(`${p}/branches/${id}/roles/nobody`, 404)
    await send('POST', `${p}/branches/${id}/roles`, { role: { name: 'app' } }, 201)
    await send('POST', `${p}/branches/${id}/roles/app/reset_password`, undefined, 200)
    await get(`${p}/branches/${id}/databases`)
    await get(`${p}/branches/${id}/databases/neondb`)
    await send('POST', `${p}/branches/${id}/databases`, { database: { name: 'appdb', owner_name: 'app' } }, 201)
    expect((await get(`${p}/branches/${id}/schema?db_name=appdb`)).sql).toContain('PostgreSQL database dump')
    await send('DELETE', `${p}/branches/${id}/databases/appdb`, undefined, 200)
    await send('DELETE', `${p}/branches/${id}/databases/appdb`, undefined, 204)
    await send('DELETE', `${p}/branches/${id}/roles/app`, undefined, 200)
    await send('DELETE', `${p}/branches/${id}/roles/app`, undefined, 204)
    await get(`${p}/connection_uri?branch_id=${id}&database_name=neondb&role_name=neondb_owner&pooled=true`)
    await send('POST', `${p}/branches/${id}/restore`, { source_branch_id: mainId }, 200)
    await neon.idle()
    await send('POST', `${p}/branches/${id}/set_as_default`, undefined, 200)
    await send('POST', `${p}/branches/${mainId}/set_as_default`, undefined, 200)
    const operations = await get(`${p}/operations?limit=2`)
    expect(operations.operations).toHaveLength(2)
    await get(`${p}/operations?limit=2&cursor=${encodeURIComponent(operations.pagination.cursor)}`)
    await get(`${p}/operations/${operations.operations[0].id}`)
    await send('DELETE', `${p}/branches/${mainId}`, undefined, 400)
    await send('DELETE', `${p}/branches/${id}`, undefined, 200)
    await send('DELETE', `${p}/branches/${id}`, undefined, 204)
    await send('DELETE', `${p}/branches/br-never-existed-x`, undefined, 204)
    await neon.idle()
    expect(neon.conformanceChecks()).toBeGreaterThan(40)
  })
})
