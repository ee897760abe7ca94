import { describe, expect, it } from '@jest/globals'
import type { Branch } from '../../src/neon/client.js'
import { childrenFirst, planSweep, pullRequestsToLookUp, type PrState, type SweepRules } from '../../src/sweep/plan.js'
import { prNumberFromBranchName } from '../../src/sweep/pr-number.js'

const NOW = new Date('2026-11-23T12:00:00Z')
const DAY = 86_400_000
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString()

let nextId = 0
function branch(name: string, fields: Partial<Branch> = {}): Branch {
  return { id: `br-id-${++nextId}`, name, default: false, protected: false, createdAt: ago(3 * DAY), ...fields }
}

const rules = (over: Partial<SweepRules> = {}): SweepRules => ({
  prefix: 'ci/',
  olderThanMs: 2 * DAY,
  closedPrs: true,
  dryRun: false,
  now: NOW,
  ...over,
})

const open: PrState = { state: 'open' }
const closed: PrState = { state: 'closed', merged: false }
const merged: PrState = { state: 'closed', merged: true }
const failed: PrState = { state: 'unknown', error: 'HTTP 500: boom' }

describe('prNumberFromBranchName', () => {
  it.each([
    ['ci/pr-123', 123],
    ['ci/pr-123/api', 123],
    ['preview/app-pr-7', 7],
    ['pr-42-run-9', 42],
    ['ci/PR-5', 5],
    ['ci/pr_1.pr-9', 9],
    ['ci/pr-3/pr-3', 3],
    ['ci/pr123', undefined],
    ['ci/pr-', undefined],
    ['ci/sprint-pr-12x', undefined],
    ['ci/pr-0', undefined],
    ['ci/pr-1/pr-2', undefined], // ambiguous: never guess
    ['ci/run-123-1', undefined],
  ])('%s -> %s', (name, expected) => {
    expect(prNumberFromBranchName(name)).toBe(expected)
  })
})

type Row = {
  title: string
  branch: Branch
  rules?: Partial<SweepRules>
  prs?: Record<number, PrState>
  action: 'delete' | 'would-delete' | 'keep'
  reason: string
  problem?: boolean
}

const table: Row[] = [
  // prefix
  {
    title: 'other prefix is kept even when old',
    branch: branch('preview/x', { createdAt: ago(90 * DAY) }),
    action: 'keep',
    reason: 'prefix-mismatch',
  },
  { title: 'prefix is case-sensitive', branch: branch('CI/x'), action: 'keep', reason: 'prefix-mismatch' },
  { title: 'prefix must be at the start', branch: branch('x/ci/y'), action: 'keep', reason: 'prefix-mismatch' },
  // age
  {
    title: 'older than the limit is deleted',
    branch: branch('ci/run-1', { createdAt: ago(3 * DAY) }),
    action: 'delete',
    reason: 'older-than',
  },
  {
    title: 'younger than the limit is kept',
    branch: branch('ci/run-2', { createdAt: ago(DAY) }),
    action: 'keep',
    reason: 'no-rule-matched',
  },
  {
    title: 'exactly the limit is kept',
    branch: branch('ci/run-3', { createdAt: ago(2 * DAY) }),
    action: 'keep',
    reason: 'no-rule-matched',
  },
  {
    title: 'created in the future is kept',
    branch: branch('ci/run-4', { createdAt: ago(-DAY) }),
    action: 'keep',
    reason: 'no-rule-matched',
  },
  {
    title: 'age rule off keeps an ancient branch',
    branch: branch('ci/run-5', { createdAt: ago(365 * DAY) }),
    rules: { olderThanMs: 0 },
    action: 'keep',
    reason: 'no-rule-matched',
  },
  {
    title: 'unreadable created_at is kept and flagged',
    branch: branch('ci/run-6', { createdAt: 'yesterday' }),
    action: 'keep',
    reason: 'created-at-unreadable',
    problem: true,
  },
  {
    title: 'unreadable created_at is fine with the age rule off',
    branch: branch('ci/run-7', { createdAt: 'yesterday' }),
    rules: { olderThanMs: 0 },
    action: 'keep',
    reason: 'no-rule-matched',
  },
  // pull requests
  {
    title: 'closed PR is deleted',
    branch: branch('ci/pr-10', { createdAt: ago(DAY) }),
    prs: { 10: closed },
    action: 'delete',
    reason: 'pr-closed',
  },
  {
    title: 'merged PR is deleted',
    branch: branch('ci/pr-11', { createdAt: ago(DAY) }),
    prs: { 11: merged },
    action: 'delete',
    reason: 'pr-merged',
  },
  {
    title: 'open PR is kept',
    branch: branch('ci/pr-12', { createdAt: ago(DAY) }),
    prs: { 12: open },
    action: 'keep',
    reason: 'pr-open',
  },
  {
    title: 'open PR but old: the age rule wins',
    branch: branch('ci/pr-13', { createdAt: ago(5 * DAY) }),
    prs: { 13: open },
    action: 'delete',
    reason: 'older-than',
  },
  {
    title: 'failed PR lookup is kept and flagged',
    branch: branch('ci/pr-14', { createdAt: ago(DAY) }),
    prs: { 14: failed },
    action: 'keep',
    reason: 'pr-unknown',
    problem: true,
  },
  {
    title: 'PR state missing from the map is kept and flagged',
    branch: branch('ci/pr-15', { createdAt: ago(DAY) }),
    action: 'keep',
    reason: 'pr-unknown',
    problem: true,
  },
  {
    title: 'closed-PR rule off ignores a closed PR',
    branch: branch('ci/pr-16', { createdAt: ago(DAY) }),
    rules: { closedPrs: false },
    prs: { 16: closed },
    action: 'keep',
    reason: 'no-rule-matched',
  },
  {
    title: 'closed PR with the age rule off is deleted',
    branch: branch('ci/pr-17', { createdAt: ago(DAY) }),
    rules: { olderThanMs: 0 },
    prs: { 17: merged },
    action: 'delete',
    reason: 'pr-merged',
  },
  {
    title: 'ambiguous PR numbers are not looked up',
    branch: branch('ci/pr-1/pr-2', { createdAt: ago(DAY) }),
    prs: { 1: closed, 2: closed },
    action: 'keep',
    reason: 'no-rule-matched',
  },
  // never default or protected
  {
    title: 'default branch matching every rule is kept',
    branch: branch('ci/pr-20', { default: true, createdAt: ago(90 * DAY) }),
    prs: { 20: merged },
    action: 'keep',
    reason: 'default-branch',
  },
  {
    title: 'protected branch matching every rule is kept',
    branch: branch('ci/pr-21', { protected: true, createdAt: ago(90 * DAY) }),
    prs: { 21: merged },
    action: 'keep',
    reason: 'protected-branch',
  },
  {
    title: 'default branch is kept in a dry run too',
    branch: branch('ci/main', { default: true, createdAt: ago(90 * DAY) }),
    rules: { dryRun: true },
    action: 'keep',
    reason: 'default-branch',
  },
  // dry run
  {
    title: 'dry run: old branch would be deleted',
    branch: branch('ci/run-30', { createdAt: ago(3 * DAY) }),
    rules: { dryRun: true },
    action: 'would-delete',
    reason: 'older-than',
  },
  {
    title: 'dry run: closed PR would be deleted',
    branch: branch('ci/pr-31', { createdAt: ago(DAY) }),
    rules: { dryRun: true },
    prs: { 31: closed },
    action: 'would-delete',
    reason: 'pr-closed',
  },
  {
    title: 'dry run: young branch is kept',
    branch: branch('ci/run-32', { createdAt: ago(DAY) }),
    rules: { dryRun: true },
    action: 'keep',
    reason: 'no-rule-matched',
  },
]

describe('planSweep', () => {
  it.each(table)('$title', (row) => {
    const prStates = new Map(Object.entries(row.prs ?? {}).map(([n, s]) => [Number(n), s]))
    const [decision] = planSweep([row.branch], prStates, rules(row.rules))
    expect(decision.branch).toBe(row.branch)
    expect({ action: decision.action, reason: decision.reason, problem: Boolean(decision.problem) }).toEqual({
      action: row.action,
      reason: row.reason,
      problem: Boolean(row.problem),
    })
    expect(decision.detail).not.toBe('')
  })

  it('keeps a parent whose child is kept, up the chain, and deletes children before parents', () => {
    const root = branch('main', { default: true, createdAt: ago(400 * DAY) })
    const a = branch('ci/a', { parentId: root.id })
    const b = branch('ci/b', { parentId: a.id })
    const c = branch('ci/c', { parentId: b.id, createdAt: ago(DAY) }) // young: kept
    const x = branch('ci/x', { parentId: root.id })
    const y = branch('ci/y', { parentId: x.id })
    const z = branch('ci/z', { parentId: y.id })
    const decisions = planSweep([root, x, a, b, c, y, z], new Map(), rules())
    const byName = Object.fromEntries(decisions.map((d) => [d.branch.name, d]))
    expect(byName['ci/c'].reason).toBe('no-rule-matched')
    expect(byName['ci/b']).toMatchObject({ action: 'keep', reason: 'has-kept-child' })
    expect(byName['ci/a']).toMatchObject({ action: 'keep', reason: 'has-kept-child' })
    expect(childrenFirst(decisions).map((d) => d.branch.name)).toEqual(['ci/z', 'ci/y', 'ci/x'])
  })

  it('keeps a parent whose child does not match the prefix', () => {
    const parent = branch('ci/old')
    const child = branch('dev/alice', { parentId: parent.id })
    const [p] = planSweep([parent, child], new Map(), rules())
    expect(p).toMatchObject({ action: 'keep', reason: 'has-kept-child' })
  })
})

describe('pullRequestsToLookUp', () => {
  it('asks only for PRs of candidates that no other rule settles, once each', () => {
    const branches = [
      branch('ci/pr-1', { createdAt: ago(DAY) }),
      branch('ci/pr-1/api', { createdAt: ago(DAY) }),
      branch('ci/pr-2', { createdAt: ago(5 * DAY) }), // old: deleted by age, no lookup
      branch('ci/pr-3', { createdAt: ago(DAY), protected: true }),
      branch('other/pr-4', { createdAt: ago(DAY) }),
      branch('ci/pr-9', { createdAt: ago(DAY) }),
    ]
    expect(pullRequestsToLookUp(branches, rules())).toEqual([1, 9])
    expect(pullRequestsToLookUp(branches, rules({ closedPrs: false }))).toEqual([])
  })
})
