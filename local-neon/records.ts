// The records of a local Neon project (what the API shows of branches, endpoints, roles and databases).
import type { Compute } from './compute/compute.js'
import type { PointInTime } from './history.js'

export type BranchState = 'init' | 'ready' | 'resetting'
export type EndpointState = 'init' | 'active' | 'idle'

export interface RoleRecord {
  name: string
  password: string
  createdAt: Date
  updatedAt: Date
}

export interface DatabaseRecord {
  id: number
  name: string
  ownerName: string
  createdAt: Date
  updatedAt: Date
}

export interface BranchRecord {
  id: string
  name: string
  parentId?: string
  parentLsn?: string
  parentTimestamp?: string
  createdAt: Date
  updatedAt: Date
  stateChangedAt: Date
  state: BranchState
  isDefault: boolean
  /** The project's first branch. */
  isRoot: boolean
  protected: boolean
  expiresAt?: Date
  ttlIntervalSeconds?: number
  lastResetAt?: Date
  initSource: 'parent-data' | 'schema-only'
  compute: Compute
  roles: RoleRecord[]
  databases: DatabaseRecord[]
  annotation?: { value: Record<string, string>; createdAt: Date; updatedAt: Date }
  /** Background work on this branch's cluster, in order. Never rejects. */
  work: Promise<void>
  /** Set when this branch's data cannot be trusted (its creation failed). */
  failure?: string
}

export interface EndpointRecord {
  id: string
  branchId: string
  type: 'read_write' | 'read_only'
  state: EndpointState
  pendingState?: EndpointState
  createdAt: Date
  updatedAt: Date
  startedAt?: Date
  suspendedAt?: Date
  lastActive?: Date
  suspendTimeoutSeconds: number
  minCu: number
  maxCu: number
}

export interface EndpointInput {
  type: 'read_write' | 'read_only'
  suspendTimeoutSeconds?: number
  minCu?: number
  maxCu?: number
}

export interface CreateBranchInput {
  name?: string
  parentId?: string
  point?: PointInTime
  protected?: boolean
  expiresAt?: Date
  schemaOnly: boolean
  endpoints: EndpointInput[]
  annotation?: Record<string, string>
}

/** Neon prints times with second precision: 2022-11-30T20:09:48Z. */
export const time = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')
