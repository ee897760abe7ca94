// The HTTP front: Neon API v2 routes (with or without the /api/v2 prefix, Bearer key), the project lock (423 for
// changes while an operation runs), and the /__local test aids.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ApiError, badRequest, faultMessage, notFound } from '../api-error.js'
import { newRequestId } from '../ids.js'
import type { LocalProject } from '../project.js'
import type { TestAids } from '../test-aids.js'
import { branchRoutes } from './routes-branches.js'
import { endpointRoutes } from './routes-endpoints.js'
import { operationRoutes } from './routes-operations.js'
import { projectRoutes } from './routes-projects.js'
import { roleAndDatabaseRoutes } from './routes-roles-databases.js'
import { Router, type Reply } from './router.js'

/** One API answer, for observers such as the OpenAPI conformance check in the tests. */
export interface Exchange {
  method: string
  /** The request path without /api/v2 and without the query. */
  path: string
  /** The route's OpenAPI path, when a route matched. */
  route?: string
  status: number
  body: unknown
}

const router = new Router([
  ...projectRoutes,
  ...branchRoutes,
  ...endpointRoutes,
  ...roleAndDatabaseRoutes,
  ...operationRoutes,
])

export class NeonApi {
  constructor(
    private readonly project: LocalProject,
    private readonly aids: TestAids,
    private readonly apiKey: string,
    private readonly observe: (exchange: Exchange) => void = () => undefined,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local')
    const method = (req.method ?? 'GET').toUpperCase()
    if (url.pathname.startsWith('/__local/')) return this.handleAid(method, url.pathname, req, res)

    const path = url.pathname.replace(/^\/api\/v2(?=\/|$)/, '').replace(/\/+$/, '') || '/'
    const requestId = (req.headers['x-request-id'] as string | undefined) ?? newRequestId()
    let reply: Reply
    let routePath: string | undefined
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
      const matched = router.match(method, path)
      if (!matched) throw notFound(`no route for ${method} ${path}`)
      routePath = matched.route.path
      const projectId = matched.params.project_id
      if (projectId !== undefined && projectId !== this.project.id) throw notFound('project not found')
      if (method !== 'GET') this.project.operations.assertUnlocked()
      reply = await matched.route.handle({
        project: this.project,
        params: matched.params,
        query: url.searchParams,
        body,
      })
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
    this.observe({ method, path, route: routePath, status: reply.status, body: reply.body })
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
        case 'POST /__local/suspend': {
          const endpointId = (body as { endpoint_id?: unknown } | undefined)?.endpoint_id
          if (typeof endpointId !== 'string') throw badRequest('expected {"endpoint_id": "ep-..."}')
          const endpoint = this.project.endpoint(endpointId)
          const { operations } = this.project.suspendEndpoint(endpoint)
          await this.project.idle()
          return send(res, { status: 200, body: { operations: operations.map((o) => o.id) } })
        }
        default:
          throw notFound(`no test aid ${route}`)
      }
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 500
      send(res, { status, body: { code: '', message: (error as Error).message } })
    }
  }
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
