// Projects (one per server), the shared list neonctl's `projects list` reads, and connection URIs.
import { badRequest, notFound } from '../api-error.js'
import type { LocalProject } from '../project.js'
import { ok, type Route } from './router.js'
import { connectionUri, hostOf, poolerHostOf, projectListItemView, projectView } from './views.js'

/** `limit` 1..400 (default 10) and `cursor` (the last project id of the previous page), as Neon pages projects. */
function projectList(project: LocalProject, query: URLSearchParams, shared: boolean) {
  const limit = Number(query.get('limit') ?? 10)
  if (!Number.isInteger(limit) || limit < 1 || limit > 400) throw badRequest('limit must be an integer from 1 to 400')
  const cursor = query.get('cursor')
  // The server's one project is the caller's own: it is not "shared" with them.
  const projects = shared || (cursor && cursor >= project.id) ? [] : [project]
  const page = projects.slice(0, limit)
  const next = page.at(-1)?.id ?? cursor
  return {
    projects: page.map(projectListItemView),
    ...(next ? { pagination: { cursor: next } } : {}),
    ...(shared ? {} : { applications: {}, integrations: {} }),
  }
}

export const projectRoutes: Route[] = [
  { method: 'GET', path: '/projects', handle: ({ project, query }) => ok(projectList(project, query, false)) },
  { method: 'GET', path: '/projects/shared', handle: ({ project, query }) => ok(projectList(project, query, true)) },
  { method: 'GET', path: '/projects/{project_id}', handle: ({ project }) => ok({ project: projectView(project) }) },
  {
    method: 'GET',
    path: '/projects/{project_id}/connection_uri',
    handle: ({ project, query }) => {
      const databaseName = query.get('database_name')
      const roleName = query.get('role_name')
      if (!databaseName) throw badRequest('database_name is required')
      if (!roleName) throw badRequest('role_name is required')
      const branchId = query.get('branch_id')
      const endpointId = query.get('endpoint_id')
      let branch = branchId ? project.branch(branchId) : project.defaultBranch()
      if (endpointId) {
        branch = project.branch(project.endpoint(endpointId).branchId)
      } else if (!project.endpointsOf(branch.id).some((e) => e.type === 'read_write')) {
        throw notFound(`branch ${branch.id} has no read_write endpoint`)
      }
      const host = query.get('pooled') === 'true' ? poolerHostOf(branch) : hostOf(branch)
      return ok({
        uri: connectionUri(host, project.role(branch, roleName), project.database(branch, databaseName)),
      })
    },
  },
]
