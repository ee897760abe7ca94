// Each fixture repository marks the lines where a finding is expected with a comment `# expect: rule-id [severity]`
// (several separated by commas; `@-1` moves the mark one line up, for lines that cannot carry a comment). The doctor must report exactly those: the right rule at the right line, nothing else.
// `good` and `clean` repositories have no marks, so they must give no findings at all.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintWorkspace } from '../../src/doctor/lint.js'
import { RULES } from '../../src/doctor/rules/index.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

function repositories(): string[] {
  return readdirSync(FIXTURES).flatMap((group) =>
    readdirSync(path.join(FIXTURES, group)).map((variant) => `${group}/${variant}`),
  )
}

function expectedFindings(repository: string): string[] {
  const root = path.join(FIXTURES, repository)
  const expected: string[] = []
  for (const relative of readdirSync(root, { recursive: true }) as string[]) {
    const file = path.join(root, relative)
    if (!statSync(file).isFile()) continue
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const marks = /#\s*expect:\s*([^(]+)/.exec(text)?.[1]
        for (const mark of marks?.split(',') ?? []) {
          const words = mark.trim().split(/\s+/)
          const rule = words[0]
          const severity = words.find((word) => word === 'error' || word === 'warning')
          const shift = Number(words.find((word) => word.startsWith('@'))?.slice(1) ?? 0)
          const defaultSeverity = RULES.find((candidate) => candidate.id === rule)?.severity ?? `unknown rule ${rule}`
          expected.push(
            `${relative.split(path.sep).join('/')}:${index + 1 + shift} ${rule} ${severity ?? defaultSeverity}`,
          )
        }
      })
  }
  return expected.sort()
}

describe('fixture repositories', () => {
  test.each(repositories())('%s: findings are exactly the marked lines', (repository) => {
    const findings = lintWorkspace(path.join(FIXTURES, repository), { disabledRules: [] })
    const actual = findings
      .map((finding) => `${finding.file}:${finding.line} ${finding.rule} ${finding.severity}`)
      .sort()
    expect(actual).toEqual(expectedFindings(repository))
  })

  test('every rule has a bad fixture that makes it fire', () => {
    const fired = new Set(
      repositories().flatMap((repository) =>
        lintWorkspace(path.join(FIXTURES, repository), { disabledRules: [] }).map((finding) => finding.rule),
      ),
    )
    expect([...fired].sort()).toEqual(RULES.map((rule) => rule.id).sort())
  })

  test('good and clean repositories exist for every bad one', () => {
    for (const repository of repositories().filter((name) => name.endsWith('/bad'))) {
      if (repository.startsWith('workflow-parse-error/')) continue
      expect(repositories()).toContain(repository.replace(/\/bad$/, '/good'))
    }
    expect(repositories().filter((name) => name.startsWith('clean/')).length).toBeGreaterThanOrEqual(2)
  })

  test('findings carry a message and a fix, and name no secret value', () => {
    for (const repository of repositories()) {
      for (const finding of lintWorkspace(path.join(FIXTURES, repository), { disabledRules: [] })) {
        expect(finding.message.length).toBeGreaterThan(20)
        expect(finding.fix.length).toBeGreaterThan(20)
        expect(finding.message).not.toMatch(/postgres(ql)?:\/\/\S+:\S+@/)
      }
    }
  })
})
