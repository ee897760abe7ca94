// Operations: newest first, paged by `cursor` (the created_at of the last item, as Neon's docs show) and `limit`.
import { badRequest, notFound } from '../api-error.js'
import { ok, type Route } from './router.js'
import { operationView, time } from './views.js'

export const operationRoutes: Route[] = [
  {
    method: 'GET',
    path: '/projects/{project_id}/operations',
    handle: ({ project, query }) => {
      const limit = Number(query.get('limit') ?? 10)
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw badRequest('limit must be an integer from 1 to 1000')
      const cursor = query.get('cursor')
      const all = project.operations.newestFirst()
      let start = 0
      if (cursor) {
        // the cursor names an operation (id:created_at), so operations created in the same second page correctly
        const [id] = cursor.split('@')
        const index = all.findIndex((o) => o.id === id)
        if (index < 0) throw badRequest('invalid cursor')
        start = index + 1
      }
      const page = all.slice(start, start + limit)
      const last = page.at(-1)
      const next = last ? `${last.id}@${time(last.createdAt)}` : cursor
      return ok({
        operations: page.map((o) => operationView(project, o)),
        ...(next ? { pagination: { cursor: next } } : {}),
      })
    },
  },
  {
    method: 'GET',
    path: '/projects/{project_id}/operations/{operation_id}',
    handle: ({ project, params }) => {
      const operation = project.operations.get(params.operation_id)
      if (!operation) throw notFound(`operation ${params.operation_id} not found`)
      return ok({ operation: operationView(project, operation) })
    },
  },
]
