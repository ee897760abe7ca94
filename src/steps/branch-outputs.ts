// The step outputs that describe the branch (no secrets: ids, names, hosts, the expiry).

import { setOutput } from '@actions/core'
import type { Branch, Connection } from '../neon/client.js'
import { checkedForOutputs } from '../neon/mapping.js'

export function setBranchOutputs(args: {
  branch: Branch
  connection: Connection
  projectId: string
  created: boolean
}) {
  const checked = checkedForOutputs(args.branch)
  setOutput('branch_id', checked.id)
  setOutput('branch_name', args.branch.name)
  setOutput('created', String(args.created))
  setOutput('db_host', args.connection.host)
  setOutput('db_host_pooled', args.connection.poolerHost || args.connection.host)
  setOutput('expires_at', checked.expiresAt)
  setOutput('project_id', args.projectId)
}
