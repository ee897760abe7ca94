// fail_on, disable_rules and sarif_file: how mode: lint (the workflow doctor) reports.

import { parseRuleList } from '../doctor/rule-list.js'
import type { InputReader } from './input-reader.js'
import { FAIL_ON, type LintOptions } from './types.js'

export function parseLintOptions(read: InputReader, workspace: string): LintOptions {
  return {
    workspace,
    failOn: read.oneOf('fail_on', FAIL_ON),
    disabledRules: parseRuleList(read.get('disable_rules')),
    sarifFile: read.get('sarif_file'),
  }
}
