// Neon API v2 JSON shapes of the project's records.
import type {
  BranchRecord,
  DatabaseRecord,
  EndpointRecord,
  LocalProject,
  OperationRecord,
  RoleRecord,
} from './project.js'

/** Neon prints times with second precision: 2022-11-30T20:09:48Z. */
export const time = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

export const hostOf = (branch: BranchRecord) => `127.0.0.1:${branch.port}`

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

export function endpointView(project: LocalProject, endpoint: EndpointRecord) {
  const branch = project.branches.get(endpoint.branchId)
  return {
    host: branch ? hostOf(branch) : '',
    id: endpoint.id,
    project_id: project.id,
    branch_id: endpoint.branchId,
    autoscaling_limit_min_cu: endpoint.minCu,
    autoscaling_limit_max_cu: endpoint.maxCu,
    region_id: 'aws-us-east-2',
    type: endpoint.type,
    current_state: endpoint.state,
    ...(endpoint.state === 'init' ? { pending_state: 'active' } : {}),
    settings: { pg_settings: {} },
    pooler_enabled: false,
    pooler_mode: 'transaction',
    disabled: false,
    passwordless_access: true,
    ...(endpoint.startedAt ? { last_active: time(endpoint.startedAt), started_at: time(endpoint.startedAt) } : {}),
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
  const finished = operation.status !== 'running'
  return {
    id: operation.id,
    project_id: project.id,
    branch_id: operation.branchId,
    ...(operation.endpointId ? { endpoint_id: operation.endpointId } : {}),
    action: operation.action,
    status: operation.status,
    ...(operation.error ? { error: operation.error } : {}),
    failures_count: operation.status === 'failed' ? 1 : 0,
    created_at: time(operation.createdAt),
    updated_at: time(operation.updatedAt),
    total_duration_ms: finished ? operation.updatedAt.getTime() - operation.createdAt.getTime() : 0,
  }
}

export function connectionUri(branch: BranchRecord, role: RoleRecord, database: DatabaseRecord): string {
  return `postgresql://${encodeURIComponent(role.name)}:${encodeURIComponent(role.password)}@${hostOf(branch)}/${encodeURIComponent(database.name)}?sslmode=require&channel_binding=require`
}

export function connectionDetails(branch: BranchRecord, role: RoleRecord, database: DatabaseRecord) {
  return {
    connection_uri: connectionUri(branch, role, database),
    connection_parameters: {
      database: database.name,
      password: role.password,
      role: role.name,
      host: hostOf(branch),
      pooler_host: hostOf(branch),
    },
  }
}

export function projectView(project: LocalProject) {
  const created = time(project.createdAt)
  return {
    id: project.id,
    platform_id: 'aws',
    region_id: 'aws-us-east-2',
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
    active_time: 0,
    cpu_used_sec: 0,
    creation_source: 'console',
    history_retention_seconds: 0,
    created_at: created,
    updated_at: created,
    owner_id: 'local-neon',
    org_id: 'org-local-neon',
  }
}
