// Baseline for the benchmark: the request sequence of neondatabase/create-branch-action v6 (as its README and
// sources describe it), written here with the same client library, @neondatabase/api-client, and @actions/core.
// Not that action's code: our rendition of what it does, so the bench can compare like with like. The bench
// bundles this file with esbuild (the action ships one bundled file too) and runs it as a whole process.
//   new branch: GET branches?search, POST branches, GET endpoints, GET database, GET role, GET reveal_password
//   existing:   the same without the POST
import * as core from '@actions/core'
import { createApiClient, EndpointType } from '@neondatabase/api-client'

const projectId = core.getInput('project_id', { required: true })
const name = core.getInput('branch_name', { required: true })
const database = core.getInput('database') || 'neondb'
const role = core.getInput('role') || 'neondb_owner'
const api = createApiClient({
  apiKey: core.getInput('api_key', { required: true }),
  baseURL: core.getInput('api_host'),
  timeout: 10_000,
})

const { data: found } = await api.listProjectBranches({ projectId, search: name, limit: 10000 })
let branch = found.branches.find((b) => b.name === name || b.id === name)
const created = !branch
if (!branch) {
  const { data } = await api.createProjectBranch(projectId, {
    branch: { name },
    endpoints: [{ type: EndpointType.ReadWrite }],
  })
  branch = data.branch
}
const { data: endpoints } = await api.listProjectBranchEndpoints(projectId, branch.id)
const endpoint = endpoints.endpoints[0]
await api.getProjectBranchDatabase(projectId, branch.id, database)
await api.getProjectBranchRole(projectId, branch.id, role)
const { data: secret } = await api.getProjectBranchRolePassword(projectId, branch.id, role)

const url = new URL(`postgresql://${endpoint.host}`)
url.pathname = database
url.username = role
url.password = secret.password
url.searchParams.set('sslmode', 'require')
core.setOutput('db_url', url.toString())
core.setOutput('branch_id', branch.id)
core.setOutput('created', String(created))
