// How findings are shown and what they mean for the exit status.
import { inert } from './log.js'
import type { FailOn, Finding } from './types.js'

export const OUTPUT_FORMATS = ['text', 'json', 'sarif'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** `file:line: severity rule: message` (one line, inert in a log). */
export function formatFinding(finding: Finding): string {
  return inert(`${finding.file}:${finding.line}: ${finding.severity} ${finding.rule}: ${finding.message}`)
}

/** The finding's line, then its fix on an indented second line. */
export function formatFindingWithFix(finding: Finding): string {
  return `${formatFinding(finding)}\n${inert(`    fix: ${finding.fix}`)}`
}

/** The findings as JSON: a stable shape for scripts. */
export function toJson(findings: Finding[], contents: { workflows: number; alembicFolders: number }): object {
  const errors = findings.filter((finding) => finding.severity === 'error').length
  return {
    findings: findings.map(({ rule, severity, file, line, message, fix }) => ({
      rule,
      severity,
      file,
      line,
      message,
      fix,
    })),
    errors,
    warnings: findings.length - errors,
    read: contents,
  }
}

export function shouldFail(findings: Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false
  if (failOn === 'warning') return findings.length > 0
  return findings.some((finding) => finding.severity === 'error')
}

export function countLine(findings: Finding[]): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length
  const warnings = findings.length - errors
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
}

export function describeContents({ workflows, alembicFolders }: { workflows: number; alembicFolders: number }): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  return `${plural(workflows, 'workflow file')} and ${plural(alembicFolders, 'Alembic versions folder')}`
}

export function parseFailOn(value: string): FailOn {
  const trimmed = value.trim().toLowerCase() || 'error'
  if (trimmed === 'error' || trimmed === 'warning' || trimmed === 'never') return trimmed
  throw new Error(`fail_on must be error, warning or never, not "${value}"`)
}
