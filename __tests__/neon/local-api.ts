// The local Neon server's API read and changed directly (not through the action), retrying the faults tests inject:
// to set a project up and to check what the action left behind.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'

export interface ApiTarget {
  apiHost: string // .../api/v2
  apiKey: string
  projectId: string
  caFile: string
}

export interface ApiBranch {
  id: string
  name: string
  default: boolean
  protected?: boolean
  created_at: string
  parent_id?: string
}

const TRANSIENT = new Set([423, 429, 500, 502, 503, 504])

export async function apiRequest<T>(target: ApiTarget, method: string, path: string, body?: unknown): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const { status, text } = await send(target, method, path, body)
    if (status >= 200 && status < 300) return (text ? JSON.parse(text) : {}) as T
    if (!TRANSIENT.has(status) || attempt >= 20) throw new Error(`${method} ${path}: ${status} ${text}`)
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
  }
}

/** Every branch of the project, following pagination. */
export async function listAllBranches(target: ApiTarget): Promise<ApiBranch[]> {
  const branches: ApiBranch[] = []
  let cursor: string | undefined
  do {
    const query = cursor ? `?limit=100&cursor=${encodeURIComponent(cursor)}` : '?limit=100'
    const page = await apiRequest<{ branches: ApiBranch[]; pagination?: { next?: string } }>(
      target,
      'GET',
      `/projects/${target.projectId}/branches${query}`,
    )
    branches.push(...page.branches)
    cursor = page.pagination?.next && page.branches.length > 0 ? page.pagination.next : undefined
  } while (cursor)
  return branches
}

function send(
  target: ApiTarget,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; text: string }> {
  const url = new URL(target.apiHost.replace(/\/+$/, '') + path)
  const payload = body === undefined ? undefined : JSON.stringify(body)
  const options = {
    method,
    headers: {
      authorization: `Bearer ${target.apiKey}`,
      accept: 'application/json',
      ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
    },
  }
  return new Promise((resolve, reject) => {
    const done = (res: http.IncomingMessage) => {
      let text = ''
      res
        .setEncoding('utf8')
        .on('data', (c: string) => (text += c))
        .on('end', () => resolve({ status: res.statusCode ?? 0, text }))
    }
    const req =
      url.protocol === 'https:'
        ? https.request(url, { ...options, ca: readFileSync(target.caFile) }, done)
        : http.request(url, options, done)
    req.on('error', reject)
    if (payload) req.write(payload)
    req.end()
  })
}

/** Every branch name of the project. */
export async function branchNames(target: ApiTarget): Promise<string[]> {
  return (await listAllBranches(target)).map((b) => b.name)
}
