// The sweep's decisions, as a pure function of the branch listing and the pull request states: no I/O here.
import { untouchable } from '../branch-policy.js'
import type { Branch } from '../neon/client.js'
import { prNumberFromBranchName } from './pr-number.js'
import { formatDuration } from '../duration.js'

export type PrState = { state: 'open' } | { state: 'closed'; merged: boolean } | { state: 'unknown'; error: string } // the lookup failed: never guess

export interface SweepRules {
  prefix: string
  olderThanMs: number // 0 = the age rule is off
  closedPrs: boolean
  dryRun: boolean
  now: Date
}

export type SweepAction = 'delete' | 'would-delete' | 'keep'

export type SweepReason =
  // deleted (or would be)
  | 'older-than'
  | 'pr-closed'
  | 'pr-merged'
  // kept
  | 'prefix-mismatch'
  | 'default-branch'
  | 'protected-branch'
  | 'no-rule-matched'
  | 'pr-open'
  | 'pr-unknown'
  | 'created-at-unreadable'
  | 'has-kept-child'

export interface SweepDecision {
  branch: Branch
  action: SweepAction
  reason: SweepReason
  detail: string // one human sentence, no secrets (names, ids, times, PR numbers only)
  prNumber?: number
  /** Set when the sweep could not decide safely; the branch is kept and the step fails. */
  problem?: string
}

type Verdict = Omit<SweepDecision, 'branch' | 'action'> & { remove: boolean }

/** PR numbers whose state planSweep needs: only for branches that no other rule already settles. */
export function pullRequestsToLookUp(branches: Branch[], rules: SweepRules): number[] {
  const numbers = new Set<number>()
  for (const branch of branches) {
    const verdict = judgeWithoutPrs(branch, rules)
    if (verdict === 'needs-pr') numbers.add(prNumberFromBranchName(branch.name)!)
  }
  return [...numbers].sort((a, b) => a - b)
}

export function planSweep(
  branches: Branch[],
  prStates: ReadonlyMap<number, PrState>,
  rules: SweepRules,
): SweepDecision[] {
  const verdicts = new Map<string, Verdict>()
  for (const branch of branches) {
    const early = judgeWithoutPrs(branch, rules)
    verdicts.set(branch.id, early === 'needs-pr' ? judgeByPr(branch, prStates, rules) : early)
  }
  keepParentsOfKeptChildren(branches, verdicts)

  const deleteAction: SweepAction = rules.dryRun ? 'would-delete' : 'delete'
  return branches.map((branch) => {
    const { remove, ...rest } = verdicts.get(branch.id)!
    return { branch, action: remove ? deleteAction : 'keep', ...rest }
  })
}

/** Deletions ordered so that a child goes before its parent (Neon refuses to delete a branch with children). */
export function childrenFirst(decisions: SweepDecision[]): SweepDecision[] {
  const byId = new Map(decisions.map((d) => [d.branch.id, d.branch]))
  const depth = (branch: Branch): number => {
    let n = 0
    const seen = new Set<string>()
    for (let b: Branch | undefined = branch; b?.parentId && !seen.has(b.id); b = byId.get(b.parentId)) {
      seen.add(b.id)
      n++
    }
    return n
  }
  return decisions
    .filter((d) => d.action !== 'keep')
    .map((d) => ({ d, depth: depth(d.branch) }))
    .sort((a, b) => b.depth - a.depth)
    .map(({ d }) => d)
}

function judgeWithoutPrs(branch: Branch, rules: SweepRules): Verdict | 'needs-pr' {
  const keep = (reason: SweepReason, detail: string, problem?: string): Verdict => ({
    remove: false,
    reason,
    detail,
    problem,
  })

  if (!branch.name.startsWith(rules.prefix))
    return keep('prefix-mismatch', `name does not start with "${rules.prefix}"`)
  const kind = untouchable(branch)
  if (kind === 'default') return keep('default-branch', 'the default branch is never deleted')
  if (kind === 'protected') return keep('protected-branch', 'protected branches are never deleted')

  let ageProblem: string | undefined
  if (rules.olderThanMs > 0) {
    const created = Date.parse(branch.createdAt)
    if (Number.isNaN(created)) {
      ageProblem = `created_at "${branch.createdAt}" is not a time, so its age is unknown`
    } else {
      const ageMs = rules.now.getTime() - created
      if (ageMs > rules.olderThanMs) {
        return {
          remove: true,
          reason: 'older-than',
          detail: `created ${formatDuration(ageMs)} ago, older than ${formatDuration(rules.olderThanMs)}`,
        }
      }
    }
  }

  const prNumber = rules.closedPrs ? prNumberFromBranchName(branch.name) : undefined
  if (prNumber !== undefined) return 'needs-pr'
  if (ageProblem) return keep('created-at-unreadable', ageProblem, ageProblem)
  return keep('no-rule-matched', describeUnmatched(branch, rules))
}

function judgeByPr(branch: Branch, prStates: ReadonlyMap<number, PrState>, rules: SweepRules): Verdict {
  const prNumber = prNumberFromBranchName(branch.name)!
  const pr = prStates.get(prNumber) ?? { state: 'unknown', error: 'its state was not looked up' }
  switch (pr.state) {
    case 'closed':
      return pr.merged
        ? { remove: true, reason: 'pr-merged', detail: `pull request #${prNumber} is merged`, prNumber }
        : { remove: true, reason: 'pr-closed', detail: `pull request #${prNumber} is closed`, prNumber }
    case 'open':
      return {
        remove: false,
        reason: 'pr-open',
        detail: `pull request #${prNumber} is open${ageNote(branch, rules)}`,
        prNumber,
      }
    case 'unknown': {
      const problem = `could not read the state of pull request #${prNumber} (${pr.error}), so the branch was kept`
      return { remove: false, reason: 'pr-unknown', detail: problem, prNumber, problem }
    }
  }
}

function describeUnmatched(branch: Branch, rules: SweepRules): string {
  const parts: string[] = []
  if (rules.olderThanMs > 0) parts.push(`younger than ${formatDuration(rules.olderThanMs)}`)
  if (rules.closedPrs) parts.push('no pr-N in the name')
  if (parts.length === 0) return 'no rule is on (age rule off, closed-PR rule off)'
  return parts.join('; ') + ageNote(branch, rules).replace(/^,/, ';')
}

function ageNote(branch: Branch, rules: SweepRules): string {
  const created = Date.parse(branch.createdAt)
  if (Number.isNaN(created)) return ''
  return `, created ${formatDuration(rules.now.getTime() - created)} ago`
}

// A branch with children cannot be deleted; if any child stays, its parent must stay too (and so on upwards).
function keepParentsOfKeptChildren(branches: Branch[], verdicts: Map<string, Verdict>): void {
  let changed = true
  while (changed) {
    changed = false
    for (const child of branches) {
      if (!child.parentId || verdicts.get(child.id)!.remove) continue
      const parent = verdicts.get(child.parentId)
      if (parent?.remove) {
        verdicts.set(child.parentId, {
          remove: false,
          reason: 'has-kept-child',
          detail: `child branch "${child.name}" is kept (was: ${parent.detail})`,
          prNumber: parent.prNumber,
        })
        changed = true
      }
    }
  }
}
