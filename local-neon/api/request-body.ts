// Parsing and validating Neon API request bodies and query parameters (422 for bodies that break the schema).
import { badRequest, invalidBody } from '../api-error.js'
import type { PointInTime } from '../history.js'
import { checkExpiryDate } from '../policy.js'
import type { CreateBranchInput } from '../project.js'

const LSN = /^[0-9a-fA-F]{1,8}\/[0-9a-fA-F]{1,8}$/
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

type Json = Record<string, unknown>

function object(value: unknown, what: string): Json {
  if (value === undefined || value === null) return {}
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidBody(`${what} must be an object`)
  return value as Json
}

function optionalString(body: Json, key: string, what: string): string | undefined {
  const value = body[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw invalidBody(`${what}.${key} must be a string`)
  return value
}

function optionalBoolean(body: Json, key: string, what: string): boolean | undefined {
  const value = body[key]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'boolean') throw invalidBody(`${what}.${key} must be a boolean`)
  return value
}

function timestamp(value: string, what: string): Date {
  const date = new Date(value)
  if (!RFC3339.test(value) || Number.isNaN(date.getTime())) throw invalidBody(`${what} must be an RFC 3339 timestamp`)
  return date
}

/** Neon: RFC 3339 with a zone, in the future, at most 30 days ahead. */
export function expiry(value: string, what: string, now = new Date()): Date {
  return checkExpiryDate(timestamp(value, what), what, now)
}

/** `lsn` / `timestamp` (exactly one or none), as the create, restore and schema routes take them. */
function pointInTime(lsn: string | undefined, at: string | undefined, what: [string, string]): PointInTime | undefined {
  if (lsn !== undefined && at !== undefined) throw badRequest(`${what[0]} and ${what[1]} cannot be used together`)
  if (lsn !== undefined) {
    if (!LSN.test(lsn)) throw invalidBody(`${what[0]} must look like 0/16B3748`)
    return { lsn: lsn.toUpperCase() }
  }
  if (at !== undefined) {
    const date = timestamp(at, what[1])
    if (date.getTime() > Date.now()) throw badRequest(`${what[1]}: timestamp can not be in the future`)
    return { timestamp: date }
  }
  return undefined
}

/** The schema route's query: `db_name` (required), `lsn` or `timestamp`, `format` (`sql`, the only one served). */
export function parseSchemaQuery(query: URLSearchParams): { database: string; point?: PointInTime } {
  const database = query.get('db_name')
  if (!database) throw badRequest('db_name is required')
  const format = query.get('format') ?? 'sql'
  if (format !== 'sql') throw badRequest('format must be sql (json is not served by the local server)')
  return {
    database,
    point: pointInTime(query.get('lsn') ?? undefined, query.get('timestamp') ?? undefined, ['lsn', 'timestamp']),
  }
}

function branchName(value: string | undefined, what: string): string | undefined {
  if (value !== undefined && (value.length < 1 || value.length > 256))
    throw invalidBody(`${what} must be 1 to 256 characters long`)
  return value
}

export function parseCreateBranch(raw: unknown): CreateBranchInput {
  const body = object(raw, 'request body')
  const branch = object(body.branch, 'branch')
  const name = branchName(optionalString(branch, 'name', 'branch'), 'branch.name')
  const parentId = optionalString(branch, 'parent_id', 'branch') || undefined
  const point = pointInTime(
    optionalString(branch, 'parent_lsn', 'branch'),
    optionalString(branch, 'parent_timestamp', 'branch'),
    ['branch.parent_lsn', 'branch.parent_timestamp'],
  )
  const initSource = optionalString(branch, 'init_source', 'branch')
  if (initSource !== undefined && initSource !== 'schema-only' && initSource !== 'parent-data') {
    throw invalidBody('branch.init_source must be "schema-only" or "parent-data"')
  }
  const expiresAtText = optionalString(branch, 'expires_at', 'branch')
  const endpointsRaw = body.endpoints ?? []
  if (!Array.isArray(endpointsRaw)) throw invalidBody('endpoints must be an array')
  const endpoints = endpointsRaw.map((item, index) => {
    const endpoint = object(item, `endpoints[${index}]`)
    const type = endpoint.type
    if (type !== 'read_write' && type !== 'read_only')
      throw invalidBody(`endpoints[${index}].type must be "read_write" or "read_only"`)
    const suspend = endpoint.suspend_timeout_seconds
    if (
      suspend !== undefined &&
      (!Number.isInteger(suspend) || (suspend as number) < -1 || (suspend as number) > 604800)
    ) {
      throw invalidBody(`endpoints[${index}].suspend_timeout_seconds must be an integer from -1 to 604800`)
    }
    const cu = (key: string) => {
      const value = endpoint[key]
      if (value === undefined) return undefined
      if (typeof value !== 'number' || value < 0.25)
        throw invalidBody(`endpoints[${index}].${key} must be a number >= 0.25`)
      return value
    }
    return {
      type,
      suspendTimeoutSeconds: suspend as number | undefined,
      minCu: cu('autoscaling_limit_min_cu'),
      maxCu: cu('autoscaling_limit_max_cu'),
    } as const
  })
  return {
    name,
    parentId,
    point,
    protected: optionalBoolean(branch, 'protected', 'branch'),
    expiresAt: expiresAtText === undefined ? undefined : expiry(expiresAtText, 'branch.expires_at'),
    schemaOnly: initSource === 'schema-only',
    endpoints,
    annotation: annotationValue(body.annotation_value),
  }
}

function annotationValue(raw: unknown): Record<string, string> | undefined {
  if (raw === undefined || raw === null) return undefined
  const value = object(raw, 'annotation_value')
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') throw invalidBody(`annotation_value.${key} must be a string`)
  }
  return value as Record<string, string>
}

export function parseUpdateBranch(raw: unknown): { name?: string; protected?: boolean; expiresAt?: Date | null } {
  const body = object(raw, 'request body')
  if (body.branch === undefined) throw invalidBody('branch is required')
  const branch = object(body.branch, 'branch')
  const expires = branch.expires_at
  let expiresAt: Date | null | undefined
  if (expires === null) expiresAt = null
  else if (expires !== undefined) {
    if (typeof expires !== 'string') throw invalidBody('branch.expires_at must be a string or null')
    expiresAt = expiry(expires, 'branch.expires_at')
  }
  return {
    name: branchName(optionalString(branch, 'name', 'branch'), 'branch.name'),
    protected: optionalBoolean(branch, 'protected', 'branch'),
    expiresAt,
  }
}

export function parseRestore(raw: unknown): {
  sourceBranchId: string
  preserveUnderName?: string
  point?: PointInTime
} {
  const body = object(raw, 'request body')
  const sourceBranchId = optionalString(body, 'source_branch_id', 'request body')
  if (!sourceBranchId) throw invalidBody('source_branch_id is required')
  return {
    sourceBranchId,
    preserveUnderName: optionalString(body, 'preserve_under_name', 'request body') || undefined,
    point: pointInTime(
      optionalString(body, 'source_lsn', 'request body'),
      optionalString(body, 'source_timestamp', 'request body'),
      ['source_lsn', 'source_timestamp'],
    ),
  }
}

export function parseCreateEndpoint(raw: unknown): {
  branchId: string
  type: 'read_write' | 'read_only'
  suspendTimeoutSeconds?: number
} {
  const endpoint = object(object(raw, 'request body').endpoint, 'endpoint')
  const branchId = optionalString(endpoint, 'branch_id', 'endpoint')
  if (!branchId) throw invalidBody('endpoint.branch_id is required')
  if (endpoint.type !== 'read_write' && endpoint.type !== 'read_only')
    throw invalidBody('endpoint.type must be "read_write" or "read_only"')
  const suspend = endpoint.suspend_timeout_seconds
  if (suspend !== undefined && !Number.isInteger(suspend))
    throw invalidBody('endpoint.suspend_timeout_seconds must be an integer')
  return { branchId, type: endpoint.type, suspendTimeoutSeconds: suspend as number | undefined }
}

const PG_NAME = /^[^\0]{1,63}$/

export function parseCreateRole(raw: unknown): string {
  const role = object(object(raw, 'request body').role, 'role')
  const name = optionalString(role, 'name', 'role')
  if (!name || !PG_NAME.test(name)) throw invalidBody('role.name is required (at most 63 bytes)')
  return name
}

export function parseCreateDatabase(raw: unknown): { name: string; ownerName: string } {
  const database = object(object(raw, 'request body').database, 'database')
  const name = optionalString(database, 'name', 'database')
  const ownerName = optionalString(database, 'owner_name', 'database')
  if (!name || !PG_NAME.test(name)) throw invalidBody('database.name is required (at most 63 bytes)')
  if (!ownerName) throw invalidBody('database.owner_name is required')
  return { name, ownerName }
}
