// A small in-memory imitation of the parts of Neon's API that neonctl calls, for the checks of the shipped
// neonctl's edits: precise answers (Retry-After: 7, 423 counts, 204 on delete) without starting PostgreSQL. The
// action's own tests use the local server (local-neon/) and __tests__/neon/rewriting-proxy.ts instead.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeBranch {
  id: string
  name: string
  parent_id?: string
  default: boolean
  protected: boolean
  created_at: string
  current_state: string
}

export type Fault =
  { status: number; body?: unknown; headers?: Record<string, string> } | { drop: true } | { hang: true }

export interface FaultRule {
  method: string
  /** Matched against the path (without /api/v2 and the query). */
  path: RegExp
  fault: Fault
  /** Apply the fault after doing the work (a create that lands but whose answer is lost). */
  afterWork?: boolean
  times: number
}

export interface LoggedRequest {
  method: string
  path: string
  query: string
  userAgent?: string
  status?: number
}

export class FakeNeonApi {
  readonly projectId = 'fake-project-12345678'
  readonly apiKey = 'fake-key-not-secret'
  readonly password = 'npg_fakepassword1'
  branches: FakeBranch[] = []
  /** annotation_value of each create, by branch id (Neon stores it with the branch) */
  annotations = new Map<string, Record<string, string>>()
  requests: LoggedRequest[] = []
  faults: FaultRule[] = []
  pageSize = 100
  /** Whether create answers with connection_uris. */
  connectionUris = true
  /**
   * Requests whose path matches are held until `count` of them are in flight at once (or `releaseMs` passes, so a
   * client that sends them one at a time is not stuck); `maxHeld` says how many were in flight together.
   */
  barrier?: { path: RegExp; count: number; releaseMs: number; held: (() => void)[]; maxHeld: number }
  private server?: http.Server
  private counter = 0
  private readonly sockets = new Set<import('node:net').Socket>()

  constructor() {
    this.branches.push(this.branch('main', { default: true }))
  }

  branch(name: string, extra: Partial<FakeBranch> = {}): FakeBranch {
    this.counter++
    return {
      id: `br-fake-branch-${String(this.counter).padStart(6, '0')}`,
      name,
      default: false,
      protected: false,
      created_at: new Date().toISOString(), // like Neon: when the request made it
      current_state: 'ready',
      ...extra,
    }
  }

  get apiHost(): string {
    const { port } = this.server!.address() as AddressInfo
    return `http://127.0.0.1:${port}/api/v2`
  }

  fault(method: string, path: RegExp, fault: Fault, times = 1, afterWork = false): void {
    this.faults.push({ method, path, fault, times, afterWork })
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res))
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  private takeFault(method: string, path: string, afterWork: boolean): Fault | undefined {
    const rule = this.faults.find(
      (f) => f.method === method && f.path.test(path) && f.times > 0 && !!f.afterWork === afterWork,
    )
    if (!rule) return undefined
    rule.times--
    return rule.fault
  }

  /** Holds requests up to the barrier (see `barrier`). */
  private passBarrier(path: string): Promise<void> {
    const barrier = this.barrier
    if (!barrier || !barrier.path.test(path)) return Promise.resolve()
    return new Promise((resolve) => {
      barrier.held.push(resolve)
      barrier.maxHeld = Math.max(barrier.maxHeld, barrier.held.length)
      const release = () => barrier.held.splice(0).forEach((go) => go())
      if (barrier.held.length >= barrier.count) release()
      else setTimeout(release, barrier.releaseMs)
    })
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let body = ''
    for await (const chunk of req) body += chunk
    const url = new URL(req.url ?? '/', 'http://x')
    const path = url.pathname.replace(/^\/api\/v2/, '')
    const method = req.method ?? 'GET'
    const logged: LoggedRequest = { method, path, query: url.search, userAgent: req.headers['user-agent'] }
    this.requests.push(logged)
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      logged.status = status
      res.writeHead(status, { 'content-type': 'application/json', ...headers })
      res.end(payload === undefined ? undefined : JSON.stringify(payload))
    }
    const applyFault = (fault: Fault | undefined): boolean => {
      if (!fault) return false
      if ('drop' in fault) req.socket.destroy()
      else if ('hang' in fault) return true
      else send(fault.status, fault.body ?? { code: '', message: `fake ${fault.status}` }, fault.headers)
      return true
    }
    if (req.headers.authorization !== `Bearer ${this.apiKey}`) return send(401, { message: 'authentication failed' })
    if (applyFault(this.takeFault(method, path, false))) return
    await this.passBarrier(path)

    const answer = this.route(method, path, url.searchParams, body)
    if (applyFault(this.takeFault(method, path, true))) return
    send(answer.status, answer.body)
  }

  private route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: string,
  ): { status: number; body?: unknown } {
    const project = `/projects/${this.projectId}`
    const find = (id: string) => this.branches.find((b) => b.id === id)
    if (method === 'GET' && path === `${project}/branches`) {
      const search = query.get('search') ?? ''
      const matching = this.branches.filter((b) => b.name.includes(search) || b.id.includes(search))
      const limit = Math.min(Number(query.get('limit') ?? this.pageSize), this.pageSize)
      const start = Number(query.get('cursor') ?? 0)
      const page = matching.slice(start, start + limit)
      const next = start + limit < matching.length ? String(start + limit) : undefined
      const annotations = Object.fromEntries(
        page.filter((b) => this.annotations.has(b.id)).map((b) => [b.id, { value: this.annotations.get(b.id) }]),
      )
      return { status: 200, body: { branches: page, annotations, ...(next ? { pagination: { next } } : {}) } }
    }
    if (method === 'POST' && path === `${project}/branches`) {
      const request = JSON.parse(body) as {
        branch: { name: string; parent_id?: string }
        annotation_value?: Record<string, string>
      }
      if (this.branches.some((b) => b.name === request.branch.name)) {
        return { status: 409, body: { code: '', message: `branch with name "${request.branch.name}" already exists` } }
      }
      // as Neon: no parent_id branches from the default branch
      const parent = request.branch.parent_id ?? this.branches.find((b) => b.default)?.id
      const branch = this.branch(request.branch.name, { parent_id: parent, current_state: 'init' })
      this.branches.push(branch)
      if (request.annotation_value) this.annotations.set(branch.id, request.annotation_value)
      const endpoint = this.endpoint(branch)
      return {
        status: 201,
        body: {
          branch,
          endpoints: [endpoint],
          operations: [],
          roles: [{ name: 'neondb_owner' }],
          databases: [{ name: 'neondb' }],
          ...(this.connectionUris
            ? {
                connection_uris: [
                  {
                    connection_uri: `postgresql://neondb_owner:${this.password}@${endpoint.host}/neondb?sslmode=require`,
                    connection_parameters: {
                      database: 'neondb',
                      password: this.password,
                      role: 'neondb_owner',
                      host: endpoint.host,
                      pooler_host: endpoint.host.replace(endpoint.id, `${endpoint.id}-pooler`),
                    },
                  },
                ],
              }
            : {}),
        },
      }
    }
    if (method === 'GET' && path === `${project}/connection_uri`) {
      const branch = find(query.get('branch_id') ?? '')
      if (!branch) return { status: 404, body: { message: 'branch not found' } }
      if (query.get('role_name') !== 'neondb_owner') return { status: 404, body: { message: 'role not found' } }
      const endpoint = this.endpoint(branch)
      const host = query.get('pooled') === 'true' ? `pooled.${endpoint.host}` : endpoint.host
      return { status: 200, body: { uri: `postgresql://neondb_owner:${this.password}@${host}/neondb?sslmode=require` } }
    }
    const branchPath = new RegExp(`^${project}/branches/([^/]+)(/.*)?$`).exec(path)
    if (!branchPath) return { status: 404, body: { message: 'not found' } }
    const [, id, rest = ''] = branchPath
    const branch = find(id)
    if (method === 'DELETE' && rest === '') {
      if (!branch) return { status: 204 }
      if (branch.default) return { status: 400, body: { message: 'cannot delete the default branch' } }
      this.branches = this.branches.filter((b) => b.id !== id)
      return { status: 200, body: { branch, operations: [] } }
    }
    if (!branch) return { status: 404, body: { message: `branch ${id} not found` } }
    if (method === 'GET' && rest === '') return { status: 200, body: { branch } }
    if (method === 'GET' && rest === '/endpoints') return { status: 200, body: { endpoints: [this.endpoint(branch)] } }
    if (method === 'GET' && rest === '/databases')
      return { status: 200, body: { databases: [{ name: 'neondb', owner_name: 'neondb_owner' }] } }
    if (method === 'GET' && rest === '/roles') return { status: 200, body: { roles: [{ name: 'neondb_owner' }] } }
    if (method === 'GET' && /^\/roles\/[^/]+\/reveal_password$/.test(rest)) {
      if (rest.split('/')[2] !== 'neondb_owner') return { status: 404, body: { message: 'role not found' } }
      return { status: 200, body: { password: this.password } }
    }
    return { status: 404, body: { message: 'not found' } }
  }

  private endpoint(branch: FakeBranch) {
    const id = `ep-${branch.id.slice(3)}`
    return { id, host: `${id}.local.test`, branch_id: branch.id, type: 'read_write', current_state: 'active' }
  }
}
