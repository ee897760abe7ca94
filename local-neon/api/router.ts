// Routes are declared with their OpenAPI path (`/projects/{project_id}/branches/{branch_id}`), so the front can
// match them and the conformance check knows which response schema applies.
import type { LocalProject } from '../project.js'

export interface Reply {
  status: number
  body?: unknown
}

export interface RequestContext {
  project: LocalProject
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
}

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** The path as the OpenAPI description writes it. */
  path: string
  handle(context: RequestContext): Promise<Reply> | Reply
}

export const ok = (body: unknown): Reply => ({ status: 200, body })
export const created = (body: unknown): Reply => ({ status: 201, body })
export const noContent: Reply = { status: 204 }

interface Compiled {
  route: Route
  pattern: RegExp
  names: string[]
}

export class Router {
  private readonly compiled: Compiled[]

  constructor(routes: Route[]) {
    this.compiled = routes.map((route) => {
      const names: string[] = []
      const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
        names.push(name)
        return '([^/]+)'
      })
      return { route, pattern: new RegExp(`^${source}$`), names }
    })
  }

  /** The route for a request, its path parameters, and whether some route has that path with another method. */
  match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const { route, pattern, names } of this.compiled) {
      if (route.method !== method) continue
      const found = pattern.exec(path)
      if (!found) continue
      const params: Record<string, string> = {}
      names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1])))
      return { route, params }
    }
    return undefined
  }
}
