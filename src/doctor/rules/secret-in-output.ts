import { logicalLines, writesTo } from '../shell.js'
import type { SourceLine } from '../source-text.js'
import type { Rule } from './rule.js'

/** Output names that say "database URL" or "password" (db_url, db_url_with_pooler, pg_dsn, db_password...). */
const SECRET_NAME =
  /((^|[_-])(db|database|postgres(ql)?|pg|neon|conn(ection)?)[_-]?(url|uri|dsn|conn(ection)?[_-]?string|string)([_-](with[_-])?(pooler|pooled|unpooled|direct|non[_-]?pooled))?$)|^(dsn|connection[_-]?string|conn[_-]?str)$|pass(word|wd)/i

/** Values that carry one: a secret, a database URL, neonctl's connection string, an output with such a name. */
function carriesSecret(value: string): string | undefined {
  if (/\bsecrets\.\w+/.test(value)) return 'a secrets.* value'
  if (/\b(postgres(ql)?|mysql|redis|mongodb(\+srv)?):\/\//i.test(value)) return 'a database URL'
  if (/\bneonctl\s+(connection-string|cs)\b/.test(value)) return 'a connection string from neonctl'
  if (/\b(PGPASSWORD|[A-Z_]*DATABASE_URL[A-Z_]*)\b/.test(value)) return 'a database URL or password variable'
  const output = /\boutputs\.([\w-]+)/g
  for (const match of value.matchAll(output)) if (SECRET_NAME.test(match[1])) return `the output ${match[1]}`
  return undefined
}

function whatItCarries(name: string, value: string): string | undefined {
  // `${{ env.DATABASE_URL != '' }}` is a boolean, whatever it mentions.
  if (/^\s*\$\{\{(\s*!|[^}]*(==|!=|<|>|\(\s*!))[^}]*\}\}\s*$/.test(value)) return undefined
  return carriesSecret(value) ?? (SECRET_NAME.test(name) ? 'a database URL or password, by its name' : undefined)
}

const FIX =
  'Pass only non-secret values (branch name, host) between jobs, and let each job build its own DATABASE_URL: ' +
  'use this action with mode: connect (it exports DATABASE_URL through GITHUB_ENV, masked).'

export const secretInOutput: Rule = {
  id: 'secret-in-output',
  severity: 'error',
  summary: 'A job or step output carries a database URL, a password or a secrets.* value.',
  check({ workflows }, report) {
    for (const { workflow } of workflows) {
      for (const job of workflow.jobs) {
        for (const [name, { value, line }] of job.outputs) {
          const carried = whatItCarries(name, value)
          if (!carried) continue
          report(
            workflow.file,
            line,
            `Job output ${job.id}.${name} carries ${carried}; GitHub drops it ("Skip output '${name}' since it may contain secret") and the jobs that need it get an empty string.`,
            FIX,
          )
        }
        for (const step of job.steps) {
          const written = [...logicalLines(step.run ?? []), ...scriptLines(step.withLines.get('script'))]
          for (const line of written) {
            const output = stepOutput(line.text)
            const carried = output && whatItCarries(output.name, output.value)
            if (!output || !carried) continue
            report(
              workflow.file,
              line.line,
              `Step output ${output.name} carries ${carried}; outputs are not masked and cannot cross jobs with a secret in them.`,
              `Write it to GITHUB_ENV after masking it (echo "::add-mask::$VALUE"), or use this action, which exports DATABASE_URL masked. ${FIX}`,
            )
          }
        }
      }
    }
  },
}

function scriptLines(lines: SourceLine[] | undefined): SourceLine[] {
  return (lines ?? []).filter((line) => /\bsetOutput\s*\(/.test(line.text))
}

function stepOutput(line: string): { name: string; value: string } | undefined {
  const written = writesTo(line, 'GITHUB_OUTPUT')
  if (written) return written
  const command = /::set-output\s+name=([\w-]+)::(.*)/.exec(line)
  if (command) return { name: command[1], value: command[2] }
  const script = /\bsetOutput\s*\(\s*['"`]([\w-]+)['"`]\s*,\s*(.*)\)/.exec(line)
  return script ? { name: script[1], value: script[2] } : undefined
}
