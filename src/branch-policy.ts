// The one rule about which branches the action may touch: never the project's default branch, never a protected
// one. Every place that hands out, reuses, resets or deletes a branch asks here (create, connect, reset, delete,
// post's cleanup, sweep, and the neonctl client's own refusal before a delete, a reset or a reuse).

import type { Branch } from './neon/client.js'

/** Why the action leaves a branch alone. */
export type Untouchable = 'default' | 'protected'

/** 'default' or 'protected' when the action must never hand out or delete this branch; undefined otherwise. */
export function untouchable(branch: Pick<Branch, 'default' | 'protected'>): Untouchable | undefined {
  if (branch.default) return 'default'
  if (branch.protected) return 'protected'
  return undefined
}

/** Refuses anything but the branch asked for: never hand out the parent's or the default branch's URL. */
export function assertUsableBranch(branch: Branch, requestedName: string): void {
  const kind = untouchable(branch)
  if (kind === 'default') {
    throw new Error(
      `Refusing to use branch '${branch.name}' (${branch.id}): it is the project's default branch. ` +
        'Choose a branch_name that is not the default branch.',
    )
  }
  if (kind === 'protected') {
    throw new Error(`Refusing to use branch '${branch.name}' (${branch.id}): it is a protected branch.`)
  }
  if (branch.name !== requestedName) {
    throw new Error(`Neon returned branch '${branch.name}' (${branch.id}) when '${requestedName}' was asked for.`)
  }
}

/** Why a delete of this branch must not be sent, or undefined when it may be. */
export function deleteRefusal(branch: Branch): string | undefined {
  const kind = untouchable(branch)
  if (!kind) return undefined
  return `Refusing to delete branch '${branch.name}' (${branch.id}): it is ${kind === 'default' ? "the project's default" : 'a protected'} branch`
}

/** Why a reset of this branch must not be sent (it replaces all of the branch's data), or undefined when it may be. */
export function resetRefusal(branch: Branch): string | undefined {
  const kind = untouchable(branch)
  if (!kind) return undefined
  return `Refusing to reset branch '${branch.name}' (${branch.id}): it is ${kind === 'default' ? "the project's default" : 'a protected'} branch`
}

/**
 * Why an existing branch with the requested name must not be reused as this step's branch (the neonctl client asks
 * before it adopts one after a 409): it is the default branch, or the very branch the new one was to be made from.
 */
export function reuseRefusal(branch: Branch, request: { name: string; parent?: string }): string | undefined {
  const isParent = request.parent !== undefined && (branch.name === request.parent || branch.id === request.parent)
  if (untouchable(branch) !== 'default' && !isParent) return undefined
  return `A branch named '${request.name}' exists and is the project's ${branch.default ? 'default' : 'parent'} branch (${branch.id}); refusing to reuse it`
}
