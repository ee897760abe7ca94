// Branches: list, create, read, update, delete, restore, set as default, and the schema dump.
import { badRequest, notFound } from '../api-error.js'
import type { BranchRecord, LocalProject } from '../project.js'
import { parseCreateBranch, parseRestore, parseSchemaQuery, parseUpdateBranch } from './request-body.js'
import { created, noContent, ok, type Route } from './router.js'
import {
  annotationView,
  branchView,
  connectionDetails,
  databaseView,
  endpointView,
  operationViews,
  roleView,
  time,
} from './views.js'

const SORT_KEYS = ['name', 'created_at', 'updated_at'] as const
const BRANCH = '/projects/{project_id}/branches/{branch_id}'

function listBranches(project: LocalProject, query: URLSearchParams) {
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
  for (const { branch } of page) if (branch.annotation) annotations[branch.id] = annotationView(branch)
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

const withOperations = (
  project: LocalProject,
  branch: BranchRecord,
  operations: Parameters<typeof operationViews>[1],
) => ok({ branch: branchView(project, branch), operations: operationViews(project, operations) })

export const branchRoutes: Route[] = [
  {
    method: 'GET',
    path: '/projects/{project_id}/branches',
    handle: ({ project, query }) => ok(listBranches(project, query)),
  },
  {
    method: 'POST',
    path: '/projects/{project_id}/branches',
    handle: async ({ project, body }) => {
      const { branch, endpoints, operations } = await project.createBranch(parseCreateBranch(body))
      const single = branch.roles.length === 1 && branch.databases.length === 1
      return created({
        branch: branchView(project, branch),
        endpoints: endpoints.map((e) => endpointView(project, e)),
        operations: operationViews(project, operations),
        roles: branch.roles.map((r) => roleView(branch, r)),
        databases: branch.databases.map((d) => databaseView(branch, d)),
        ...(single && endpoints.length > 0
          ? { connection_uris: [connectionDetails(branch, branch.roles[0], branch.databases[0])] }
          : {}),
      })
    },
  },
  {
    method: 'GET',
    path: BRANCH,
    handle: ({ project, params }) => {
      const branch = project.branch(params.branch_id)
      return ok({ branch: branchView(project, branch), annotation: annotationView(branch) })
    },
  },
  {
    method: 'PATCH',
    path: BRANCH,
    handle: ({ project, params, body }) => {
      const branch = project.updateBranch(project.branch(params.branch_id), parseUpdateBranch(body))
      return withOperations(project, branch, [])
    },
  },
  {
    method: 'DELETE',
    path: BRANCH,
    handle: ({ project, params }) => {
      // Neon's spec: 204 when the branch "doesn't exist or has already been deleted"
      if (!project.branches.has(params.branch_id)) return noContent
      const { branch, operations } = project.deleteBranch(project.branch(params.branch_id))
      return withOperations(project, branch, operations)
    },
  },
  {
    method: 'POST',
    path: `${BRANCH}/restore`,
    handle: async ({ project, params, body }) => {
      const branch = project.branch(params.branch_id)
      const input = parseRestore(body)
      const source = project.branches.get(input.sourceBranchId)
      if (!source) throw notFound(`branch ${input.sourceBranchId} not found`)
      const { operations } = await project.restoreBranch(branch, source, input)
      return withOperations(project, branch, operations)
    },
  },
  {
    method: 'POST',
    path: `${BRANCH}/set_as_default`,
    handle: ({ project, params }) => {
      const { branch, operations } = project.setDefault(project.branch(params.branch_id))
      return withOperations(project, branch, operations)
    },
  },
  {
    method: 'GET',
    path: `${BRANCH}/schema`,
    handle: async ({ project, params, query }) => {
      const branch = project.branch(params.branch_id)
      const { database, point } = parseSchemaQuery(query)
      return ok({ sql: await project.schema(branch, database, point) })
    },
  },
]
