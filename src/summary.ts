// The job summary: what the step did, no secrets. core.summary appends to GITHUB_STEP_SUMMARY.

import * as core from '@actions/core'
import { escapeHtml } from './html.js'
import type { Branch } from './neon/client.js'

export function consoleBranchUrl(projectId: string, branchId: string): string {
  return `https://console.neon.tech/app/projects/${encodeURIComponent(projectId)}/branches/${encodeURIComponent(branchId)}`
}

export interface BranchSummary {
  title: string
  projectId: string
  branch: Branch
  outcome: string // created / reused / connected
  parent: string // as shown: a name, an id, or a description
  host: string
  poolerHost: string
  exportedNames: string[]
  tookMs: number
  cleanupNote?: string
}

const code = (text: string) => `<code>${escapeHtml(text)}</code>`

export async function writeBranchSummary(s: BranchSummary): Promise<void> {
  const rows: [string, string][] = [
    ['Branch', `${code(s.branch.name)} (${code(s.branch.id)})`],
    ['Outcome', escapeHtml(s.outcome)],
    ['Parent', escapeHtml(s.parent)],
    ['Expires', s.branch.expiresAt ? escapeHtml(s.branch.expiresAt) : 'never (no expiry set)'],
    ['Endpoint host', code(s.host)],
    ['Pooled host', code(s.poolerHost)],
    ['Exported', s.exportedNames.map(code).join(' ')],
    ['Time taken', `${(s.tookMs / 1000).toFixed(1)} s`],
  ]
  if (s.cleanupNote) rows.push(['Cleanup', escapeHtml(s.cleanupNote)])
  await core.summary
    .addHeading(escapeHtml(s.title), 3)
    .addTable([
      [
        { data: 'Item', header: true },
        { data: 'Value', header: true },
      ],
      ...rows,
    ])
    .addLink('Open the branch in the Neon console', consoleBranchUrl(s.projectId, s.branch.id))
    .addEOL()
    .write()
}

export async function writeLine(heading: string, text: string): Promise<void> {
  await core.summary.addHeading(escapeHtml(heading), 3).addRaw(escapeHtml(text).replace(/\n/g, '<br>\n'), true).write()
}
