// Each fixture repository marks the lines where a finding is expected with a comment `# expect: rule-id [severity]`
// (expectations.ts). The doctor must report exactly those: the right rule at the right line, nothing else.
// `good` and `clean` repositories have no marks, so they must give no findings at all.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintWorkspace } from '../../src/doctor/lint.js'
import { RULES } from '../../src/doctor/rules/index.js'
import { expectedFindings } from './expectations.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

function repositories(): string[] {
  return readdirSync(FIXTURES).flatMap((group) =>
    readdirSync(path.join(FIXTURES, group)).map((variant) => `${group}/${variant}`),
  )
}

describe('fixture repositories', () => {
  test.each(repositories())('%s: findings are exactly the marked lines', (repository) => {
    const findings = lintWorkspace(path.join(FIXTURES, repository), { disabledRules: [] })
    const actual = findings
      .map((finding) => `${finding.file}:${finding.line} ${finding.rule} ${finding.severity}`)
      .sort()
    const expected = expectedFindings(path.join(FIXTURES, repository))
      .map((finding) => `${finding.file}:${finding.line} ${finding.rule} ${finding.severity}`)
      .sort()
    expect(actual).toEqual(expected)
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
