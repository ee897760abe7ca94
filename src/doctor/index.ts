// `mode: lint` of the action, whose engine is the workflow doctor: findings become annotations and a summary table,
// optionally a SARIF file for code scanning; fail_on decides the step's status.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { escapeHtml, SafeHtml, summaryHtml } from '../html.js'
import * as log from '../log.js'
import { lint, unknownRuleIds, type WorkspaceContents } from './lint.js'
import { countLine, describeContents, formatFinding, shouldFail } from './report.js'
import { RULE_IDS, RULES } from './rules/index.js'
import { toSarif } from './sarif.js'
import type { FailOn, Finding } from './types.js'

export { lint, lintWorkspace, unknownRuleIds } from './lint.js'
export { parseRuleList } from './rule-list.js'
export { parseFailOn } from './report.js'
export { RULE_IDS } from './rules/index.js'
export type { FailOn, Finding, Severity } from './types.js'

export interface LintModeOptions {
  workspace: string
  failOn: FailOn
  disabledRules: string[]
  /** Where to write the findings as SARIF (relative to the workspace); '' or undefined for none. */
  sarifFile?: string
}

export async function runLintMode(options: LintModeOptions): Promise<void> {
  const unknown = unknownRuleIds(options.disabledRules)
  if (unknown.length > 0) {
    log.warning(`disable_rules names no rule: ${unknown.join(', ')}. Rule ids: ${RULE_IDS.join(', ')}.`)
  }
  const { findings, contents } = lint(options.workspace, { disabledRules: options.disabledRules })
  if (contents.workflows === 0) {
    log.warning(
      `No .github/workflows/*.yml in ${options.workspace}: nothing to check. Does the job run actions/checkout before this step?`,
    )
  }
  for (const finding of findings) {
    const annotate = finding.severity === 'error' ? log.error : log.warning
    annotate(`${finding.message} Fix: ${finding.fix}`, {
      file: finding.file,
      startLine: finding.line,
      title: finding.rule,
    })
  }
  log.info(`Workflow doctor: ${countLine(findings)} in ${describeContents(contents)}.`)
  if (options.sarifFile) {
    const file = path.resolve(options.workspace, options.sarifFile)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify(toSarif(findings, RULES), null, 2) + '\n')
    log.info(`Wrote ${findings.length} finding${findings.length === 1 ? '' : 's'} as SARIF to ${options.sarifFile}.`)
  }
  await writeSummary(findings, options, contents)
  if (shouldFail(findings, options.failOn)) {
    log.fail(`Workflow doctor: ${countLine(findings)} (fail_on: ${options.failOn}). ${formatFinding(findings[0])}`)
  }
}

async function writeSummary(findings: Finding[], options: LintModeOptions, contents: WorkspaceContents): Promise<void> {
  const read = `Read ${describeContents(contents)}`
  await log.writeSummarySection((summary) => {
    summary.heading('Workflow doctor', 2)
    if (findings.length === 0) {
      summary.paragraph(summaryHtml`${read}: no findings (fail_on: ${options.failOn}).`)
    } else {
      summary.paragraph(summaryHtml`${read}: ${countLine(findings)} (fail_on: ${options.failOn}).`)
      summary.table(
        ['Severity', 'Rule', 'Where', 'Problem', 'Fix'],
        findings.map((finding) => [
          summaryHtml`${finding.severity}`,
          summaryHtml`<code>${finding.rule}</code>`,
          summaryHtml`<code>${finding.file}:${finding.line}</code>`,
          // escaped whole: a long message is not cut as other summary values are
          SafeHtml.trusted(escapeHtml(finding.message)),
          SafeHtml.trusted(escapeHtml(finding.fix)),
        ]),
      )
    }
    if (options.disabledRules.length > 0)
      summary.paragraph(summaryHtml`Rules switched off: ${options.disabledRules.join(', ')}.`)
  })
}
