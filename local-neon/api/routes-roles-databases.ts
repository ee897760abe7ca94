// A branch's roles and databases. Deleting one that does not exist answers 204, as Neon's spec says.
import { parseCreateDatabase, parseCreateRole } from './request-body.js'
import { created, noContent, ok, type Route } from './router.js'
import { databaseView, operationViews, roleView } from './views.js'

const BRANCH = '/projects/{project_id}/branches/{branch_id}'

export const roleAndDatabaseRoutes: Route[] = [
  {
    method: 'GET',
    path: `${BRANCH}/roles`,
    handle: ({ project, params }) => {
      const branch = project.branch(params.branch_id)
      return ok({ roles: branch.roles.map((r) => roleView(branch, r)) })
    },
  },
  {
    method: 'POST',
    path: `${BRANCH}/roles`,
    handle: async ({ project, params, body }) => {
      const branch = project.branch(params.branch_id)
      const { role, operations } = await project.rolesAndDatabases.createRole(branch, parseCreateRole(body))
      return created({
        role: { ...roleView(branch, role), password: role.password },
        operations: operationViews(project, operations),
      })
    },
  },
  {
    method: 'GET',
    path: `${BRANCH}/roles/{role_name}`,
    handle: ({ project, params }) => {
      const branch = project.branch(params.branch_id)
      return ok({ role: roleView(branch, project.role(branch, params.role_name)) })
    },
  },
  {
    method: 'DELETE',
    path: `${BRANCH}/roles/{role_name}`,
    handle: async ({ project, params }) => {
      const branch = project.branch(params.branch_id)
      if (!branch.roles.some((r) => r.name === params.role_name)) return noContent
      const { role, operations } = await project.rolesAndDatabases.deleteRole(
        branch,
        project.role(branch, params.role_name),
      )
      return ok({ role: roleView(branch, role), operations: operationViews(project, operations) })
    },
  },
  {
    method: 'GET',
    path: `${BRANCH}/roles/{role_name}/reveal_password`,
    handle: ({ project, params }) => {
      const branch = project.branch(params.branch_id)
      return ok({ password: project.role(branch, params.role_name).password })
    },
  },
  {
    method: 'POST',
    path: `${BRANCH}/roles/{role_name}/reset_password`,
    handle: async ({ project, params }) => {
      const branch = project.branch(params.branch_id)
      const { role, operations } = await project.rolesAndDatabases.resetRolePassword(
        branch,
        project.role(branch, params.role_name),
      )
      return ok({
        role: { ...roleView(branch, role), password: role.password },
        operations: operationViews(project, operations),
      })
    },
  },
  {
    method: 'GET',
    path: `${BRANCH}/databases`,
    handle: ({ project, params }) => {
      const branch = project.branch(params.branch_id)
      return ok({ databases: branch.databases.map((d) => databaseView(branch, d)) })
    },
  },
  {
    method: 'POST',
    path: `${BRANCH}/databases`,
    handle: async ({ project, params, body }) => {
      const branch = project.branch(params.branch_id)
      const input = parseCreateDatabase(body)
      const { database, operations } = await project.rolesAndDatabases.createDatabase(
        branch,
        input.name,
        input.ownerName,
      )
      return created({ database: databaseView(branch, database), operations: operationViews(project, operations) })
    },
  },
  {
    method: 'GET',
    path: `${BRANCH}/databases/{database_name}`,
    handle: ({ project, params }) => {
      const branch = project.branch(params.branch_id)
      return ok({ database: databaseView(branch, project.database(branch, params.database_name)) })
    },
  },
  {
    method: 'DELETE',
    path: `${BRANCH}/databases/{database_name}`,
    handle: async ({ project, params }) => {
      const branch = project.branch(params.branch_id)
      if (!branch.databases.some((d) => d.name === params.database_name)) return noContent
      const { database, operations } = await project.rolesAndDatabases.deleteDatabase(
        branch,
        project.database(branch, params.database_name),
      )
      return ok({ database: databaseView(branch, database), operations: operationViews(project, operations) })
    },
  },
]
