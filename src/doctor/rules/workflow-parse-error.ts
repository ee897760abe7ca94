import type { Rule } from './rule.js'

export const workflowParseError: Rule = {
  id: 'workflow-parse-error',
  severity: 'error',
  summary: 'A workflow file is not valid YAML, so GitHub will not run it (and the other rules cannot read it).',
  check({ unreadable }, report) {
    for (const { file, line, message } of unreadable) {
      report(
        file,
        line,
        `Not valid YAML: ${message}`,
        'Fix the YAML syntax at this line (indentation, quoting, a `:` in a plain value).',
      )
    }
  },
}
