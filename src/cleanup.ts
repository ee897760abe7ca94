// The post step's decision and work: delete the branch main created (or always/never, as asked). Runs after
// failures and cancellations too. A branch already gone is fine; default/protected branches are never deleted, and a
// branch is only ever taken for this step's own with proof (Neon's answer to its create, or its token).

import { untouchable } from './branch-policy.js'
import type { Branch, NeonClient } from './neon/client.js'
import { createdWithToken, NeonError } from './neon/client.js'
import type { CleanupState } from './state.js'
import * as log from './log.js'
import { writeLine } from './summary.js'

export type CleanupDecision =
  | { action: 'nothing'; reason: string }
  | { action: 'keep'; reason: string }
  | { action: 'delete'; branchId: string; reason: string }
  | { action: 'look-up'; reason: string } // main died before it learned the branch id

export function decideCleanup(state: CleanupState | undefined): CleanupDecision {
  if (!state) return { action: 'nothing', reason: 'main did not get as far as creating a branch' }
  if (state.outcome === 'none') return { action: 'nothing', reason: 'main failed before any branch was created' }
  if (state.outcome === 'discard' && state.branchId) {
    return { action: 'delete', branchId: state.branchId, reason: 'created by this step, which could not use it' }
  }
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
  if (!state.createToken) return { action: 'nothing', reason: 'main did not get as far as asking Neon for a branch' }
  return { action: 'look-up', reason: 'main stopped before it learned whether the branch was created' }
}

/**
 * For the look-up case: delete the branch with our name only if its annotation carries this step's token. Even with
 * cleanup: always: main never confirmed this branch, and a branch with the same name made by another job (or a
 * long-lived one) must survive a failed main.
 */
export function adoptPendingBranch(state: CleanupState, branch: Branch | undefined): CleanupDecision {
  if (!branch) return { action: 'nothing', reason: `no branch named ${state.branchName} exists` }
  const kind = untouchable(branch)
  if (kind) return { action: 'keep', reason: `kept branch ${branch.name}: it is the project's ${kind} branch` }
  if (createdWithToken(branch, state.createToken)) {
    return {
      action: 'delete',
      branchId: branch.id,
      reason: "created by this step (its annotation carries this step's token)",
    }
  }
  return {
    action: 'keep',
    reason: `kept branch ${branch.name}: this step did not create it (its annotation does not carry this step's token)`,
  }
}

export async function runCleanup(state: CleanupState | undefined, getClient: () => Promise<NeonClient>): Promise<void> {
  let decision = decideCleanup(state)
  if (decision.action === 'nothing') {
    log.info(`Nothing to clean up: ${decision.reason}.`)
    return
  }
  if (decision.action === 'keep') {
    log.info(`${decision.reason}.`)
    await writeLine('Neon branch cleanup', `${decision.reason}.`)
    return
  }
  const s = state as CleanupState
  try {
    const client = await getClient()
    if (decision.action === 'look-up') {
      log.info(`${decision.reason}; looking up branch ${s.branchName}`)
      decision = adoptPendingBranch(s, await client.findBranch(s.branchName))
      if (decision.action !== 'delete') {
        log.info(`${decision.reason}.`)
        await writeLine('Neon branch cleanup', `${decision.reason}.`)
        return
      }
    }
    const outcome = await client.deleteBranch(decision.branchId)
    const text =
      outcome === 'deleted'
        ? `Deleted branch ${s.branchName} (${decision.branchId}): ${decision.reason}.`
        : `Branch ${s.branchName} (${decision.branchId}) was already gone; nothing to delete.`
    log.info(text)
    await writeLine('Neon branch cleanup', text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof NeonError && error.code === 'protected') {
      log.warning(`Not deleting branch ${s.branchName}: ${message}`, 'Neon branch kept')
      await writeLine('Neon branch cleanup', `Not deleted: ${message}`)
      return
    }
    const backstop = s.expiresAt ? ` Neon deletes it at ${s.expiresAt} (its expiry).` : ''
    const what = `Could not delete branch ${s.branchName}${s.branchId ? ` (${s.branchId})` : ''}`
    const text = `${what}: ${message.replace(/\.$/, '')}.${backstop}`
    await writeLine('Neon branch cleanup failed', text)
    // With an expiry set the branch cannot leak for long: a passing outage is reported without failing a job whose
    // work succeeded. Anything the user must fix (the key, the project, an input) fails the step: it would recur.
    const passing = error instanceof NeonError && (error.code === 'transient' || error.code === 'deadline')
    if (s.expiresAt && passing) log.error(text, 'Neon branch not deleted')
    else log.fail(s.expiresAt ? text : `${text} It has no expiry: delete it by hand or with mode: sweep.`)
  }
}
