// The one rule every create, connect, delete, cleanup and sweep asks: never the default branch, never a protected one.
import { assertUsableBranch, deleteRefusal, reuseRefusal, untouchable } from '../../src/branch-policy.js'
import type { Branch } from '../../src/neon/client.js'

const branch = (extra: Partial<Branch> = {}): Branch => ({
  id: 'br-a-b-c',
  name: 'ci/x',
  default: false,
  protected: false,
  createdAt: '2026-01-01T00:00:00Z',
  ...extra,
})

describe('branch policy', () => {
  it('the default and protected branches are untouchable; any other branch is not', () => {
    expect(untouchable(branch({ default: true }))).toBe('default')
    expect(untouchable(branch({ protected: true }))).toBe('protected')
    expect(untouchable(branch())).toBeUndefined()
  })

  it('use: only the branch asked for, never the default or a protected one', () => {
    expect(() => assertUsableBranch(branch(), 'ci/x')).not.toThrow()
    expect(() => assertUsableBranch(branch({ default: true }), 'ci/x')).toThrow("it is the project's default branch")
    expect(() => assertUsableBranch(branch({ protected: true }), 'ci/x')).toThrow('it is a protected branch')
    expect(() => assertUsableBranch(branch(), 'ci/y')).toThrow("when 'ci/y' was asked for")
  })

  it('delete: refused for the default and protected branches', () => {
    expect(deleteRefusal(branch())).toBeUndefined()
    expect(deleteRefusal(branch({ default: true }))).toMatch(/^Refusing to delete branch 'ci\/x'/)
    expect(deleteRefusal(branch({ protected: true }))).toContain('a protected branch')
  })

  it('reuse after a 409: never the default branch, never the parent asked for', () => {
    expect(reuseRefusal(branch(), { name: 'ci/x' })).toBeUndefined()
    expect(reuseRefusal(branch({ default: true }), { name: 'ci/x' })).toContain("project's default branch")
    expect(reuseRefusal(branch(), { name: 'ci/x', parent: 'br-a-b-c' })).toContain("project's parent branch")
  })
})
