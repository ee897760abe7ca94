// The job summary: what the step did, no secrets. Written through src/log.ts, values escaped by src/html.ts.

import { appendSummary } from './log.js'
import { htmlTable, summaryHtml, type SafeHtml } from './html.js'
import type { Branch, Connection } from './neon/client.js'

export function consoleBranchUrl(projectId: string, branchId: string): string {
  return `https://console.neon.tech/app/projects/${encodeURIComponent(projectId)}/branches/${encodeURIComponent(branchId)}`
}

export interface BranchSummary {
  title: string
  projectId: string
  branch: Branch
  outcome: string // created / reused / connected
  parent: string // as shown: a name, an id, or a description
  connection: Pick<Connection, 'host' | 'poolerHost'>
  exportedNames: string[]
  tookMs: number
  cleanupNote?: string
}

const code = (text: string) => summaryHtml`<code>${text}</code>`

export async function writeBranchSummary(s: BranchSummary): Promise<void> {
  const rows: [string, SafeHtml][] = [
    ['Branch', summaryHtml`${code(s.branch.name)} (${code(s.branch.id)})`],
    ['Outcome', summaryHtml`${s.outcome}`],
    ['Parent', summaryHtml`${s.parent}`],
    ['Expires', summaryHtml`${s.branch.expiresAt ?? 'never (no expiry set)'}`],
    ['Endpoint host', code(s.connection.host)],
    ['Pooled host', code(s.connection.poolerHost || s.connection.host)],
    ['Exported', summaryHtml`${s.exportedNames.map((name) => summaryHtml`${code(name)} `)}`],
    ['Time taken', summaryHtml`${(s.tookMs / 1000).toFixed(1)} s`],
  ]
  if (s.cleanupNote) rows.push(['Cleanup', summaryHtml`${s.cleanupNote}`])
  await appendSummary(
    summaryHtml`<h3>${s.title}</h3>`,
    htmlTable(
      ['Item', 'Value'],
      rows.map(([item, value]) => [summaryHtml`${item}`, value]),
    ),
    summaryHtml`<p><a href="${consoleBranchUrl(s.projectId, s.branch.id)}">Open the branch in the Neon console</a></p>`,
  )
}

/** A heading and one paragraph of text (several lines become separate lines of it). */
export async function writeLine(heading: string, text: string | readonly string[]): Promise<void> {
  const lines = typeof text === 'string' ? [text] : text
  const body = lines.map((line, i) => (i === 0 ? summaryHtml`${line}` : summaryHtml`<br>${line}`))
  await appendSummary(summaryHtml`<h3>${heading}</h3>`, summaryHtml`<p>${body}</p>`)
}
