// The post step's decision and work: delete the branch main created (or always/never, as asked). Runs after
// failures and cancellations too. A branch already gone is fine; default/protected branches are never deleted.

import * as core from '@actions/core'
import type { Branch, NeonClient } from './neon/client.js'
import { CLOCK_SKEW_TOLERANCE_MS, NeonError } from './neon/client.js'
import type { CleanupState } from './state.js'
import { writeLine } from './summary.js'

export type CleanupDecision =
  | { action: 'nothing'; reason: string }
  | { action: 'keep'; reason: string }
  | { action: 'delete'; branchId: string; reason: string }
  | { action: 'look-up'; reason: string } // main died before it learned the branch id

export function decideCleanup(state: CleanupState | undefined): CleanupDecision {
  if (!state) return { action: 'nothing', reason: 'main did not get as far as creating a branch' }
  if (state.cleanup === 'never') return { action: 'keep', reason: `kept branch ${state.branchName} (cleanup: never)` }
  if (state.branchId) {
    if (state.cleanup === 'always') return { action: 'delete', branchId: state.branchId, reason: 'cleanup: always' }
    return state.created
      ? { action: 'delete', branchId: state.branchId, reason: 'created by this step' }
      : {
          action: 'keep',
          reason: `kept branch ${state.branchName}: this step reused it rather than creating it (cleanup: auto)`,
        }
  }
  return { action: 'look-up', reason: 'main stopped before it learned whether the branch was created' }
}

/** For the look-up case: delete the branch with our name only if it looks like ours. */
export function adoptPendingBranch(state: CleanupState, branch: Branch | undefined): CleanupDecision {
  if (!branch) return { action: 'nothing', reason: `no branch named ${state.branchName} exists` }
  if (branch.default || branch.protected) {
    return {
      action: 'keep',
      reason: `kept branch ${branch.name}: it is the project's ${branch.default ? 'default' : 'protected'} branch`,
    }
  }
  // Even with cleanup: always: main never confirmed this branch, so only one that appeared since main asked for it
  // is ours to delete (a long-lived branch with the same name, say the parent, must survive a failed main).
  const since = state.pendingSince ? Date.parse(state.pendingSince) : NaN
  const createdAt = Date.parse(branch.createdAt)
  if (!Number.isNaN(since) && !Number.isNaN(createdAt) && createdAt >= since - CLOCK_SKEW_TOLERANCE_MS) {
    return { action: 'delete', branchId: branch.id, reason: 'created while this step was creating it' }
  }
  return { action: 'keep', reason: `kept branch ${branch.name}: it existed before this step started` }
}

export async function runCleanup(state: CleanupState | undefined, getClient: () => Promise<NeonClient>): Promise<void> {
  let decision = decideCleanup(state)
  if (decision.action === 'nothing') {
    core.info(`Nothing to clean up: ${decision.reason}.`)
    return
  }
  if (decision.action === 'keep') {
    core.info(`${decision.reason}.`)
    await writeLine('Neon branch cleanup', `${decision.reason}.`)
    return
  }
  const s = state as CleanupState
  try {
    const client = await getClient()
    if (decision.action === 'look-up') {
      core.info(`${decision.reason}; looking up branch ${s.branchName}`)
      decision = adoptPendingBranch(s, await client.findBranch(s.branchName))
      if (decision.action !== 'delete') {
        core.info(`${decision.reason}.`)
        await writeLine('Neon branch cleanup', `${decision.reason}.`)
        return
      }
    }
    const outcome = await client.deleteBranch(decision.branchId)
    const text =
      outcome === 'deleted'
        ? `Deleted branch ${s.branchName} (${decision.branchId}): ${decision.reason}.`
        : `Branch ${s.branchName} (${decision.branchId}) was already gone; nothing to delete.`
    core.info(text)
    await writeLine('Neon branch cleanup', text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof NeonError && error.code === 'protected') {
      core.warning(`Not deleting branch ${s.branchName}: ${message}`, { title: 'Neon branch kept' })
      await writeLine('Neon branch cleanup', `Not deleted: ${message}`)
      return
    }
    const backstop = s.expiresAt ? ` Neon deletes it at ${s.expiresAt} (its expiry).` : ''
    const text = `Could not delete branch ${s.branchName}${s.branchId ? ` (${s.branchId})` : ''}: ${message}.${backstop}`
    await writeLine('Neon branch cleanup failed', text)
    // With an expiry set the branch cannot leak for long: report it without failing a job whose work succeeded.
    if (s.expiresAt) core.error(text, { title: 'Neon branch not deleted' })
    else core.setFailed(`${text} It has no expiry: delete it by hand or with mode: sweep.`)
  }
}
