// The small readers the rules stand on.
import { migrationTool } from '../../src/doctor/migration-commands.js'
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
    expect(flow.with.get('mode')).toEqual({ value: 'lint', line: 14 })
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
    ['echo "then run: alembic upgrade head"', undefined],
    ['cd backend && alembic upgrade head', 'alembic'],
  ])('%s', (line, tool) => {
    expect(migrationTool(line)).toBe(tool)
  })
})

describe('job conditions', () => {
  test.each([
    [undefined, undefined, true],
    ["github.event_name == 'push'", "github.event_name == 'pull_request'", false],
    ["github.event_name == 'push'", "${{ github.event_name == 'push' }}", true],
    ["github.event.action != 'closed'", "github.event.action == 'closed'", false],
    ["github.event.action != 'closed'", "github.event.action == 'opened'", true],
    [
      "github.event_name == 'pull_request' && (github.event.action == 'synchronize' || github.event.action == 'opened')",
      "github.event_name == 'pull_request' && github.event.action == 'closed'",
      false,
    ],
    ["github.ref == 'refs/heads/main' || github.event_name == 'push'", "github.ref == 'refs/heads/dev'", true],
    ["always() && github.event_name == 'push'", "github.event_name == 'schedule'", false],
    ["'push' == github.event_name", "github.event_name != 'push'", false],
    ["contains(github.ref, 'main')", "github.ref == 'refs/heads/dev'", true],
  ])('%s / %s: %s', async (a, b, expected) => {
    const { canRunTogether } = await import('../../src/doctor/job-conditions.js')
    expect(canRunTogether(a, b)).toBe(expected)
    expect(canRunTogether(b, a)).toBe(expected)
  })
})
