// `mode: lint` of the action, whose engine is the workflow doctor: findings become annotations and a summary table,
// optionally a SARIF file for code scanning; fail_on decides the step's status.
import * as core from '@actions/core'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { escapeHtml } from '../html.js'
import { lint, unknownRuleIds, type WorkspaceContents } from './lint.js'
import { print } from './log.js'
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
    print('warning', `disable_rules names no rule: ${unknown.join(', ')}. Rule ids: ${RULE_IDS.join(', ')}.`)
  }
  const { findings, contents } = lint(options.workspace, { disabledRules: options.disabledRules })
  if (contents.workflows === 0) {
    print(
      'warning',
      `No .github/workflows/*.yml in ${options.workspace}: nothing to check. Does the job run actions/checkout before this step?`,
    )
  }
  for (const finding of findings) {
    print(finding.severity, `${finding.message} Fix: ${finding.fix}`, {
      file: finding.file,
      startLine: finding.line,
      title: finding.rule,
    })
  }
  print('info', `Workflow doctor: ${countLine(findings)} in ${describeContents(contents)}.`)
  if (options.sarifFile) {
    const file = path.resolve(options.workspace, options.sarifFile)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, JSON.stringify(toSarif(findings, RULES), null, 2) + '\n')
    print(
      'info',
      `Wrote ${findings.length} finding${findings.length === 1 ? '' : 's'} as SARIF to ${options.sarifFile}.`,
    )
  }
  await writeSummary(findings, options, contents)
  if (shouldFail(findings, options.failOn)) {
    print(
      'failed',
      `Workflow doctor: ${countLine(findings)} (fail_on: ${options.failOn}). ${formatFinding(findings[0])}`,
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
