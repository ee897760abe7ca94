// The HTTP front: Neon API v2 routes (with or without the /api/v2 prefix, Bearer key), and the /__local test aids.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ApiError, badRequest, faultMessage, notFound } from './api-error.js'
import { newRequestId } from './ids.js'
import type { BranchRecord, LocalProject } from './project.js'
import {
  parseCreateBranch,
  parseCreateDatabase,
  parseCreateEndpoint,
  parseCreateRole,
  parseRestore,
  parseUpdateBranch,
} from './request-body.js'
import type { TestAids } from './test-aids.js'
import {
  branchView,
  connectionDetails,
  connectionUri,
  databaseView,
  endpointView,
  operationView,
  projectView,
  roleView,
  time,
} from './views.js'

interface Reply {
  status: number
  body?: unknown
}

interface Annotation {
  value: Record<string, string>
  createdAt: Date
  updatedAt: Date
}

const SORT_KEYS = ['name', 'created_at', 'updated_at'] as const

export class NeonApi {
  private readonly annotations = new Map<string, Annotation>()

  constructor(
    private readonly project: LocalProject,
    private readonly aids: TestAids,
    private readonly apiKey: string,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local')
    const method = (req.method ?? 'GET').toUpperCase()
    if (url.pathname.startsWith('/__local/')) return this.handleAid(method, url.pathname, req, res)

    const path = url.pathname.replace(/^\/api\/v2(?=\/|$)/, '').replace(/\/+$/, '') || '/'
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? newRequestId()
    let reply: Reply
    const headers: Record<string, string> = { 'x-neon-ret-request-id': requestId }
    try {
      const body = await readBody(req)
      await delay(this.aids.latencyMs / 2)
      const fault = this.aids.takeFault(method, path)
      if (fault !== undefined) {
        if (fault === 429) headers['retry-after'] = '1'
        throw new ApiError(fault, faultMessage(fault))
      }
      if (req.headers.authorization !== `Bearer ${this.apiKey}`) throw new ApiError(401, 'authentication required')
      if (this.aids.locking && method !== 'GET' && this.project.hasRunningOperations())
        throw new ApiError(423, faultMessage(423))
      reply = await this.route(method, path, url.searchParams, body)
    } catch (error) {
      if (error instanceof ApiError) {
        reply = { status: error.status, body: { code: error.code, message: error.message, request_id: requestId } }
      } else {
        reply = {
          status: 500,
          body: { code: '', message: `internal error: ${(error as Error).message}`, request_id: requestId },
        }
      }
    }
    this.aids.requests.push({ method, path, status: reply.status })
    await delay(this.aids.latencyMs / 2)
    send(res, reply, headers)
  }

  private async handleAid(method: string, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const body = await readBody(req)
      const route = `${method} ${path.replace(/\/+$/, '')}`
      switch (route) {
        case 'GET /__local/requests':
          return send(res, { status: 200, body: this.aids.requests })
        case 'DELETE /__local/requests':
          this.aids.requests = []
          return send(res, { status: 204 })
        case 'GET /__local/faults':
          return send(res, { status: 200, body: { faults: this.aids.faults, random: this.aids.random ?? null } })
        case 'POST /__local/faults':
          this.aids.addFaults(body)
          return send(res, { status: 200, body: { faults: this.aids.faults, random: this.aids.random ?? null } })
        case 'DELETE /__local/faults':
          this.aids.clearFaults()
          return send(res, { status: 204 })
        case 'POST /__local/latency':
          this.aids.setLatency(body)
          return send(res, { status: 200, body: { ms: this.aids.latencyMs } })
        case 'POST /__local/locking':
          this.aids.setLocking(body)
          return send(res, { status: 200, body: { enabled: this.aids.locking } })
        case 'GET /__local/idle':
          await this.project.idle()
          return send(res, { status: 204 })
        case 'POST /__local/slow-start':
          this.aids.setSlowStart(body)
          return send(res, { status: 200, body: { ms: this.aids.slowStartMs } })
        default:
          throw notFound(`no test aid ${route}`)
      }
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 500
      send(res, { status, body: { code: '', message: (error as Error).message } })
    }
  }

  private async route(method: string, path: string, query: URLSearchParams, body: unknown): Promise<Reply> {
    const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
    if (parts[0] !== 'projects') throw notFound(`no route for ${method} ${path}`)
    if (parts.length === 1 && method === 'GET') return ok({ projects: [projectView(this.project)], pagination: {} })
    if (parts[1] !== this.project.id) throw notFound('project not found')
    const project = this.project
    const rest = parts.slice(2)
    const key = `${method} ${rest.map((p, i) => (i % 2 === 1 ? ':' : p)).join('/')}`

    switch (key) {
      case 'GET ':
        return ok({ project: projectView(project) })
      case 'GET branches':
        return ok(this.listBranches(query))
      case 'POST branches':
        return this.createBranch(body)
      case 'GET connection_uri':
        return ok({ uri: this.connectionUri(query) })
      case 'GET endpoints':
        return ok({ endpoints: [...project.endpoints.values()].map((e) => endpointView(project, e)) })
      case 'POST endpoints': {
        const input = parseCreateEndpoint(body)
        const branch = project.branch(input.branchId)
        const { endpoint, operations } = project.addEndpoint(branch, input)
        return {
          status: 201,
          body: {
            endpoint: endpointView(project, endpoint),
            operations: operations.map((o) => operationView(project, o)),
          },
        }
      }
      case 'GET endpoints/:': {
        const endpoint = project.endpoints.get(rest[1])
        if (!endpoint) throw notFound(`endpoint ${rest[1]} not found`)
        return ok({ endpoint: endpointView(project, endpoint) })
      }
      case 'GET operations':
        return ok({
          operations: [...project.operations.values()].reverse().map((o) => operationView(project, o)),
          pagination: {},
        })
      case 'GET operations/:':
        return ok({ operation: operationView(project, project.operation(rest[1])) })
    }

    if (rest[0] !== 'branches' || rest.length < 2) throw notFound(`no route for ${method} ${path}`)
    if (method === 'DELETE' && rest.length === 2 && project.deletedBranchIds.has(rest[1])) return { status: 204 }
    const branch = project.branch(rest[1])
    switch (key) {
      case 'GET branches/:':
        return ok({ branch: branchView(project, branch), ...this.annotationOf(branch) })
      case 'PATCH branches/:': {
        const change = parseUpdateBranch(body)
        project.updateBranch(branch, change)
        return ok({ branch: branchView(project, branch), operations: [] })
      }
      case 'DELETE branches/:': {
        const { operations } = project.deleteBranch(branch)
        this.annotations.delete(branch.id)
        return ok({ branch: branchView(project, branch), operations: operations.map((o) => operationView(project, o)) })
      }
      case 'POST branches/:/restore': {
        const input = parseRestore(body)
        const source = project.branches.get(input.sourceBranchId)
        if (!source) throw notFound(`branch ${input.sourceBranchId} not found`)
        if (input.pointInTime && source.id === branch.id) {
          throw badRequest('restoring a branch from its own history is not supported by the local server')
        }
        const { operations } = project.restoreBranch(branch, source, input.preserveUnderName)
        return ok({ branch: branchView(project, branch), operations: operations.map((o) => operationView(project, o)) })
      }
      case 'GET branches/:/endpoints':
        return ok({ endpoints: project.endpointsOf(branch.id).map((e) => endpointView(project, e)) })
      case 'GET branches/:/roles':
        return ok({ roles: branch.roles.map((r) => roleView(branch, r)) })
      case 'POST branches/:/roles': {
        const { role, operations } = await project.createRole(branch, parseCreateRole(body))
        return {
          status: 201,
          body: {
            role: { ...roleView(branch, role), password: role.password },
            operations: operations.map((o) => operationView(project, o)),
          },
        }
      }
      case 'DELETE branches/:/roles/:': {
        const { role, operations } = await project.deleteRole(branch, project.role(branch, rest[3]))
        return ok({ role: roleView(branch, role), operations: operations.map((o) => operationView(project, o)) })
      }
      case 'POST branches/:/roles/:/reset_password': {
        const { role, operations } = await project.resetRolePassword(branch, project.role(branch, rest[3]))
        return ok({
          role: { ...roleView(branch, role), password: role.password },
          operations: operations.map((o) => operationView(project, o)),
        })
      }
      case 'POST branches/:/databases': {
        const input = parseCreateDatabase(body)
        const { database, operations } = await project.createDatabase(branch, input.name, input.ownerName)
        return {
          status: 201,
          body: {
            database: databaseView(branch, database),
            operations: operations.map((o) => operationView(project, o)),
          },
        }
      }
      case 'DELETE branches/:/databases/:': {
        const { database, operations } = await project.deleteDatabase(branch, project.database(branch, rest[3]))
        return ok({
          database: databaseView(branch, database),
          operations: operations.map((o) => operationView(project, o)),
        })
      }
      case 'POST branches/:/set_as_default': {
        const { operations } = project.setDefault(branch)
        return ok({ branch: branchView(project, branch), operations })
      }
      case 'GET branches/:/roles/:':
        return ok({ role: roleView(branch, project.role(branch, rest[3])) })
      case 'GET branches/:/roles/:/reveal_password':
        return ok({ password: project.role(branch, rest[3]).password })
      case 'GET branches/:/databases':
        return ok({ databases: branch.databases.map((d) => databaseView(branch, d)) })
      case 'GET branches/:/databases/:':
        return ok({ database: databaseView(branch, project.database(branch, rest[3])) })
      case 'GET branches/:/operations':
        return ok({
          operations: [...project.operations.values()]
            .filter((o) => o.branchId === branch.id)
            .reverse()
            .map((o) => operationView(project, o)),
        })
    }
    throw notFound(`no route for ${method} ${path}`)
  }

  private async createBranch(body: unknown): Promise<Reply> {
    const input = parseCreateBranch(body)
    const project = this.project
    const { branch, endpoints, operations } = await project.createBranch(input)
    if (input.annotation)
      this.annotations.set(branch.id, {
        value: input.annotation,
        createdAt: branch.createdAt,
        updatedAt: branch.createdAt,
      })
    const single = branch.roles.length === 1 && branch.databases.length === 1
    return {
      status: 201,
      body: {
        branch: branchView(project, branch),
        endpoints: endpoints.map((e) => endpointView(project, e)),
        operations: operations.map((o) => operationView(project, o)),
        roles: branch.roles.map((r) => roleView(branch, r)),
        databases: branch.databases.map((d) => databaseView(branch, d)),
        ...(single && endpoints.length > 0
          ? { connection_uris: [connectionDetails(branch, branch.roles[0], branch.databases[0])] }
          : {}),
      },
    }
  }

  private listBranches(query: URLSearchParams) {
    const project = this.project
    const sortBy = query.get('sort_by') ?? 'updated_at'
    if (!(SORT_KEYS as readonly string[]).includes(sortBy))
      throw badRequest('sort_by must be one of name, created_at, updated_at')
    const sortOrder = query.get('sort_order') ?? 'desc'
    if (sortOrder !== 'asc' && sortOrder !== 'desc') throw badRequest('sort_order must be asc or desc')
    const limitText = query.get('limit')
    const limit = limitText === null ? 10000 : Number(limitText)
    if (!Number.isInteger(limit) || limit < 1 || limit > 10000)
      throw badRequest('limit must be an integer from 1 to 10000')
    const search = query.get('search')?.toLowerCase()

    const sortValue = (b: BranchRecord) =>
      sortBy === 'name' ? b.name : sortBy === 'created_at' ? time(b.createdAt) : time(b.updatedAt)
    const direction = sortOrder === 'asc' ? 1 : -1
    const compare = (a: [string, string], b: [string, string]) =>
      direction * (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0)
    let rows = [...project.branches.values()]
      .filter((b) => !search || b.name.toLowerCase().includes(search) || b.id.includes(search))
      .map((b) => ({ branch: b, key: [sortValue(b), b.id] as [string, string] }))
      .sort((a, b) => compare(a.key, b.key))
    const cursor = query.get('cursor')
    if (cursor) {
      const after = decodeCursor(cursor)
      rows = rows.filter((r) => compare(r.key, after) > 0)
    }
    const page = rows.slice(0, limit)
    const more = rows.length > limit
    const annotations: Record<string, unknown> = {}
    for (const { branch } of page) {
      const annotation = this.annotationOf(branch).annotation
      if (annotation) annotations[branch.id] = annotation
    }
    return {
      branches: page.map((r) => branchView(project, r.branch)),
      annotations,
      pagination: {
        ...(more ? { next: encodeCursor(page[page.length - 1].key) } : {}),
        sort_by: sortBy,
        sort_order: sortOrder,
      },
    }
  }

  private annotationOf(branch: BranchRecord) {
    const annotation = this.annotations.get(branch.id)
    if (!annotation) return {}
    return {
      annotation: {
        object: { type: 'console/branch', id: branch.id },
        value: annotation.value,
        created_at: time(annotation.createdAt),
        updated_at: time(annotation.updatedAt),
      },
    }
  }

  private connectionUri(query: URLSearchParams): string {
    const project = this.project
    const databaseName = query.get('database_name')
    const roleName = query.get('role_name')
    if (!databaseName) throw badRequest('database_name is required')
    if (!roleName) throw badRequest('role_name is required')
    const branchId = query.get('branch_id')
    const endpointId = query.get('endpoint_id')
    let branch = branchId ? project.branch(branchId) : project.defaultBranch()
    if (endpointId) {
      const endpoint = project.endpoints.get(endpointId)
      if (!endpoint) throw notFound(`endpoint ${endpointId} not found`)
      branch = project.branch(endpoint.branchId)
    } else if (!project.endpointsOf(branch.id).some((e) => e.type === 'read_write')) {
      throw notFound(`branch ${branch.id} has no read_write endpoint`)
    }
    return connectionUri(branch, project.role(branch, roleName), project.database(branch, databaseName))
  }
}

const ok = (body: unknown): Reply => ({ status: 200, body })

function encodeCursor(key: [string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url')
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(key) && key.length === 2 && key.every((k) => typeof k === 'string'))
      return key as [string, string]
  } catch {
    // fall through
  }
  throw badRequest('invalid cursor')
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8').trim()
  if (!text) return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw badRequest('request body is not valid JSON')
  }
}

/** Added latency is split like a network round trip's: half before the request is handled, half before the reply. */
function delay(ms: number): Promise<void> | undefined {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined
}

function send(res: ServerResponse, reply: Reply, headers: Record<string, string> = {}): void {
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers).end()
    return
  }
  const text = JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  })
  res.end(text)
}
