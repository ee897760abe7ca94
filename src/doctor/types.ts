export type Severity = 'error' | 'warning'

/** One problem, located in a file of the workspace (path relative to it, forward slashes, line 1-based). */
export interface Finding {
  rule: string
  severity: Severity
  file: string
  line: number
  message: string
  fix: string
}

export type FailOn = 'error' | 'warning' | 'never'

export interface LintOptions {
  disabledRules: string[]
}
