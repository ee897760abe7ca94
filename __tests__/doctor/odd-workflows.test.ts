// Odd but possible workflow files never crash the doctor.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { lintWorkspace } from '../../src/doctor/lint.js'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'doctor-odd-'))
  mkdirSync(path.join(dir, '.github/workflows'), { recursive: true })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const ODD: Record<string, string> = {
  'empty.yml': '',
  'comment.yml': '# nothing here\n',
  'scalar.yml': 'just a string\n',
  'list.yaml': '- a\n- b\n',
  'jobs-list.yml': 'on: push\njobs:\n  - a\n',
  'steps-map.yml': 'on: push\njobs:\n  a:\n    steps: {run: x}\n    needs: 3\n',
  'reusable.yml':
    'on: pull_request\njobs:\n  call:\n    uses: org/repo/.github/workflows/x.yml@main\n    secrets: inherit\n',
  'anchors.yml': [
    'on: pull_request',
    'x-env: &env',
    '  DATABASE_URL: ${{ secrets.DB }}',
    'jobs:',
    '  a:',
    '    env: *env',
    '    services: {db: {image: postgres}}',
    '    steps:',
    '      - &step',
    '        run: nohup python w.py &',
    '      - *step',
    '  b:',
    '    needs: [a, a, missing]',
    '    steps: [{run: null}, {uses: null}, null]',
  ].join('\n'),
  'cycle.yml':
    'on: push\njobs:\n  a: {needs: b, steps: [{run: alembic upgrade head}]}\n  b: {needs: a, steps: [{run: alembic upgrade head}]}\n',
  'duplicate-keys.yml': 'on: push\non: pull_request\njobs: {}\n',
}

test('odd files give findings or nothing, never an exception', () => {
  for (const [name, text] of Object.entries(ODD)) writeFileSync(path.join(dir, '.github/workflows', name), text)
  writeFileSync(path.join(dir, 'alembic.ini'), '[alembic]\nscript_location = nowhere\n')
  const findings = lintWorkspace(dir, { disabledRules: [] })
  expect(findings.every((finding) => finding.line >= 1)).toBe(true)
  // an alembic.ini whose script_location is not there is said so
  expect(findings.filter((finding) => !finding.file.startsWith('.github/workflows/'))).toEqual([
    expect.objectContaining({ file: 'alembic.ini', line: 2, rule: 'alembic-location-not-found' }),
  ])
  // The anchored env and step are read through their aliases.
  const anchors = findings.filter((finding) => finding.file.endsWith('anchors.yml')).map((finding) => finding.rule)
  expect(anchors.sort()).toEqual(['secret-overrides-service', 'unbuffered-python']) // the aliased step once
  // GitHub rejects a key given twice; so does the doctor.
  expect(
    findings.filter((finding) => finding.file.endsWith('duplicate-keys.yml')).map((finding) => finding.rule),
  ).toEqual(['workflow-parse-error'])
})

test('CRLF line endings keep the line numbers', () => {
  const lines = [
    'on: push',
    'jobs:',
    '  a:',
    '    steps:',
    '      - run: |',
    '          echo start',
    '          nohup python w.py &',
  ]
  writeFileSync(path.join(dir, '.github/workflows/crlf.yml'), lines.join('\r\n') + '\r\n')
  mkdirSync(path.join(dir, 'alembic/versions'), { recursive: true })
  writeFileSync(path.join(dir, 'alembic/versions/a.py'), 'revision = "a"\r\ndown_revision = "zz"\r\n')
  const findings = lintWorkspace(dir, { disabledRules: [] }).map(
    (finding) => `${finding.file}:${finding.line} ${finding.rule}`,
  )
  expect(findings).toEqual([
    '.github/workflows/crlf.yml:7 unbuffered-python',
    'alembic/versions/a.py:2 alembic-missing-down-revision',
  ])
})

test('a workspace without workflows or migrations has no findings', () => {
  expect(lintWorkspace(path.join(dir, 'does-not-exist'), { disabledRules: [] })).toEqual([])
})
