// The small readers the rules stand on.
import { widening } from '../../src/doctor/alembic.js'
import {
  canBothHold,
  evaluateCondition,
  knownBoolean,
  knownString,
  SECRET_DEPENDENT,
  UNKNOWN,
  type Facts,
  type Value,
} from '../../src/doctor/conditions.js'
import { embeddedExpressions, parseExpression, readPaths, yieldsOnlyLiterals } from '../../src/doctor/expressions.js'
import { inert } from '../../src/doctor/log.js'
import { migrationTool } from '../../src/doctor/migration-commands.js'
import { moduleAssignments } from '../../src/doctor/python-literals.js'
import {
  backgroundCommands,
  envWrites,
  lineAt,
  logicalLines,
  pythonOffset,
  runsUnbuffered,
  writesTo,
} from '../../src/doctor/shell.js'
import { readWorkflow } from '../../src/doctor/workflow-model.js'

function read(source: string) {
  const result = readWorkflow('w.yml', source)
  if (!result.ok) throw new Error(result.message)
  return result.workflow
}

describe('workflow model', () => {
  test('run lines keep their file lines in literal, folded, quoted and indented blocks', () => {
    const workflow = read(
      [
        'on: push', //                                    1
        'jobs:', //                                       2
        '  a:', //                                        3
        '    steps:', //                                  4
        '      - run: |2', //                             5
        '            indented', //                        6
        '', //                                            7
        '          second', //                            8
        '      - run: >-', //                             9
        '          folded one', //                       10
        '          folded two', //                       11
        '      - run: "echo one; \\', //                  12
        '          echo two"', //                        13
        '      - {uses: "./", with: {mode: lint}}', //  14
      ].join('\n'),
    )
    const [literal, folded, quoted, flow] = workflow.jobs[0].steps
    expect(literal.run?.filter((line) => line.text.trim()).map((line) => line.line)).toEqual([6, 8])
    expect(folded.run?.map((line) => line.line)).toEqual([10])
    expect(quoted.run?.map((line) => line.line)).toEqual([12])
    expect(flow).toMatchObject({ line: 14, uses: './' })
    expect(flow.with.get('mode')).toEqual({ value: 'lint', line: 14, keyLine: 14 })
  })

  test('needs, triggers, services and matrix copies', () => {
    const workflow = read(`
on: [push, pull_request]
jobs:
  a:
    strategy:
      max-parallel: 2
      matrix: {os: [x, y], node: [1, 2, 3]}
  b:
    needs: a
    strategy: {matrix: '\${{ fromJSON(needs.a.outputs.m) }}'}
    services:
      db: {image: 'postgres:16'}
      cache: redis
  c:
    needs: [a, b]
    strategy: {matrix: {include: [{x: 1}, {x: 2}]}}
`)
    expect(workflow.triggers).toEqual(['push', 'pull_request'])
    expect(workflow.jobs.map((job) => [job.id, job.needs, job.parallelCopies])).toEqual([
      ['a', [], 2],
      ['b', ['a'], 'unknown'],
      ['c', ['a', 'b'], 2],
    ])
    expect(workflow.jobs[1].services.map((service) => [service.name, service.image])).toEqual([
      ['db', 'postgres:16'],
      ['cache', 'redis'],
    ])
  })

  test('invalid YAML is a result with a line, not an exception', () => {
    expect(readWorkflow('w.yml', 'on: push\njobs:\n  a: [\n')).toMatchObject({ ok: false, line: expect.any(Number) })
  })
})

describe('shell reading', () => {
  const lines = (text: string) => text.split('\n').map((line, index) => ({ text: line, line: index + 1 }))

  test('continuations are joined, comments and heredoc bodies dropped, positions kept', () => {
    const logical = logicalLines(
      lines('a \\\n  b # note\n# comment\ncat <<EOF\npython x &\nEOF\necho "x<<y" >> $GITHUB_OUTPUT\nlast'),
    )
    expect(logical.map((line) => [line.line, line.text.trim()])).toEqual([
      [1, 'a  b'],
      [4, 'cat <<EOF'],
      [7, 'echo "x<<y" >> $GITHUB_OUTPUT'],
      [8, 'last'],
    ])
    expect(lineAt(logical[0], logical[0].text.indexOf('b'))).toBe(2)
  })

  test('background commands: lone &, nohup; not &&, 2>&1, &>', () => {
    expect(backgroundCommands('python a.py > log 2>&1 &').map((c) => c.text.trim())).toEqual(['python a.py > log 2>&1'])
    expect(backgroundCommands('a && b || c &> log')).toEqual([])
    expect(backgroundCommands('x & y &').map((c) => c.text.trim())).toEqual(['x', 'y'])
    expect(backgroundCommands('nohup python w.py').map((c) => c.text.trim())).toEqual(['nohup python w.py'])
  })

  test.each([
    ['python -u w.py', true],
    ['python3 -Bu -m app', true],
    ['PYTHONUNBUFFERED=1 python w.py', true],
    ['python -m uvicorn -u', false],
    ['python w.py -u', false],
    ['PYTHONUNBUFFERED=0 python w.py', false],
  ])('runsUnbuffered(%s) = %s', (command, expected) => {
    expect(runsUnbuffered(command)).toBe(expected)
  })

  test('python detection', () => {
    expect(pythonOffset('uv run python w.py')).toBe(7)
    expect(pythonOffset('./scripts/poll.py --once')).toBe(0)
    expect(pythonOffset('node server.js')).toBe(-1)
    expect(pythonOffset('pip install pythonx')).toBe(-1)
    expect(pythonOffset('cd python && make')).toBe(-1)
    expect(pythonOffset('ls worker.py')).toBe(-1)
    expect(pythonOffset('cd app && python3 -m app')).toBe(10)
    expect(pythonOffset('PYTHONPATH=src timeout 60 python w.py')).toBe(26)
    expect(pythonOffset('sudo -E /usr/bin/python3 w.py')).toBe(8)
    expect(pythonOffset('worker.py --once')).toBe(0)
    expect(pythonOffset('uv run uvicorn app:app')).toBe(0)
    expect(pythonOffset('nohup poetry run celery -A app worker')).toBe(6)
    expect(pythonOffset('flask --app web run --port 5000')).toBe(0)
    expect(pythonOffset('pip install uvicorn')).toBe(-1)
    expect(pythonOffset('npx celery-cli')).toBe(-1)
  })

  test('writes to GITHUB_OUTPUT and GITHUB_ENV, single and grouped', () => {
    expect(writesTo('echo "url=$U" >> "$GITHUB_OUTPUT"', 'GITHUB_OUTPUT')).toEqual({ name: 'url', value: '$U' })
    expect(writesTo('echo url=$U >>${GITHUB_OUTPUT}', 'GITHUB_OUTPUT')).toEqual({ name: 'url', value: '$U' })
    expect(writesTo('echo "url=$U" >> "$GITHUB_ENV"', 'GITHUB_OUTPUT')).toBeUndefined()
    expect(writesTo('echo "db_url=$U" | tee -a "$GITHUB_OUTPUT"', 'GITHUB_OUTPUT')).toEqual({
      name: 'db_url',
      value: '$U',
    })
    const grouped = envWrites(lines('{\n  echo "A=1"\n  echo "B=$(x)"\n} >> "$GITHUB_ENV"'))
    expect(grouped.map((write) => [write.name, write.line])).toEqual([
      ['A', 2],
      ['B', 3],
    ])
  })
})

describe('migration commands', () => {
  test.each([
    ['alembic upgrade head', 'alembic'],
    ['python -m alembic -c a.ini upgrade heads', 'alembic'],
    ['npx prisma migrate deploy', 'prisma migrate'],
    ['npx node-pg-migrate up', 'node-pg-migrate'],
    ['npx knex migrate:latest --env ci', 'knex migrate'],
    ['python manage.py migrate --noinput', 'django migrate'],
    ['bin/rails db:migrate', 'rails db:migrate'],
    ['bundle exec rake db:prepare', 'rails db:migrate'],
    ['flyway -url=$URL migrate', 'flyway'],
    ['npm run migrate', 'a migrate script'],
    ['npm run db:migrate:deploy', 'a migrate script'],
    ['npm run migrate:make users', undefined],
    ['alembic revision --autogenerate -m x', undefined],
    ['npx node-pg-migrate create add-users', undefined],
    ['python manage.py makemigrations --check', undefined],
    ['npx prisma generate', undefined],
    ['knex migrate:make users', undefined],
    ['alembic upgrade head --sql > schema.sql', undefined],
    ['flask db upgrade', 'flask db upgrade'],
    ['php artisan migrate --force', 'artisan migrate'],
    ['mix ecto.migrate', 'ecto.migrate'],
    ['echo "then run: alembic upgrade head"', undefined],
    ['cd backend && alembic upgrade head', 'alembic'],
  ])('%s', (line, tool) => {
    expect(migrationTool(line)).toBe(tool)
  })
})

describe('job conditions (canBothHold, with the expressions evaluator)', () => {
  test.each([
    [undefined, undefined, [], true],
    ["github.event_name == 'push'", "github.event_name == 'pull_request'", [], false],
    ["github.event.action != 'closed'", "github.event.action == 'closed'", [], false],
    ["github.event.action != 'closed'", "github.event.action == 'opened'", [], true],
    [
      "github.event_name == 'pull_request' && (github.event.action == 'synchronize' || github.event.action == 'opened')",
      "github.event_name == 'pull_request' && github.event.action == 'closed'",
      [],
      false,
    ],
    ["github.ref == 'refs/heads/main' || github.event_name == 'push'", "github.ref == 'refs/heads/dev'", [], true],
    ["always() && github.event_name == 'push'", "github.event_name == 'schedule'", [], false],
    ["'push' == github.event_name", "github.event_name != 'push'", [], false],
    // GitHub compares strings without regard to case
    ["github.event.action != 'closed'", "github.event.action == 'CLOSED'", [], false],
    // a path tested with contains() may hold values no literal shows: taken as possible
    ["contains(github.ref, 'main')", "github.ref == 'refs/heads/dev'", [], true],
    ["contains(github.ref, 'main')", "startsWith(github.ref, 'refs/heads/')", [], true],
    // a workflow on push only: a pull_request job never runs
    ["github.event_name == 'pull_request'", undefined, ['push'], false],
    ["github.event_name != 'pull_request'", "github.event_name != 'schedule'", ['push', 'schedule'], true],
    ["success() && (needs.a.result == 'success')", "success() && (needs.a.result == 'failure')", [], false],
  ])('%s / %s (on: %j): %s', (a, b, triggers, expected) => {
    expect(canBothHold(a, b, triggers as string[])).toBe(expected)
    expect(canBothHold(b, a, triggers as string[])).toBe(expected)
  })
})

describe('conditions as the runner reads them (workflow parser)', () => {
  test('if: without ${{ }}, with it around all of it, with text outside it, and empty', () => {
    const workflow = read(`on: push
jobs:
  a:
    if: github.event_name == 'push'
    steps:
      - if: \${{ always() }}
        run: x
      - if: \${{ env.X }} && false
        run: x
      - run: x
`)
    expect(workflow.jobs[0].condition).toBe("success() && (github.event_name == 'push')")
    expect(workflow.jobs[0].steps.map((step) => step.condition)).toEqual([
      'always()',
      "success() && (format('{0} && false', env.X))",
      'success()',
    ])
  })
})

describe('three-valued evaluation', () => {
  const facts = (values: Record<string, Value>): Facts => ({
    lookup: (path) => values[path.join('.')] ?? UNKNOWN,
    status: (name) => (name === 'success' || name === 'always' ? knownBoolean(true) : UNKNOWN),
  })
  test.each([
    ["github.event_name == 'push'", { 'github.event_name': knownString('PUSH') }, 'true'],
    [
      "github.event_name == 'push' && github.ref == 'refs/heads/main'",
      { 'github.event_name': knownString('pr') },
      'false',
    ],
    ["github.event_name == 'push' || github.ref == 'refs/heads/main'", {}, 'unknown'],
    ["needs.check.outputs.has_key == 'true'", { 'needs.check.outputs.has_key': SECRET_DEPENDENT }, 'secret'],
    ["always() || needs.check.outputs.has_key == 'true'", { 'needs.check.outputs.has_key': SECRET_DEPENDENT }, 'true'],
    [
      'github.event.pull_request.head.repo.full_name == github.repository',
      {
        'github.event.pull_request.head.repo.full_name': { kind: 'repository', side: 'head' },
        'github.repository': { kind: 'repository', side: 'base' },
      },
      'false',
    ],
    ["github.repository == 'acme/shop'", { 'github.repository': { kind: 'repository', side: 'base' } }, 'true'],
    ["!contains(github.event.pull_request.labels.*.name, 'skip')", {}, 'unknown'],
    [
      'contains(fromJSON(\'["push", "schedule"]\'), github.event_name)',
      { 'github.event_name': knownString('push') },
      'true',
    ],
    ['not an expression ==', {}, 'unknown'],
  ])('%s', (condition, values, expected) => {
    expect(evaluateCondition(condition, facts(values as Record<string, Value>))).toBe(expected)
  })
})

describe('expressions', () => {
  test('the ${{ }} spans of a value; a }} inside a string literal does not end one', () => {
    expect(embeddedExpressions("a ${{ x.y }} b ${{ format('}}{0}', z) }}")).toEqual([
      { expression: 'x.y', offset: 2 },
      { expression: "format('}}{0}', z)", offset: 15 },
    ])
  })

  test('paths read, dotted or indexed, lower-cased', () => {
    const expr = parseExpression("steps['Create'].outputs.DB_URL != '' && needs.a.outputs[matrix.x]")!
    expect(readPaths(expr)).toEqual([
      ['steps', 'create', 'outputs', 'db_url'],
      ['needs', 'a', 'outputs'],
      ['matrix', 'x'],
    ])
  })

  test.each([
    ["secrets.KEY != ''", true],
    ["secrets.KEY && 'yes' || 'no'", true],
    ['!env.X', true],
    ['secrets.KEY', false],
    ["secrets.KEY || 'none'", false],
    ["format('{0}', secrets.KEY)", false],
  ])('%s yields only literals: %s', (expression, expected) => {
    expect(yieldsOnlyLiterals(parseExpression(expression)!)).toBe(expected)
  })
})

describe('Python literals (Alembic revision files)', () => {
  test.each([
    ['revision = "abc"', { kind: 'string', value: 'abc', line: 1 }],
    ["revision: str = 'abc'  # note", { kind: 'string', value: 'abc', line: 1 }],
    ['revision = "ab" "cd"', { kind: 'string', value: 'abcd', line: 1 }],
    ['revision = (\n    "ab"\n    "cd"\n)', { kind: 'string', value: 'abcd', line: 2 }],
    ['revision = u"abc"', { kind: 'string', value: 'abc', line: 1 }],
    ['revision = None', { kind: 'none' }],
    [
      'revision = ("a", "b")',
      {
        kind: 'sequence',
        items: [
          { value: 'a', line: 1 },
          { value: 'b', line: 1 },
        ],
      },
    ],
    [
      "revision = ['a',\n            'b',]",
      {
        kind: 'sequence',
        items: [
          { value: 'a', line: 1 },
          { value: 'b', line: 2 },
        ],
      },
    ],
    ['revision: Union[str, Sequence[str], None] = ("a",)', { kind: 'sequence', items: [{ value: 'a', line: 1 }] }],
    ['revision = make_id()', { kind: 'other' }],
    ['revision = \\\n    "abc"', { kind: 'string', value: 'abc', line: 2 }],
  ])('%j', (source, expected) => {
    expect(moduleAssignments(source).get('revision')?.value).toEqual(expected)
  })

  test('docstrings, indented code and the last assignment', () => {
    const source = [
      '"""A migration.',
      'revision = "in the docstring"',
      '"""',
      'revision = "first"',
      'def upgrade():',
      '    revision = "local"',
      'revision = "last"',
    ].join('\n')
    expect(moduleAssignments(source).get('revision')).toEqual({
      name: 'revision',
      line: 7,
      value: { kind: 'string', value: 'last', line: 7 },
    })
  })

  test('a widened version table', () => {
    expect(widening('op.execute("ALTER TABLE alembic_version ALTER COLUMN version_num TYPE VARCHAR(128)")')).toBe(128)
    expect(widening('op.alter_column("alembic_version", "version_num", type_=sa.String(length=64))')).toBe(64)
    expect(widening('op.alter_column("users", "name", type_=sa.String(length=64))')).toBeUndefined()
    expect(widening('# alembic_version.version_num stays VARCHAR(32)')).toBeUndefined()
  })
})

describe('inert log text', () => {
  test.each([
    ['plain', 'plain'],
    ['two\nlines', 'two\\nlines'],
    ['::error::x', '\u200b::error::x'],
    ['  ::set-output name=x::y', '\u200b  ::set-output name=x::y'],
    ['a\r\n::stop-commands::t', 'a\\n::stop-commands::t'],
    ['bell\u0007', 'bell\\u0007'],
  ])('%j', (text, expected) => {
    expect(inert(text)).toBe(expected)
  })
})
