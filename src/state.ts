// What main leaves for post (GITHUB_STATE -> STATE_*). Never secrets: no API key, no password, no URL.
// core.saveState appends to the GITHUB_STATE file at once, so state written here survives a main step that is
// killed a moment later.

import { getState, saveState } from '@actions/core'
import type { CleanupPolicy } from './settings/index.js'

export interface CleanupState {
  projectId: string
  apiHost?: string
  cleanup: CleanupPolicy
  branchName: string
  /**
   * Saved before the create request and sent with it as the branch's annotation: if main dies before it learns the
   * outcome, post deletes the branch with this name only if its annotation carries this token.
   */
  createToken?: string
  /**
   * 'none': no branch can have been created by this step (main failed before or at a create request that was
   * refused). 'discard': the branch this step created is unusable; post deletes it whatever `cleanup` says.
   */
  outcome?: 'none' | 'discard'
  branchId?: string
  created?: boolean
  expiresAt?: string
}

const KEYS = {
  projectId: 'project_id',
  apiHost: 'api_host',
  cleanup: 'cleanup',
  branchName: 'branch_name',
  createToken: 'create_token',
  outcome: 'outcome',
  branchId: 'branch_id',
  created: 'created',
  expiresAt: 'expires_at',
} as const

/** Saves the given fields; call it again as more becomes known (later values win). */
export function saveCleanupState(state: Partial<CleanupState>): void {
  for (const [field, key] of Object.entries(KEYS) as [keyof CleanupState, string][]) {
    const value = state[field]
    if (value !== undefined) saveState(key, String(value))
  }
}

/** What post received; undefined when main never got as far as planning a branch. */
export function loadCleanupState(read: (key: string) => string = getState): CleanupState | undefined {
  const branchName = read(KEYS.branchName)
  const projectId = read(KEYS.projectId)
  if (!branchName || !projectId) return undefined
  const cleanup = read(KEYS.cleanup)
  const outcome = read(KEYS.outcome)
  return {
    projectId,
    apiHost: read(KEYS.apiHost) || undefined,
    cleanup: cleanup === 'always' || cleanup === 'never' ? cleanup : 'auto',
    branchName,
    createToken: read(KEYS.createToken) || undefined,
    outcome: outcome === 'none' || outcome === 'discard' ? outcome : undefined,
    branchId: read(KEYS.branchId) || undefined,
    created: read(KEYS.created) === '' ? undefined : read(KEYS.created) === 'true',
    expiresAt: read(KEYS.expiresAt) || undefined,
  }
}
