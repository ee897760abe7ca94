import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createJob, expectNoSecret, parseFileCommands, runJob, inputEnvName } from '../../support/runner-emulator.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const script = path.join(here, 'fixtures', 'fake-action.mjs')

describe('runner emulator', () => {
  it('maps input names like the runner', () => {
    expect(inputEnvName('api_key')).toBe('INPUT_API_KEY')
    expect(inputEnvName('my input-name')).toBe('INPUT_MY_INPUT-NAME')
  })

  it('parses NAME=VALUE and heredoc blocks', () => {
    const text = 'A=1\nB<<ghadelimiter_x\nline1\nline2\nghadelimiter_x\nC=x<<y\n'
    expect(parseFileCommands(text)).toEqual({ A: '1', B: 'line1\nline2', C: 'x<<y' })
  })

  it('runs main then post with defaults, files, state, env and masks', async () => {
    const { main, post, stepEnv } = await runJob({
      main: { script, env: { FAKE_ENTRY: 'main' } },
      post: { script, env: { FAKE_ENTRY: 'post' } },
    })
    expect(main.exitCode).toBe(0)
    expect(main.inputs.mode).toBe('create') // action.yml default
    expect(main.summary).toContain('mode=create token=set')
    expect(main.env).toEqual({ DATABASE_URL: 'postgres://u:s3cr3t-pw@h/db', MULTI: 'line1\nline2' })
    expect(main.outputs).toEqual({ branch_id: 'br-x' })
    expect(main.state).toEqual({ branch_id: 'br-x' })
    expect(main.log).toContain('connecting to postgres://u:***@h/db')
    expect(main.annotations).toEqual([{ level: 'warning', message: 'careful', properties: { title: 'T' } }])
    expect(stepEnv.DATABASE_URL).toContain('s3cr3t-pw')
    expect(post.receivedState).toEqual({ branch_id: 'br-x' })
    expect(post.log).toContain('post sees state=br-x url-set=yes')
    expect(post.log).toContain('path-has-fake=true')
    // the raw stdout holds the secret only inside the connecting line the runner masks: that counts as a leak
    expect(() => expectNoSecret([main, post], 's3cr3t-pw')).toThrow(/main#0 stdout/)
    expect(() => expectNoSecret([post], 's3cr3t-pw')).not.toThrow()
  })

  it('reports failures and kills a step at a chosen moment, keeping its state', async () => {
    const job = await createJob()
    try {
      const failed = await job.runMain({ script, inputs: { branch_name: 'fail' } })
      expect(failed.exitCode).toBe(1)
      expect(failed.annotations.some((a) => a.level === 'error' && a.message === 'main failed')).toBe(true)
      const killed = await job.runMain({
        script,
        inputs: { branch_name: 'hang' },
        killWhen: (s) => s.state.branch_id === 'br-x',
      })
      expect(killed.killed).toBe(true)
      expect(killed.signal).toBe('SIGKILL')
      expect(killed.state).toEqual({ branch_id: 'br-x' })
      const leak = await job.runMain({ script, inputs: { branch_name: 'leak' } })
      expect(() => expectNoSecret(leak, 's3cr3t-pw')).toThrow(/stderr/)
    } finally {
      await job.cleanup()
    }
  })

  it('runs a run: step with the job env, and its GITHUB_ENV reaches later steps', async () => {
    const job = await createJob({ env: { JOB_LEVEL: 'j' } })
    try {
      const first = await job.runShell(
        'echo "GREETING=hello $JOB_LEVEL" >> "$GITHUB_ENV"; echo "x=1" >> "$GITHUB_OUTPUT"',
      )
      expect(first.exitCode).toBe(0)
      expect(first.outputs).toEqual({ x: '1' })
      const second = await job.runShell('echo "$GREETING"; exit 4')
      expect(second.exitCode).toBe(4)
      expect(second.stdout.trim()).toBe('hello j')
    } finally {
      await job.cleanup()
    }
  })

  it('rejects inputs action.yml does not declare', async () => {
    const job = await createJob()
    try {
      await expect(job.runMain({ script, inputs: { nope: 'x' } })).rejects.toThrow(/not declared/)
    } finally {
      await job.cleanup()
    }
  })
})
