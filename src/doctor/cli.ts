// The workflow doctor from a clone: the engine of the action's `mode: lint`, on any repository folder.
// npm run -s doctor -- <dir> [--format text|json|sarif] [--disable R1,R2] [--fail-on error|warning|never]
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { lint, unknownRuleIds } from './lint.js'
import { inert } from './log.js'
import { parseRuleList } from './rule-list.js'
import {
  countLine,
  describeContents,
  formatFindingWithFix,
  OUTPUT_FORMATS,
  parseFailOn,
  shouldFail,
  toJson,
  type OutputFormat,
} from './report.js'
import { RULES } from './rules/index.js'
import { toSarif } from './sarif.js'

const USAGE = `usage: npm run -s doctor -- [dir] [--format text|json|sarif] [--disable rule-id,rule-id]
                              [--fail-on error|warning|never] [--list-rules]

The workflow doctor: the engine of this action's mode: lint, run from a clone. It reads dir's
.github/workflows and Alembic migrations and reports known CI database mistakes (docs/doctor.md).
  --format    text (default): each finding on one line, file:line: severity rule: message,
              and its fix on an indented line below; json; sarif (SARIF 2.1.0 for code scanning)
  --disable   rule ids to switch off (repeatable); see --list-rules
  --fail-on   exit 1 on an error (default), on any finding (warning), or never
Exit status: 0 passed, 1 findings at or above --fail-on, 2 usage error.`

function main(): number {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        disable: { type: 'string', multiple: true, default: [] },
        'fail-on': { type: 'string', default: 'error' },
        'list-rules': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (values['list-rules']) {
    for (const rule of RULES) console.log(`${rule.id} (${rule.severity}): ${rule.summary}`)
    return 0
  }
  const format = values.format as OutputFormat
  if (positionals.length > 1 || !OUTPUT_FORMATS.includes(format)) {
    console.error(USAGE)
    return 2
  }
  let failOn
  try {
    failOn = parseFailOn(values['fail-on'] ?? 'error')
  } catch (error) {
    console.error((error as Error).message)
    return 2
  }
  const disabledRules = (values.disable ?? []).flatMap(parseRuleList)
  const unknown = unknownRuleIds(disabledRules)
  if (unknown.length > 0)
    console.error(inert(`warning: --disable names no rule: ${unknown.join(', ')} (see --list-rules)`))

  // npm runs scripts in the package's folder; a relative path means one relative to where the user typed the command.
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] ?? '.')
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(inert(`not a directory: ${dir}`))
    return 2
  }
  const { findings, contents } = lint(dir, { disabledRules })
  if (format === 'json') console.log(JSON.stringify(toJson(findings, contents), null, 2))
  else if (format === 'sarif') console.log(JSON.stringify(toSarif(findings, RULES), null, 2))
  else for (const finding of findings) console.log(formatFindingWithFix(finding))
  console.error(`workflow doctor: ${countLine(findings)} in ${describeContents(contents)}`)
  if (contents.workflows === 0) console.error(inert(`warning: no .github/workflows/*.yml under ${dir}`))
  return shouldFail(findings, failOn) ? 1 : 0
}

process.exitCode = main()
