// Endpoints (computes): list, read, add, and start / suspend / restart.
import { ok, created, type Route } from './router.js'
import { parseCreateEndpoint } from './request-body.js'
import { endpointView, operationViews } from './views.js'
import type { EndpointRecord, LocalProject } from '../project.js'
import type { OperationRecord } from '../operations.js'

const ENDPOINT = '/projects/{project_id}/endpoints/{endpoint_id}'

const endpointOperations = (
  project: LocalProject,
  result: { endpoint: EndpointRecord; operations: OperationRecord[] },
) => ok({ endpoint: endpointView(project, result.endpoint), operations: operationViews(project, result.operations) })

export const endpointRoutes: Route[] = [
  {
    method: 'GET',
    path: '/projects/{project_id}/endpoints',
    handle: ({ project }) => ok({ endpoints: [...project.endpoints.values()].map((e) => endpointView(project, e)) }),
  },
  {
    method: 'GET',
    path: '/projects/{project_id}/branches/{branch_id}/endpoints',
    handle: ({ project, params }) => {
      const branch = project.branch(params.branch_id)
      return ok({ endpoints: project.endpointsOf(branch.id).map((e) => endpointView(project, e)) })
    },
  },
  {
    method: 'POST',
    path: '/projects/{project_id}/endpoints',
    handle: ({ project, body }) => {
      const input = parseCreateEndpoint(body)
      const { endpoint, operations } = project.addEndpoint(project.branch(input.branchId), input)
      return created({ endpoint: endpointView(project, endpoint), operations: operationViews(project, operations) })
    },
  },
  {
    method: 'GET',
    path: ENDPOINT,
    handle: ({ project, params }) => ok({ endpoint: endpointView(project, project.endpoint(params.endpoint_id)) }),
  },
  {
    method: 'POST',
    path: `${ENDPOINT}/start`,
    handle: ({ project, params }) =>
      endpointOperations(project, project.startEndpoint(project.endpoint(params.endpoint_id))),
  },
  {
    method: 'POST',
    path: `${ENDPOINT}/suspend`,
    handle: ({ project, params }) =>
      endpointOperations(project, project.suspendEndpoint(project.endpoint(params.endpoint_id))),
  },
  {
    method: 'POST',
    path: `${ENDPOINT}/restart`,
    handle: ({ project, params }) =>
      endpointOperations(project, project.restartEndpoint(project.endpoint(params.endpoint_id))),
  },
]
