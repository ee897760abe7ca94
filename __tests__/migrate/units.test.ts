// The migration step's parts without a database: URL settings, the command runner, messages, the summary.
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { OutputTail, RedactedLines, runCommand } from '../../src/migrate/command.js'
import { pgSettingsFromUrl } from '../../src/migrate/connection.js'
import { commandEnv, recordKey } from '../../src/migrate/index.js'
import { failureMessage, lastLines, writeSummary } from '../../src/migrate/report.js'
import { redact as redactKnown } from '../../src/redact.js'

describe('pgSettingsFromUrl', () => {
  const base = 'postgresql://neondb_owner:p%40ss%2Fw0rd@ep-x.example.test:5433/neondb'

  it('sslmode=require&channel_binding=require (what neonctl prints): verified TLS, SCRAM channel binding', () => {
    const { config, plainFallback } = pgSettingsFromUrl(`${base}?sslmode=require&channel_binding=require`)
    expect(config).toMatchObject({
      host: 'ep-x.example.test',
      port: 5433,
      user: 'neondb_owner',
      password: 'p@ss/w0rd',
      database: 'neondb',
      ssl: { rejectUnauthorized: true },
      enableChannelBinding: true,
    })
    expect(config).not.toHaveProperty('sslmode')
    expect(config).not.toHaveProperty('channel_binding')
    expect(plainFallback).toBe(false)
  })

  it('maps the other sslmodes', () => {
    expect(pgSettingsFromUrl(`${base}?sslmode=disable`).config.ssl).toBe(false)
    expect(pgSettingsFromUrl(`${base}?sslmode=disable`).config.enableChannelBinding).toBe(false)
    const verifyCa = pgSettingsFromUrl(`${base}?sslmode=verify-ca`).config.ssl as {
      checkServerIdentity?: () => unknown
    }
    expect(verifyCa.checkServerIdentity?.()).toBeUndefined()
    expect(pgSettingsFromUrl(`${base}?sslmode=verify-full`).config.ssl).toEqual({ rejectUnauthorized: true })
    expect(pgSettingsFromUrl(`${base}?sslmode=require&channel_binding=disable`).config.enableChannelBinding).toBe(false)
    // libpq's default is prefer: TLS if the server has it, else plain
    const prefer = pgSettingsFromUrl(base)
    expect(prefer.config.ssl).toEqual({ rejectUnauthorized: false })
    expect(prefer.plainFallback).toBe(true)
  })

  it('defaults the port and database, reads connect_timeout, and reads sslrootcert', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-ca-'))
    try {
      fs.writeFileSync(path.join(dir, 'ca.pem'), 'CERT')
      const { config } = pgSettingsFromUrl(
        `postgres://app@db.test?sslmode=verify-full&sslrootcert=${path.join(dir, 'ca.pem')}&connect_timeout=7`,
      )
      expect(config).toMatchObject({ port: 5432, database: 'app', connectionTimeoutMillis: 7000, ssl: { ca: 'CERT' } })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses bad URLs without echoing them', () => {
    expect(() => pgSettingsFromUrl('not a url with secret-pw')).toThrow(/^The database URL is not a valid URL$/)
    expect(() => pgSettingsFromUrl('mysql://u:secret-pw@h/db')).toThrow(/must start with postgresql:\/\/, not mysql:/)
    expect(() => pgSettingsFromUrl(`${base}?sslmode=sometimes`)).toThrow(/Unsupported sslmode=sometimes/)
  })
})

describe('OutputTail', () => {
  it('keeps the last lines within capBytes and counts what it dropped', () => {
    const tail = new OutputTail(12)
    tail.append('01234')
    tail.append('56789')
    tail.append('abcde')
    expect(tail.text()).toBe('56789\nabcde')
    expect(tail.droppedBytes).toBe(6)
  })

  it('keeps the end of one line longer than the cap, without a character cut in half', () => {
    const tail = new OutputTail(6)
    tail.append('xxé1234') // é is two bytes; the cut falls inside it
    expect(tail.text()).toBe('1234')
  })
})

describe('RedactedLines', () => {
  const split = (chunks: string[], secrets: string[] = []) => {
    const lines: string[] = []
    const splitter = new RedactedLines(
      (text) => redactKnown(text, secrets),
      Math.max(0, ...secrets.map((s) => s.length)),
      (line) => lines.push(line),
    )
    for (const chunk of chunks) splitter.write(Buffer.from(chunk))
    splitter.end()
    return lines
  }

  it('splits at \\n, \\r\\n and a lone \\r, across chunks, and strips colours and tabs', () => {
    expect(split(['a\r', '\nb\rc', '\n\u001b[31mred\u001b[0m\tx\nlast'])).toEqual(['a', 'b', 'c', 'red     x', 'last'])
  })

  it('redacts a secret split across chunks and never cuts a long line inside one', () => {
    const secret = 'S3cr3t-pAssw0rd-123'
    for (let offset = 0; offset <= 8300; offset += 7) {
      const text = 'x'.repeat(offset) + secret + 'y'.repeat(40)
      const chunks = [text.slice(0, offset + 5), text.slice(offset + 5)]
      const lines = split(chunks, [secret])
      const joined = lines.join('')
      expect(joined).not.toContain(secret.slice(0, 4))
      expect(joined).toContain('***')
      for (const line of lines) expect(line).not.toMatch(/S3c|3t-|123/)
    }
  })
})

describe('messages', () => {
  const output = (text: string) => {
    const tail = new OutputTail(1024)
    for (const line of text.replace(/\n$/, '').split('\n')) if (text) tail.append(line)
    return tail
  }

  it('names the command, the exit code, the job, and ends with the last lines of output', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i + 1}`).join('\n')
    const message = failureMessage(
      'alembic upgrade head',
      'test (run 1, attempt 1)',
      { exitCode: 3, timedOut: false, output: output(`${lines}\n`) },
      1000,
    )
    expect(message.split('\n')[0]).toBe(
      'Migration command `alembic upgrade head` failed with exit code 3 in test (run 1, attempt 1). Last lines of its output:',
    )
    expect(message.split('\n').slice(1)).toEqual(Array.from({ length: 30 }, (_, i) => `line ${i + 21}`))
  })

  it('says timed out, stopped, could not start, or killed', () => {
    const none = output('')
    expect(failureMessage('a\nb', 'j', { timedOut: true, signal: 'SIGTERM', output: none }, 90_000)).toBe(
      'Migration command `a …` timed out after 1 min 30 s in j and was stopped (no output).',
    )
    expect(failureMessage('m', 'j', { timedOut: false, aborted: 'lost the lock', output: none }, 1)).toContain(
      'was stopped in j: lost the lock',
    )
    expect(failureMessage('m', 'j', { timedOut: false, spawnError: 'spawn ENOENT', output: none }, 1)).toContain(
      'could not be started in j: spawn ENOENT',
    )
    expect(failureMessage('m', 'j', { timedOut: false, signal: 'SIGKILL', output: none }, 1)).toContain(
      'killed by SIGKILL',
    )
  })

  it('lastLines strips colours and trailing blank lines', () => {
    expect(lastLines('a\n\u001b[31mred\u001b[0m\n\n', 5, 100)).toBe('a\nred')
  })

  it('redacts the password and URLs, longest first', () => {
    const redact = (text: string) => redactKnown(text, ['postgresql://u:s3cret@h/db', 's3cret'])
    expect(redact('url postgresql://u:s3cret@h/db pw s3cret ab')).toBe('url *** pw *** ab')
  })
})

describe('record key and command environment', () => {
  it('is one record per commit, command and working directory', () => {
    const base = { key: 'sha1', command: 'alembic upgrade head', cwd: process.cwd(), workspace: process.cwd() }
    expect(recordKey(base)).toMatch(/^sha1:[0-9a-f]{16}$/)
    expect(recordKey(base)).toBe(recordKey({ ...base }))
    expect(recordKey(base)).not.toBe(recordKey({ ...base, key: 'sha2' }))
    expect(recordKey(base)).not.toBe(recordKey({ ...base, command: 'alembic upgrade heads' }))
    expect(recordKey(base)).not.toBe(recordKey({ ...base, cwd: path.join(process.cwd(), 'db') }))
    // jobs check out to different paths; the same directory within the workspace is the same record
    const inJob = (workspace: string) => recordKey({ ...base, workspace, cwd: path.join(workspace, 'db') })
    expect(inJob('/home/runner/work/a/a')).toBe(inJob('/runner/_work/a/a'))
  })

  it('passes the job environment and exported variables, DATABASE_URL = direct, but not the action inputs', () => {
    process.env.INPUT_API_KEY = 'neon-api-key'
    try {
      const env = commandEnv({
        directUrl: 'postgresql://direct',
        env: { DATABASE_URL: 'postgresql://pooled', PGHOST: 'h' },
      })
      expect(env).toMatchObject({ DATABASE_URL: 'postgresql://direct', PGHOST: 'h', PYTHONUNBUFFERED: '1' })
      expect(env.PATH).toBe(process.env.PATH)
      expect(env).not.toHaveProperty('INPUT_API_KEY')
    } finally {
      delete process.env.INPUT_API_KEY
    }
  })
})

describe('runCommand', () => {
  const run = (command: string, extra: { timeoutMs?: number; signal?: AbortSignal; cwd?: string } = {}) => {
    const lines: string[] = []
    return runCommand({
      command,
      cwd: extra.cwd ?? os.tmpdir(),
      env: process.env,
      timeoutMs: extra.timeoutMs ?? 30_000,
      signal: extra.signal,
      outputCapBytes: 1024,
      redact: (text) => text,
      longestSecret: 0,
      onLine: (line) => lines.push(line),
    }).then((result) => ({ ...result, streamed: lines.map((line) => `${line}\n`).join('') }))
  }

  it('streams stdout and stderr and returns the exit code; a multi-line command stops at its first failure', async () => {
    const result = await run('echo out; echo err >&2\nfalse\necho never')
    expect(result.exitCode).toBe(1)
    expect(result.streamed.split('\n').sort()).toEqual(['', 'err', 'out'])
    expect(result.output.text().split('\n').sort()).toEqual(['err', 'out'])
  })

  it('stops the process group at the timeout', async () => {
    const result = await run('sleep 30 & sleep 30; echo never', { timeoutMs: 200 })
    expect(result.timedOut).toBe(true)
    expect(result.signal).toBe('SIGTERM')
  })

  it('stops when aborted and reports why', async () => {
    const controller = new AbortController()
    const pending = run('echo started; sleep 30', { signal: controller.signal })
    setTimeout(() => controller.abort('lost the lock'), 100)
    const result = await pending
    expect(result.aborted).toBe('lost the lock')
    expect(result.timedOut).toBe(false)
  })

  it('reports a working directory that does not exist', async () => {
    const result = await run('true', { cwd: path.join(os.tmpdir(), 'no-such-dir-for-migrate') })
    expect(result.spawnError).toMatch(/ENOENT/)
  })
})

describe('writeSummary', () => {
  it('puts the full log in the summary, escaped, with a note when the front was cut', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrate-summary-'))
    const file = path.join(dir, 'summary.md')
    fs.writeFileSync(file, '')
    process.env.GITHUB_STEP_SUMMARY = file
    try {
      await writeSummary({
        outcome: 'failed',
        durationMs: 1500,
        command: 'alembic upgrade head',
        commitSha: 'f'.repeat(40),
        error: 'Migration command `alembic upgrade head` failed with exit code 1 in j.',
        fullLog: { text: 'INFO <stuff> & more\n', droppedBytes: 2048 },
      })
      const summary = fs.readFileSync(file, 'utf8')
      expect(summary).toContain(
        '❌ Failed after 1.5 s (<code>alembic upgrade head</code>, commit <code>fffffff</code>).',
      )
      expect(summary).toContain(
        '<pre><code>[the first 2048 bytes are left out: a job summary holds at most 1 MiB]\nINFO &lt;stuff&gt; &amp; more\n</code></pre>',
      )
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
