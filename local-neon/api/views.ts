// Neon API v2 JSON shapes of the project's records (checked against the OpenAPI description by the conformance test).
import type { OperationRecord } from '../operations.js'
import {
  time,
  type BranchRecord,
  type DatabaseRecord,
  type EndpointRecord,
  type LocalProject,
  type RoleRecord,
} from '../project.js'

export { time }

export const hostOf = (branch: BranchRecord) => `127.0.0.1:${branch.compute.port}`
export const poolerHostOf = (branch: BranchRecord) => `127.0.0.1:${branch.compute.poolerPort}`

const REGION = 'aws-us-east-2'

export function branchView(project: LocalProject, branch: BranchRecord) {
  return {
    id: branch.id,
    project_id: project.id,
    ...(branch.parentId ? { parent_id: branch.parentId } : {}),
    ...(branch.parentLsn ? { parent_lsn: branch.parentLsn } : {}),
    ...(branch.parentTimestamp ? { parent_timestamp: branch.parentTimestamp } : {}),
    name: branch.name,
    current_state: branch.state,
    ...(branch.state !== 'ready' ? { pending_state: 'ready' } : {}),
    state_changed_at: time(branch.stateChangedAt),
    logical_size: 30 * 1024 * 1024,
    creation_source: 'console',
    primary: branch.isDefault,
    default: branch.isDefault,
    protected: branch.protected,
    cpu_used_sec: 0,
    compute_time_seconds: 0,
    active_time_seconds: 0,
    written_data_bytes: 0,
    data_transfer_bytes: 0,
    created_at: time(branch.createdAt),
    updated_at: time(branch.updatedAt),
    ...(branch.expiresAt ? { expires_at: time(branch.expiresAt) } : {}),
    ...(branch.ttlIntervalSeconds !== undefined ? { ttl_interval_seconds: branch.ttlIntervalSeconds } : {}),
    ...(branch.lastResetAt ? { last_reset_at: time(branch.lastResetAt) } : {}),
    init_source: branch.initSource,
    created_by: { name: 'local-neon', image: '' },
  }
}

/** The branch's annotation (`annotation_value` at create); an empty value when it was given none. */
export function annotationView(branch: BranchRecord) {
  const annotation = branch.annotation
  return {
    object: { type: 'console/branch', id: branch.id },
    value: annotation?.value ?? {},
    ...(annotation ? { created_at: time(annotation.createdAt), updated_at: time(annotation.updatedAt) } : {}),
  }
}

export function endpointView(project: LocalProject, endpoint: EndpointRecord) {
  const branch = project.branches.get(endpoint.branchId)
  const pending = endpoint.pendingState ?? (endpoint.state === 'init' ? 'active' : undefined)
  return {
    host: branch ? hostOf(branch) : '',
    id: endpoint.id,
    project_id: project.id,
    branch_id: endpoint.branchId,
    autoscaling_limit_min_cu: endpoint.minCu,
    autoscaling_limit_max_cu: endpoint.maxCu,
    region_id: REGION,
    type: endpoint.type,
    current_state: endpoint.state,
    ...(pending ? { pending_state: pending } : {}),
    settings: { pg_settings: {} },
    pooler_enabled: true,
    pooler_mode: 'transaction',
    disabled: false,
    passwordless_access: true,
    ...(endpoint.lastActive ? { last_active: time(endpoint.lastActive) } : {}),
    ...(endpoint.startedAt ? { started_at: time(endpoint.startedAt) } : {}),
    ...(endpoint.suspendedAt ? { suspended_at: time(endpoint.suspendedAt) } : {}),
    creation_source: 'console',
    created_at: time(endpoint.createdAt),
    updated_at: time(endpoint.updatedAt),
    proxy_host: '127.0.0.1',
    suspend_timeout_seconds: endpoint.suspendTimeoutSeconds,
    provisioner: 'k8s-neonvm',
  }
}

export function roleView(branch: BranchRecord, role: RoleRecord) {
  return {
    branch_id: branch.id,
    name: role.name,
    protected: false,
    authentication_method: 'password',
    created_at: time(role.createdAt),
    updated_at: time(role.updatedAt),
  }
}

export function databaseView(branch: BranchRecord, database: DatabaseRecord) {
  return {
    id: database.id,
    branch_id: branch.id,
    name: database.name,
    owner_name: database.ownerName,
    created_at: time(database.createdAt),
    updated_at: time(database.updatedAt),
  }
}

export function operationView(project: LocalProject, operation: OperationRecord) {
  const finished = operation.status === 'finished' || operation.status === 'failed'
  return {
    id: operation.id,
    project_id: project.id,
    branch_id: operation.branchId,
    ...(operation.endpointId ? { endpoint_id: operation.endpointId } : {}),
    action: operation.action,
    status: operation.status,
    ...(operation.error ? { error: operation.error } : {}),
    failures_count: operation.failuresCount,
    created_at: time(operation.createdAt),
    updated_at: time(operation.updatedAt),
    total_duration_ms: finished ? operation.updatedAt.getTime() - operation.createdAt.getTime() : 0,
  }
}

export const operationViews = (project: LocalProject, operations: OperationRecord[]) =>
  operations.map((o) => operationView(project, o))

export function connectionUri(host: string, role: RoleRecord, database: DatabaseRecord): string {
  return `postgresql://${encodeURIComponent(role.name)}:${encodeURIComponent(role.password)}@${host}/${encodeURIComponent(database.name)}?sslmode=require&channel_binding=require`
}

export function connectionDetails(branch: BranchRecord, role: RoleRecord, database: DatabaseRecord) {
  return {
    connection_uri: connectionUri(hostOf(branch), role, database),
    connection_parameters: {
      database: database.name,
      password: role.password,
      role: role.name,
      host: hostOf(branch),
      pooler_host: poolerHostOf(branch),
    },
  }
}

function projectCommon(project: LocalProject) {
  const created = time(project.createdAt)
  return {
    id: project.id,
    platform_id: 'aws',
    region_id: REGION,
    name: project.id,
    provisioner: 'k8s-neonvm',
    default_endpoint_settings: {
      autoscaling_limit_min_cu: 0.25,
      autoscaling_limit_max_cu: 0.25,
      suspend_timeout_seconds: 0,
    },
    settings: { allowed_ips: { ips: [], protected_branches_only: false }, enable_logical_replication: false },
    pg_version: 15,
    proxy_host: '127.0.0.1',
    branch_logical_size_limit: 0,
    branch_logical_size_limit_bytes: 0,
    store_passwords: true,
    cpu_used_sec: 0,
    creation_source: 'console',
    history_retention_seconds: project.historyRetentionSeconds,
    created_at: created,
    updated_at: created,
    owner_id: 'local-neon',
    org_id: 'org-local-neon',
  }
}

/** `GET /projects/{id}`: the full Project. */
export function projectView(project: LocalProject) {
  const monthStart = new Date(project.createdAt)
  monthStart.setUTCDate(1)
  monthStart.setUTCHours(0, 0, 0, 0)
  const monthEnd = new Date(monthStart)
  monthEnd.setUTCMonth(monthEnd.getUTCMonth() + 1)
  return {
    ...projectCommon(project),
    consumption_period_start: time(monthStart),
    consumption_period_end: time(monthEnd),
    active_time_seconds: 0,
    compute_time_seconds: 0,
    written_data_bytes: 0,
    data_transfer_bytes: 0,
    data_storage_bytes_hour: 0,
  }
}

/** `GET /projects` and `/projects/shared`: a ProjectListItem. */
export function projectListItemView(project: LocalProject) {
  return { ...projectCommon(project), active_time: 0 }
}
