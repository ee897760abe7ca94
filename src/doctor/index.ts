// `mode: lint` of the action: findings become annotations and a summary table; fail_on decides the step's status.
import * as core from '@actions/core'
import { lint, unknownRuleIds, type WorkspaceContents } from './lint.js'
import { countLine, describeContents, formatFinding, shouldFail } from './report.js'
import { RULE_IDS } from './rules/index.js'
import type { FailOn, Finding } from './types.js'
import { escapeHtml } from '../html.js'

export { lint, lintWorkspace, unknownRuleIds } from './lint.js'
export { parseRuleList } from './rule-list.js'
export { parseFailOn } from './report.js'
export { RULE_IDS } from './rules/index.js'
export type { FailOn, Finding, Severity } from './types.js'

export interface LintModeOptions {
  workspace: string
  failOn: FailOn
  disabledRules: string[]
}

export async function runLintMode(options: LintModeOptions): Promise<void> {
  const unknown = unknownRuleIds(options.disabledRules)
  if (unknown.length > 0) {
    core.warning(`disable_rules names no rule: ${unknown.join(', ')}. Rule ids: ${RULE_IDS.join(', ')}.`)
  }
  const { findings, contents } = lint(options.workspace, { disabledRules: options.disabledRules })
  if (contents.workflows === 0) {
    core.warning(
      `No .github/workflows/*.yml in ${options.workspace}: nothing to check. Does the job run actions/checkout before this step?`,
    )
  }
  for (const finding of findings) {
    const annotate = finding.severity === 'error' ? core.error : core.warning
    annotate(`${finding.message} Fix: ${finding.fix}`, {
      file: finding.file,
      startLine: finding.line,
      title: finding.rule,
    })
  }
  core.info(`Workflow doctor: ${countLine(findings)} in ${describeContents(contents)}.`)
  await writeSummary(findings, options, contents)
  if (shouldFail(findings, options.failOn)) {
    core.setFailed(
      `Workflow doctor: ${countLine(findings)} (fail_on: ${options.failOn}). ${findings.map(formatFinding)[0]}`,
    )
  }
}

async function writeSummary(findings: Finding[], options: LintModeOptions, contents: WorkspaceContents): Promise<void> {
  const summary = core.summary.addHeading('Workflow doctor', 2)
  const read = `Read ${describeContents(contents)}`
  if (findings.length === 0) {
    summary.addRaw(`${read}: no findings (fail_on: ${options.failOn}).`, true)
  } else {
    summary.addRaw(`${read}: ${countLine(findings)} (fail_on: ${options.failOn}).`, true).addTable([
      [
        { data: 'Severity', header: true },
        { data: 'Rule', header: true },
        { data: 'Where', header: true },
        { data: 'Problem', header: true },
        { data: 'Fix', header: true },
      ],
      ...findings.map((finding) => [
        finding.severity,
        `<code>${escapeHtml(finding.rule)}</code>`,
        `<code>${escapeHtml(finding.file)}:${finding.line}</code>`,
        escapeHtml(finding.message),
        escapeHtml(finding.fix),
      ]),
    ])
  }
  if (options.disabledRules.length > 0)
    summary.addRaw(`Rules switched off: ${escapeHtml(options.disabledRules.join(', '))}.`, true)
  await summary.write()
}
