// Neon's rules about branches, in one place: every route that changes a branch asks here first. Sources are in
// docs/local-neon.md ("Neon's rules"); where Neon publishes no message or status, the text is ours and the status a
// plain 400, as docs/local-neon.md says.
import { badRequest } from './api-error.js'

/** Neon: "Maximum expiration is 30 days from the current time". */
export const MAX_EXPIRY_MS = 30 * 24 * 3600 * 1000

/** What the rules need to know about a branch. */
export interface BranchFacts {
  id: string
  isDefault: boolean
  /** The project's first branch (main): it cannot be deleted even when another branch is the default. */
  isRoot: boolean
  protected: boolean
  expiresAt?: Date
  hasChildren: boolean
  /** A root branch: no parent (the first branch, schema-only branches). */
  hasParent: boolean
}

/** An expiration date as Neon takes it: in the future, at most 30 days ahead (format errors are the parser's). */
export function checkExpiryDate(date: Date, what: string, now = new Date()): Date {
  if (date.getTime() <= now.getTime()) throw badRequest(`${what}: timestamp must be in the future`)
  if (date.getTime() - now.getTime() > MAX_EXPIRY_MS)
    throw badRequest(`${what}: maximum expiration is 30 days from the current time`)
  // "Fractional seconds are optional but only second precision is stored"
  return new Date(Math.floor(date.getTime() / 1000) * 1000)
}

/** Neon: no expiration on default branches, protected branches, or branches that have children. */
export function assertMayExpire(branch: Omit<BranchFacts, 'expiresAt'>): void {
  if (branch.isDefault) throw badRequest('cannot set an expiration on the default branch')
  if (branch.protected) throw badRequest('cannot set an expiration on a protected branch')
  if (branch.hasChildren) throw badRequest('cannot set an expiration on a branch that has child branches')
}

/** Neon: no child branches from an expiring branch. */
export function assertMayBranchFrom(parent: BranchFacts): void {
  if (parent.expiresAt) throw badRequest(`cannot create a child of branch ${parent.id}: it has an expiration`)
}

/** A new branch's own settings: a protected branch cannot expire. */
export function assertNewBranch(input: { protected?: boolean; expiresAt?: Date }): void {
  if (input.protected && input.expiresAt) throw badRequest('cannot set an expiration on a protected branch')
}

/** PATCH: protecting an expiring branch, or an expiry on a branch that may not have one. */
export function assertUpdate(branch: BranchFacts, change: { protected?: boolean; expiresAt?: Date | null }): void {
  const protectedAfter = change.protected ?? branch.protected
  const expiresAfter = change.expiresAt === null ? undefined : (change.expiresAt ?? branch.expiresAt)
  if (change.expiresAt) assertMayExpire({ ...branch, protected: protectedAfter })
  if (change.protected === true && expiresAfter) throw badRequest('cannot protect a branch that has an expiration')
}

export function assertMayBecomeDefault(branch: BranchFacts): void {
  if (branch.expiresAt) throw badRequest('cannot set a branch that has an expiration as the default branch')
}

/** Neon: the root and the default branch, protected branches and branches with children cannot be deleted. */
export function assertDeletable(branch: BranchFacts): void {
  if (branch.isDefault)
    throw badRequest(`branch ${branch.id} is the default branch of the project and cannot be deleted`)
  if (branch.isRoot) throw badRequest(`branch ${branch.id} is the root branch of the project and cannot be deleted`)
  if (branch.protected)
    throw badRequest(`branch ${branch.id} is protected and cannot be deleted; disable branch protection first`)
  if (branch.hasChildren)
    throw badRequest(`branch ${branch.id} has child branches and cannot be deleted; delete the children first`)
}

/**
 * Restore (and neonctl's `reset --parent`): never a protected branch; `preserve_under_name` when it has children or
 * restores from its own history; a point in time only from a root branch (Neon: "You can only point-in-time restore
 * from root branches").
 */
export function assertRestorable(
  branch: BranchFacts,
  source: BranchFacts,
  request: { pointInTime: boolean; preserveUnderName?: string },
): void {
  if (branch.protected) throw badRequest(`branch ${branch.id} is protected and cannot be reset or restored`)
  if (source.id === branch.id && !request.pointInTime)
    throw badRequest('restoring a branch from itself needs source_lsn or source_timestamp')
  if (source.id === branch.id && !request.preserveUnderName)
    throw badRequest('restoring a branch from its own history needs preserve_under_name')
  if (branch.hasChildren && !request.preserveUnderName)
    throw badRequest(`branch ${branch.id} has child branches; specify preserve_under_name to restore it`)
  if (request.pointInTime && source.hasParent)
    throw badRequest(
      `point-in-time restore is only supported from root branches; branch ${source.id} is a child branch`,
    )
}
