// npm run -s doctor -- <dir> [--disable R1,R2] [--fail-on error|warning|never]
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { lint, unknownRuleIds } from './lint.js'
import { parseRuleList } from './rule-list.js'
import { countLine, describeContents, formatFinding, parseFailOn, shouldFail } from './report.js'
import { RULES } from './rules/index.js'

const USAGE =
  'usage: npm run -s doctor -- [dir] [--disable rule-id,rule-id] [--fail-on error|warning|never] [--list-rules]'

function main(): number {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
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
  if (positionals.length > 1) {
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
  if (unknown.length > 0) console.error(`warning: --disable names no rule: ${unknown.join(', ')} (see --list-rules)`)

  // npm runs scripts in the package's folder; a relative path means one relative to where the user typed the command.
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] ?? '.')
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`not a directory: ${dir}`)
    return 2
  }
  const { findings, contents } = lint(dir, { disabledRules })
  for (const finding of findings) console.log(formatFinding(finding))
  console.error(`workflow doctor: ${countLine(findings)} in ${describeContents(contents)}`)
  if (contents.workflows === 0) console.error(`warning: no .github/workflows/*.yml under ${dir}`)
  return shouldFail(findings, failOn) ? 1 : 0
}

process.exitCode = main()
