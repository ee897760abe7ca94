import { describe, expect, it, jest } from '@jest/globals'

jest.unstable_mockModule('@actions/core', () => ({ info: jest.fn(), debug: jest.fn() }))
const { waitUntilReady } = await import('../../src/readiness.js')

const connection = { host: '127.0.0.1:5432', poolerHost: '127.0.0.1:5432', role: 'r', password: 'p', database: 'd' }

function fakeTime() {
  let now = 0
  const sleeps: number[] = []
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      now += ms
    },
    sleeps,
  }
}

describe('waitUntilReady', () => {
  it('polls fast at first, then backs off up to a cap', async () => {
    const time = fakeTime()
    let calls = 0
    const probe = async () => {
      if (++calls < 12) throw new Error('the database system is starting up')
    }
    await expect(waitUntilReady(connection, { ssl: 'require', deadline: 60_000, probe, ...time })).resolves.toBe(12)
    expect(time.sleeps.slice(0, 4)).toEqual([50, 75, 113, 170])
    expect(Math.max(...time.sleeps)).toBe(2000)
  })

  it('gives up with the last error when the deadline would pass', async () => {
    const time = fakeTime()
    const probe = async () => {
      throw new Error('connection refused')
    }
    await expect(waitUntilReady(connection, { ssl: 'require', deadline: 1_000, probe, ...time })).rejects.toThrow(
      /did not accept connections before the timeout .*last error: connection refused/,
    )
  })
})
