// What main leaves for post (GITHUB_STATE -> STATE_*). Never secrets: no API key, no password, no URL.
// core.saveState appends to the GITHUB_STATE file at once, so state written here survives a main step that is
// killed a moment later.

import * as core from '@actions/core'
import type { CleanupPolicy } from './inputs.js'

export interface CleanupState {
  projectId: string
  apiHost?: string
  cleanup: CleanupPolicy
  branchName: string
  /** set just before asking Neon to create, so post can find a branch whose creation main didn't see finish */
  pendingSince?: string
  branchId?: string
  created?: boolean
  expiresAt?: string
}

const KEYS = {
  projectId: 'project_id',
  apiHost: 'api_host',
  cleanup: 'cleanup',
  branchName: 'branch_name',
  pendingSince: 'pending_since',
  branchId: 'branch_id',
  created: 'created',
  expiresAt: 'expires_at',
} as const

/** Saves the given fields; call it again as more becomes known (later values win). */
export function saveCleanupState(state: Partial<CleanupState>): void {
  for (const [field, key] of Object.entries(KEYS) as [keyof CleanupState, string][]) {
    const value = state[field]
    if (value !== undefined) core.saveState(key, String(value))
  }
}

/** What post received; undefined when main never got as far as planning a branch. */
export function loadCleanupState(read: (key: string) => string = core.getState): CleanupState | undefined {
  const branchName = read(KEYS.branchName)
  const projectId = read(KEYS.projectId)
  if (!branchName || !projectId) return undefined
  const cleanup = read(KEYS.cleanup)
  return {
    projectId,
    apiHost: read(KEYS.apiHost) || undefined,
    cleanup: cleanup === 'always' || cleanup === 'never' ? cleanup : 'auto',
    branchName,
    pendingSince: read(KEYS.pendingSince) || undefined,
    branchId: read(KEYS.branchId) || undefined,
    created: read(KEYS.created) === '' ? undefined : read(KEYS.created) === 'true',
    expiresAt: read(KEYS.expiresAt) || undefined,
  }
}
