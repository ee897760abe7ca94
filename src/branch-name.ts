// Branch names: the deterministic default, and what we accept from users.

import type { RunContext } from './run-context.js'

export const MAX_BRANCH_NAME_LENGTH = 256
const ALLOWED = /^[A-Za-z0-9][A-Za-z0-9._/:@+=#-]*$/
// neonctl treats anything shaped like a branch id as an id, not as a name.
const LOOKS_LIKE_ID = /^br-[a-z0-9]+-[a-z0-9]+-[a-z0-9]+$/

/** Why `name` is not acceptable as a branch name, or undefined when it is. */
export function branchNameProblem(name: string): string | undefined {
  if (name.length > MAX_BRANCH_NAME_LENGTH) return `at most ${MAX_BRANCH_NAME_LENGTH} characters`
  if (!ALLOWED.test(name)) return 'use letters, digits and . _ - / : @ + = # only, starting with a letter or digit'
  if (LOOKS_LIKE_ID.test(name))
    return 'it has the shape of a branch id (br-...), which neonctl would not treat as a name'
  return undefined
}

/**
 * `ci/<repo>/run-<run id>`: the same for every job and every rerun (attempt) of one workflow run, so jobs agree on
 * the branch without passing anything between them. Starts with the sweeper's default prefix `ci/`.
 */
export function defaultBranchName(run: Pick<RunContext, 'repository' | 'runId'>): string | undefined {
  if (!/^\d+$/.test(run.runId)) return undefined
  const repo = (run.repository.split('/')[1] ?? run.repository).toLowerCase()
  const safeRepo =
    repo
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 100) || 'repo'
  return `ci/${safeRepo}/run-${run.runId}`
}
