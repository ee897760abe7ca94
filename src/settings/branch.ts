// branch_name, and what a new branch is made with: parent_branch, branch_type, suspend_timeout, the expiry and
// cleanup.

import { branchNameProblem, defaultBranchName } from '../branch-name.js'
import type { RunContext } from '../run-context.js'
import { BRANCH_ID } from '../neon/mapping.js'
import { parseExpiry } from './expiry.js'
import type { InputReader } from './input-reader.js'
import { quote } from './input-reader.js'
import { BRANCH_TYPES, CLEANUP_POLICIES, type Mode, type NewBranchOptions } from './types.js'

/** The branch the step works on: the input, else (in the modes that need one) the run's default name. */
export function parseBranchName(read: InputReader, mode: Mode | undefined, run: RunContext): string {
  const value = read.get('branch_name')
  if (value) {
    const problem = branchNameProblem(value)
    if (problem) read.problem(`Input 'branch_name' is not a valid branch name (${problem}); got ${quote(value)}.`)
    return value
  }
  if (mode !== 'create' && mode !== 'connect' && mode !== 'reset' && mode !== 'delete') return value
  const derived = defaultBranchName(run)
  if (!derived)
    read.problem(
      "Input 'branch_name' is empty and GITHUB_RUN_ID is not set, so no default name can be derived; set branch_name.",
    )
  return derived ?? value
}

/**
 * branch_id: mode: connect's branch by id (the create step's branch_id output), one round trip fewer than by name.
 * Read by no other mode, so giving it elsewhere is an error rather than silently ignored.
 */
export function parseBranchId(read: InputReader, mode: Mode | undefined): string | undefined {
  const value = read.get('branch_id')
  if (!value) return undefined
  if (mode !== 'connect') {
    read.problem(
      "Input 'branch_id' is read only by mode: connect (the other modes find their branch by branch_name); remove it or set mode: connect.",
    )
  } else if (!BRANCH_ID.test(value)) {
    read.problem(
      `Input 'branch_id' must be a Neon branch id such as br-cool-dust-a1b2c3d4 (the branch_id output of the step that made the branch); got ${quote(value)}.`,
    )
  }
  return value
}

export function parseNewBranchOptions(read: InputReader, now: Date): NewBranchOptions {
  const parent = read.get('parent_branch') || undefined
  if (parent && (parent.length > 256 || /[\p{Cc}\s]/u.test(parent) || parent.startsWith('-'))) {
    read.problem(
      `Input 'parent_branch' must be a branch name or id without spaces, not starting with '-'; got ${quote(parent)}.`,
    )
  }
  const schemaOnly = read.oneOf('branch_type', BRANCH_TYPES) === 'schema-only'
  const suspendTimeoutSeconds = parseSuspendTimeout(read)
  const expiresAt = parseExpiry(read, now)
  const cleanup = read.oneOf('cleanup', CLEANUP_POLICIES)
  return { parent, schemaOnly, suspendTimeoutSeconds, expiresAt, cleanup }
}

function parseSuspendTimeout(read: InputReader): number | undefined {
  const value = read.get('suspend_timeout')
  if (!value) return undefined
  const n = /^-?\d+$/.test(value) ? Number(value) : NaN
  if (n === -1 || n === 0 || (n >= 60 && n <= 604800)) return n
  read.problem(
    `Input 'suspend_timeout' must be a whole number of seconds: -1 (never), 0 (the project's default) or 60 to 604800; got ${quote(value)}.`,
  )
  return undefined
}
