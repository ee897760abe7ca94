// The typed settings of each mode: what src/settings/ parses the inputs into, and all the modes ever read.

import { DAY_MS } from '../duration.js'
import type { RunContext } from '../run-context.js'

export const MODES = ['create', 'connect', 'reset', 'delete', 'sweep', 'lint'] as const
export const SSL_MODES = ['require', 'verify-ca', 'verify-full', 'prefer', 'allow', 'disable', 'omit'] as const
export const CLEANUP_POLICIES = ['auto', 'always', 'never'] as const
export const BRANCH_TYPES = ['default', 'schema-only'] as const
export const FAIL_ON = ['error', 'warning', 'never'] as const
export const SCHEMA_DIFF_SETTINGS = ['off', 'summary', 'comment'] as const
export const MAX_EXPIRY_MS = 30 * DAY_MS

export type Mode = (typeof MODES)[number]
export type SslMode = (typeof SSL_MODES)[number]
export type CleanupPolicy = (typeof CLEANUP_POLICIES)[number]

export interface NeonAccess {
  apiKey: string
  projectId: string
  apiHost?: string // undefined = Neon's
}

export interface ExportOptions {
  database: string
  role: string
  ssl: SslMode
  prisma: boolean
  envPrefix: string
}

export interface MigrateSettings {
  command: string
  timeoutMs: number
  cwd: string // absolute, inside the workspace
}

/** What a new branch is made with (mode: create). */
export interface NewBranchOptions {
  parent?: string
  schemaOnly: boolean
  suspendTimeoutSeconds?: number
  expiresAt?: string // RFC 3339, from expires_at or ttl
  cleanup: CleanupPolicy
}

/** schema_diff, and the token its pull request comment is written with. */
export interface SchemaDiffOptions {
  setting: (typeof SCHEMA_DIFF_SETTINGS)[number]
  githubToken: string
}

interface Common {
  timeoutMs: number
  run: RunContext
}

export interface CreateSettings extends Common, NewBranchOptions {
  mode: 'create'
  neon: NeonAccess
  branchName: string
  export: ExportOptions
  migrate?: MigrateSettings
  schemaDiff: SchemaDiffOptions
}

export interface ConnectSettings extends Common {
  mode: 'connect'
  neon: NeonAccess
  /** The branch by id (branch_id); branchName is then the name it must have, or '' when branch_name was not given. */
  branchId?: string
  branchName: string
  export: ExportOptions
  migrate?: MigrateSettings
  schemaDiff: SchemaDiffOptions
}

/** mode: reset: the branch reset to its parent's latest state; made as create makes it when it does not exist. */
export interface ResetSettings extends Omit<CreateSettings, 'mode'> {
  mode: 'reset'
}

/** create, connect or reset without an API key, with fallback_database_url given. */
export interface FallbackSettings extends Common {
  mode: 'fallback'
  requestedMode: 'create' | 'connect' | 'reset'
  url: string
  envPrefix: string
  migrate?: MigrateSettings
}

export interface DeleteSettings extends Common {
  mode: 'delete'
  neon: NeonAccess
  branchName: string
}

export interface SweepOptions {
  prefix: string
  olderThanMs: number // 0 = age rule off
  closedPrs: boolean
  dryRun: boolean
  github: { token: string; repository: string; apiUrl: string }
}

export interface SweepSettings extends Common, SweepOptions {
  mode: 'sweep'
  neon: NeonAccess
}

export interface LintOptions {
  workspace: string
  failOn: (typeof FAIL_ON)[number]
  disabledRules: string[]
  /** lint: where to write SARIF, relative to the workspace; '' for none. */
  sarifFile: string
}

export interface LintSettings extends Common, LintOptions {
  mode: 'lint'
}

export type Settings =
  CreateSettings | ConnectSettings | ResetSettings | FallbackSettings | DeleteSettings | SweepSettings | LintSettings

/** What the post step needs: it runs after main, whatever main did, so a bad value never stops the cleanup. */
export interface PostSettings {
  /** the mode main ran in; only create and reset leave a branch to clean up */
  mode: string
  timeoutMs: number
  /** the API key, or why there is none to use: needed only when there is a branch to delete */
  apiKey: { key: string } | { problem: string }
}
