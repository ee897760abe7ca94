// The job summary of a sweep: one table row per branch whose name matches the prefix.
import type { SweepDecision, SweepRules } from './plan.js'
import { formatDuration } from '../duration.js'
import { htmlTable, summaryHtml, type SafeHtml } from '../html.js'
import { appendSummary } from '../log.js'

export type SweepOutcome =
  | { kind: 'deleted' }
  | { kind: 'already-gone' }
  | { kind: 'failed'; error: string }
  | { kind: 'would-delete' }
  | { kind: 'kept' }

export interface SweepReport {
  rules: SweepRules
  decisions: SweepDecision[]
  outcomes: ReadonlyMap<string, SweepOutcome> // by branch id
}

const MAX_ROWS = 1000 // the step summary is limited to 1 MiB

export function outcomeOf(report: SweepReport, decision: SweepDecision): SweepOutcome {
  return (
    report.outcomes.get(decision.branch.id) ?? { kind: decision.action === 'would-delete' ? 'would-delete' : 'kept' }
  )
}

export function countOutcomes(report: SweepReport): Record<SweepOutcome['kind'], number> {
  const counts = { deleted: 0, 'already-gone': 0, failed: 0, 'would-delete': 0, kept: 0 }
  for (const d of report.decisions) if (d.reason !== 'prefix-mismatch') counts[outcomeOf(report, d).kind]++
  return counts
}

export async function writeListingFailureSummary(rules: SweepRules, error: string): Promise<void> {
  await appendSummary(
    summaryHtml`<h2>Neon branch sweep</h2>`,
    summaryHtml`<p>❌ The branch listing failed, so nothing was deleted: ${error}</p>`,
    summaryHtml`<p>Prefix <code>${rules.prefix}</code>. The next run will try again.</p>`,
  )
}

export async function writeSweepSummary(report: SweepReport): Promise<void> {
  const { rules } = report
  const counts = countOutcomes(report)
  const matching = report.decisions.filter((d) => d.reason !== 'prefix-mismatch')
  const others = report.decisions.length - matching.length
  const order: Record<SweepOutcome['kind'], number> = {
    failed: 0,
    deleted: 1,
    'already-gone': 2,
    'would-delete': 3,
    kept: 4,
  }
  const rows = matching
    .map((d) => ({ d, outcome: outcomeOf(report, d) }))
    .sort((a, b) => order[a.outcome.kind] - order[b.outcome.kind] || a.d.branch.name.localeCompare(b.d.branch.name))

  const parts: SafeHtml[] = [
    summaryHtml`<h2>${rules.dryRun ? 'Neon branch sweep (dry run: nothing deleted)' : 'Neon branch sweep'}</h2>`,
    summaryHtml`<p>Branches starting with <code>${rules.prefix}</code>, ${
      rules.olderThanMs > 0 ? `older than ${formatDuration(rules.olderThanMs)}` : 'age rule off'
    }, closed-PR rule ${rules.closedPrs ? 'on' : 'off'}. Default and protected branches are never deleted.</p>`,
    summaryHtml`<p>${rules.dryRun ? `Would delete: ${counts['would-delete']}` : `Deleted: ${counts.deleted + counts['already-gone']}`}${
      counts.failed ? `, failed: ${counts.failed}` : ''
    }, kept: ${counts.kept}; ${others} other branch${others === 1 ? '' : 'es'} did not match the prefix.</p>`,
  ]
  if (rows.length > 0) {
    parts.push(
      htmlTable(
        ['Branch', 'Created', 'Result', 'Why'],
        rows
          .slice(0, MAX_ROWS)
          .map(({ d, outcome }) => [
            summaryHtml`<code>${d.branch.name}</code><br><sub>${d.branch.id}</sub>`,
            summaryHtml`${d.branch.createdAt}`,
            summaryHtml`${d.problem ? '⚠️ kept (undecided)' : resultLabel(outcome)}`,
            summaryHtml`${outcome.kind === 'failed' ? `${d.detail}; deletion failed: ${outcome.error}` : d.detail}`,
          ]),
      ),
    )
    if (rows.length > MAX_ROWS) parts.push(summaryHtml`<p>… and ${rows.length - MAX_ROWS} more (see the log).</p>`)
  }
  await appendSummary(...parts)
}

export function resultLabel(outcome: SweepOutcome): string {
  switch (outcome.kind) {
    case 'deleted':
      return 'deleted'
    case 'already-gone':
      return 'deleted (already gone)'
    case 'failed':
      return '❌ deletion failed'
    case 'would-delete':
      return 'would delete'
    case 'kept':
      return 'kept'
  }
}
