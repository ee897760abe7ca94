// Pure parts of the local server: request validation, fault matching, id shapes (no PostgreSQL needed).
import { describe, expect, it } from '@jest/globals'
import { ApiError } from '../../local-neon/api-error.js'
import { newBranchId, newEndpointId, newProjectId, newRolePassword } from '../../local-neon/ids.js'
import { expiry, parseCreateBranch, parseRestore, parseUpdateBranch } from '../../local-neon/api/request-body.js'
import { TestAids } from '../../local-neon/test-aids.js'

const statusOf = (action: () => unknown) => {
  try {
    action()
  } catch (error) {
    if (error instanceof ApiError) return error.status
    throw error
  }
  return 'ok'
}

describe('ids', () => {
  it('look like Neon ids and pass neonctl branch-id rule', () => {
    for (let i = 0; i < 200; i++) {
      expect(newBranchId()).toMatch(/^br-[a-z0-9]+-[a-z0-9]+-[a-z0-9]+$/)
      expect(newEndpointId()).toMatch(/^ep-[a-z]+-[a-z]+-[a-z0-9]{8}$/)
      expect(newProjectId()).toMatch(/^[a-z]+-[a-z]+-\d{8}$/)
      expect(newRolePassword()).toMatch(/^npg_[a-z][a-z0-9]{11}$/)
    }
  })
})

describe('create branch body', () => {
  it('reads what neonctl sends', () => {
    const input = parseCreateBranch({
      branch: { name: 'dev', parent_id: 'br-a-b-c', init_source: 'schema-only', protected: false },
      endpoints: [{ type: 'read_write', suspend_timeout_seconds: 300 }],
      annotation_value: { pr: '12' },
    })
    expect(input).toMatchObject({ name: 'dev', parentId: 'br-a-b-c', schemaOnly: true, annotation: { pr: '12' } })
    expect(input.endpoints).toEqual([
      { type: 'read_write', suspendTimeoutSeconds: 300, minCu: undefined, maxCu: undefined },
    ])
    expect(parseCreateBranch(undefined)).toMatchObject({ endpoints: [], schemaOnly: false })
    expect(parseCreateBranch({ branch: { parent_lsn: '0/16b3748' } }).point).toEqual({ lsn: '0/16B3748' })
    expect(
      statusOf(() => parseCreateBranch({ branch: { parent_lsn: '0/1', parent_timestamp: '2020-01-01T00:00:00Z' } })),
    ).toBe(400)
  })

  it('answers 422 for schema violations and 400 for an out-of-range expiry', () => {
    expect(statusOf(() => parseCreateBranch({ branch: { parent_id: 5 } }))).toBe(422)
    expect(statusOf(() => parseCreateBranch({ endpoints: [{}] }))).toBe(422)
    expect(
      statusOf(() => parseCreateBranch({ endpoints: [{ type: 'read_write', suspend_timeout_seconds: 1.5 }] })),
    ).toBe(422)
    expect(statusOf(() => parseCreateBranch({ annotation_value: { a: 1 } }))).toBe(422)
    expect(statusOf(() => parseCreateBranch([]))).toBe(422)
    expect(statusOf(() => parseCreateBranch({ branch: { parent_timestamp: '2999-01-01T00:00:00Z' } }))).toBe(400)
  })

  it('accepts an expiry in the future up to 30 days', () => {
    const now = new Date('2030-01-01T00:00:00Z')
    expect(expiry('2030-01-31T00:00:00Z', 'x', now).toISOString()).toBe('2030-01-31T00:00:00.000Z')
    expect(statusOf(() => expiry('2030-01-31T00:00:01Z', 'x', now))).toBe(400)
    expect(statusOf(() => expiry('2030-01-01T00:00:00Z', 'x', now))).toBe(400)
    expect(statusOf(() => expiry('2030-01-02', 'x', now))).toBe(422)
  })
})

describe('update and restore bodies', () => {
  it('null expires_at removes the expiration', () => {
    expect(parseUpdateBranch({ branch: { expires_at: null } })).toMatchObject({ expiresAt: null })
    expect(statusOf(() => parseUpdateBranch({}))).toBe(422)
  })

  it('restore needs source_branch_id', () => {
    expect(parseRestore({ source_branch_id: 'br-a-b-c' })).toEqual({
      sourceBranchId: 'br-a-b-c',
      preserveUnderName: undefined,
      point: undefined,
    })
    expect(parseRestore({ source_branch_id: 'br-a-b-c', source_lsn: '0/1' }).point).toEqual({ lsn: '0/1' })
    expect(parseRestore({ source_branch_id: 'br-a-b-c', source_timestamp: '2020-01-01T01:00:00+01:00' }).point).toEqual(
      { timestamp: new Date('2020-01-01T00:00:00Z') },
    )
    expect(statusOf(() => parseRestore({ preserve_under_name: 'x' }))).toBe(422)
  })
})

describe('faults', () => {
  it('match method and exact path, count down, then stop', () => {
    const aids = new TestAids()
    aids.addFaults({ method: 'post', path: '/projects/p/branches', status: 423, times: 2 })
    expect(aids.takeFault('GET', '/projects/p/branches')).toBeUndefined()
    expect(aids.takeFault('POST', '/projects/p/branches/x')).toBeUndefined()
    expect(aids.takeFault('POST', '/projects/p/branches')).toBe(423)
    expect(aids.takeFault('POST', '/projects/p/branches')).toBe(423)
    expect(aids.takeFault('POST', '/projects/p/branches')).toBeUndefined()
  })

  it('match prefixes and any method; a list adds several; random faults follow their filters', () => {
    const aids = new TestAids()
    aids.addFaults([
      { path: '/projects/p/*', status: 500 },
      { path: '/projects/p/*', status: 503 },
    ])
    expect(aids.takeFault('DELETE', '/projects/p/branches/b')).toBe(500)
    expect(aids.takeFault('GET', '/projects/p')).toBeUndefined() // the prefix is "/projects/p/"
    expect(aids.takeFault('GET', '/projects/p/x')).toBe(503)
    aids.addFaults({ random: { rate: 1, statuses: [429], methods: ['post'] } })
    expect(aids.takeFault('GET', '/projects/p/x')).toBeUndefined()
    expect(aids.takeFault('POST', '/projects/p/x')).toBe(429)
    aids.addFaults({ random: null })
    expect(aids.takeFault('POST', '/projects/p/x')).toBeUndefined()
    expect(statusOf(() => aids.addFaults({ random: { rate: 2, statuses: [500] } }))).toBe(422)
    expect(statusOf(() => aids.addFaults({ path: '/x', status: 200 }))).toBe(422)
  })
})
