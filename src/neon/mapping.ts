// Neon API JSON (as neonctl prints it with -o json) to the contract's types.
import { NeonError, type Branch, type Connection } from './client.js'

export interface ApiBranch {
  id: string
  name: string
  parent_id?: string
  default?: boolean
  protected?: boolean
  created_at: string
  expires_at?: string
  current_state?: string
  pending_state?: string
}

export interface ApiConnectionUri {
  connection_uri?: string
  connection_parameters?: {
    database?: string
    password?: string
    role?: string
    host?: string
    pooler_host?: string
  }
}

/** `annotation` is the value of the branch's annotation, when the answer had one (listings key them by branch id). */
export function toBranch(api: ApiBranch, annotation?: unknown): Branch {
  const strings = annotationStrings(annotation)
  return {
    id: api.id,
    name: api.name,
    ...(api.parent_id ? { parentId: api.parent_id } : {}),
    default: api.default === true,
    protected: api.protected === true,
    createdAt: api.created_at,
    ...(api.expires_at ? { expiresAt: api.expires_at } : {}),
    ...(api.current_state ? { currentState: api.current_state } : {}),
    ...(api.pending_state ? { pendingState: api.pending_state } : {}),
    ...(strings ? { annotation: strings } : {}),
  }
}

function annotationStrings(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string')
  return Object.fromEntries(entries)
}

export function isApiBranch(value: unknown): value is ApiBranch {
  const v = value as ApiBranch | null
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.name === 'string'
}

/** The connection of `create`'s connection_uris that matches the database and role, if the API sent one. */
export function connectionFromUris(
  uris: ApiConnectionUri[] | undefined,
  database: string,
  role: string,
): Connection | undefined {
  for (const uri of uris ?? []) {
    const p = uri.connection_parameters
    if (!p || p.database !== database || p.role !== role || !p.host || !p.password) continue
    return {
      host: endpointHost(p.host),
      poolerHost: endpointHost(p.pooler_host || poolerHostOf(p.host)),
      role,
      password: p.password,
      database,
    }
  }
  return undefined
}

/** `connection-string --extended -o json` output. */
export interface ExtendedConnectionString {
  host: string
  role: string
  password: string
  database: string
  // our shipped neonctl's additions (connection-string-concurrent)
  endpoint_id?: string
  endpoint_state?: string
  endpoint_pending_state?: string
  /** derived from the endpoint id, or from the API's pooled URI; absent when neither says */
  pooler_host?: string
}

/**
 * The pooled host the way `neonctl connection-string --pooled` derives it: the endpoint id (the first label,
 * `ep-...`) gains `-pooler`. A host that does not start with an endpoint id has no pooler: pooled equals direct.
 */
export function poolerHostOf(host: string): string {
  const match = /^(ep-[a-z0-9]+-[a-z0-9]+-[a-z0-9]+)(\..*|:.*)?$/.exec(host)
  if (!match || match[1].endsWith('-pooler')) return host
  return `${match[1]}-pooler${match[2] ?? ''}`
}

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/

/**
 * A host from Neon's answer, checked before it goes into a URL, a PGHOST or a log line: a host name or IP address
 * with an optional port, nothing else (no user, path, space or line break that would change what the URL means).
 */
export function endpointHost(host: string): string {
  if (host.length <= 261 && HOST.test(host)) return host
  throw new NeonError('unknown', `Neon answered an endpoint host that is not a host name: '${host}'`)
}

export function connectionFromExtended(output: ExtendedConnectionString): Connection {
  const host = endpointHost(output.host)
  return {
    host,
    poolerHost: typeof output.pooler_host === 'string' ? endpointHost(output.pooler_host) : poolerHostOf(host),
    role: output.role,
    password: output.password,
    database: output.database,
  }
}

/** Neon's branch ids: `br-` and three lowercase alphanumeric words. */
export const BRANCH_ID = /^br-[a-z0-9]+-[a-z0-9]+-[a-z0-9]+$/
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/

/**
 * The branch's id and expiry as step outputs: checked first, since a workflow may put an output into a `run:` script
 * (`${{ steps.db.outputs.expires_at }}`), where a hostile answer would become a command.
 */
export function checkedForOutputs(branch: Branch): { id: string; expiresAt: string } {
  if (!BRANCH_ID.test(branch.id))
    throw new NeonError('unknown', `Neon answered a branch id that is not one: '${branch.id}'`)
  const expiresAt = branch.expiresAt ?? ''
  if (expiresAt && !(TIMESTAMP.test(expiresAt) && !Number.isNaN(Date.parse(expiresAt))))
    throw new NeonError('unknown', `Neon answered an expiry that is not a time: '${expiresAt}'`)
  return { id: branch.id, expiresAt }
}

export interface ApiEndpoint {
  type?: string
  current_state?: string
  pending_state?: string
}

/**
 * The compute's state from Neon's endpoint fields: 'active' only when it runs and no change is pending (a compute
 * about to suspend, or still starting, is not counted as accepting connections).
 */
export function computeState(current: unknown, pending: unknown): string | undefined {
  if (typeof current !== 'string') return undefined
  if (pending === undefined || pending === null || pending === current) return current
  return `${current}, ${String(pending)} pending`
}

/** The state of the branch's read-write compute (its first, if none says read_write). */
export function computeStateOfEndpoints(endpoints: unknown): string | undefined {
  if (!Array.isArray(endpoints)) return undefined
  const list = endpoints.filter((e): e is ApiEndpoint => typeof e === 'object' && e !== null)
  const endpoint = list.find((e) => e.type === 'read_write') ?? list[0]
  return endpoint && computeState(endpoint.current_state, endpoint.pending_state)
}
