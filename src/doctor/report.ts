// How findings are shown and what they mean for the exit status.
import type { FailOn, Finding } from './types.js'

export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}: ${finding.severity} ${finding.rule}: ${finding.message} (fix: ${finding.fix})`
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
