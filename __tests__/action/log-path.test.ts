// The one printing path (src/log.ts, src/inert.ts, src/html.ts): what it makes of hostile text, read back the way the
// runner reads stdout; and the ESLint rule that keeps every print on it.
import { ESLint } from 'eslint'
import * as path from 'node:path'
import { inert, inertLine } from '../../src/inert.js'
import { escapeHtml, summaryHtml } from '../../src/html.js'
import * as log from '../../src/log.js'
import { parseCommandLine, processWorkflowCommands, repoRoot } from '../../support/runner-emulator.js'
import { expectInert, hostile } from './hostile.js'
import { inProcess } from './in-process.js'

describe('inert', () => {
  it('shows every control character escaped: C0, DEL, C1, line and paragraph separators, bidi overrides', () => {
    expect(inert('a\nb\r\tc')).toBe('a\\nb\\r\\tc')
    expect(inert('\u0000\u001b[31m\u007f\u0085\u009b')).toBe('\\x00\\x1b[31m\\x7f\\x85\\x9b')
    expect(inert('x\u2028y\u2029z\u202eevil\u2066')).toBe('x\\u2028y\\u2029z\\u202eevil\\u2066')
    expect(inert('plain ünïcode ✓ text: fine')).toBe('plain ünïcode ✓ text: fine')
  })

  it('a line never starts a workflow command, after any leading white space, nor holds the older ##[ form', () => {
    for (const lead of ['', ' ', '\t', '\u00a0', '\u3000', '\ufeff']) {
      const line = inertLine(`${lead}::add-mask::x`)
      expect(parseCommandLine(line, new Set(['add-mask']))).toBeUndefined()
    }
    expect(inertLine('see ##[add-mask]x')).toBe('see ##\\[add-mask]x')
    expect(parseCommandLine(inertLine('see ##[add-mask]x'), new Set(['add-mask']))).toBeUndefined()
  })
})

describe('the runner emulator reads commands as the runner does', () => {
  const known = new Set(['add-mask', 'warning'])
  it('after leading white space, and ##[ anywhere in a line', () => {
    expect(parseCommandLine('   ::add-mask::s3cret', known)).toMatchObject({ name: 'add-mask', data: 's3cret' })
    expect(parseCommandLine('text ##[warning]careful', known)).toMatchObject({ name: 'warning', data: 'careful' })
    expect(parseCommandLine('::unknown::x', known)).toBeUndefined()
  })
  it('stop-commands pauses them until its token', () => {
    const parsed = processWorkflowCommands(
      ['::stop-commands::tok', '::add-mask::a', '::tok::', '::add-mask::b'].join('\n'),
    )
    expect(parsed.masks).toEqual(['b'])
  })
})

describe('log.ts: every print site', () => {
  it('log lines, annotations, titles and groups stay inert, whatever the value holds', async () => {
    const value = hostile('UNIT')
    const run = await inProcess(async () => {
      log.info(`value: ${value}`)
      log.info(value) // a value at the start of a line
      log.info(['two lines', value])
      log.debug(value)
      log.notice(value, value)
      log.warning(['first', value], `title ${value}`)
      log.error(value, value)
      await log.group(value, async () => log.outputLine(value))
      log.fail(value)
      await log.appendSummary(summaryHtml`<p>${value}</p>`)
    })
    const parsed = processWorkflowCommands(run.stdout)
    const step = { entry: 'main', commands: parsed.commands, masks: parsed.masks, summary: run.summary }
    expectInert([step as never])
    expect(parsed.annotations.map((a) => a.level)).toEqual(['debug', 'notice', 'warning', 'error', 'error'])
    expect(parsed.annotations[1].properties.title).toContain('UNIT\\n::warning')
    expect(run.exitCode).toBe(1)
  })

  it('redacts registered secrets before anything else, in lines, titles and the summary', async () => {
    const run = await inProcess(async () => {
      log.maskSecrets(['sekrit-value-123'])
      log.info('the value is sekrit-value-123')
      log.warning('x', 'sekrit-value-123')
      await log.appendSummary(summaryHtml`<p>${'sekrit-value-123'}</p>`)
    })
    const visible = run.stdout.replace(/^::add-mask::.*$/m, '')
    expect(visible).not.toContain('sekrit')
    expect(run.summary).not.toContain('sekrit')
    expect(visible).toContain('the value is ***')
  })
})

describe('summary escaping', () => {
  it('no value adds markup, a link, an image or a line of its own', () => {
    const escaped = escapeHtml('<img src=x> ![p](http://x/p.png) [l](javascript:1) `c` *b* | t |\n\n# h')
    expect(escaped).not.toMatch(/[<>[\]`*|\n]/)
    expect(escaped).toContain('&#92;n&#92;n# h') // the new lines, shown escaped
    expect(summaryHtml`<td>${'a<b'}</td>`.html).toBe('<td>a&lt;b</td>')
  })
})

describe('ESLint keeps every print on src/log.ts', () => {
  const eslint = new ESLint({ cwd: repoRoot })
  const problems = async (code: string, file: string) =>
    (await eslint.lintText(code, { filePath: path.join(repoRoot, file) }))[0].messages.map((m) => m.ruleId)

  it.each([
    ["import * as core from '@actions/core'\ncore.info('x')\n", 'no-restricted-imports'],
    ["import { warning } from '@actions/core'\nwarning('x')\n", 'no-restricted-imports'],
    ["import { summary } from '@actions/core'\nvoid summary\n", 'no-restricted-imports'],
    ["process.stdout.write('x')\n", 'no-restricted-properties'],
    ["console.log('x')\n", 'no-console'],
  ])('refuses %j outside src/log.ts', async (code, rule) => {
    expect(await problems(code, 'src/modes/example.ts')).toContain(rule)
    expect(await problems(code, 'src/log.ts')).not.toContain(rule)
  })

  it('allows what is not printing, by name', async () => {
    expect(
      await problems(
        "import { getInput, setOutput } from '@actions/core'\nvoid getInput\nvoid setOutput\n",
        'src/modes/example.ts',
      ),
    ).toEqual([])
  })
})
