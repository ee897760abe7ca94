// resetToParentAndWait with a fake client: waits until Neon has finished the reset, refuses what it must not reset.
import { describe, expect, it } from '@jest/globals'
import type { Branch, NeonClient } from '../../src/neon/client.js'
import { resetToParentAndWait } from '../../src/steps/reset-to-parent.js'

const branch = (extra: Partial<Branch> = {}): Branch => ({
  id: 'br-pr-bbb-222',
  name: 'preview/pr-7',
  parentId: 'br-main-aaa-111',
  default: false,
  protected: false,
  createdAt: '2026-01-01T00:00:00Z',
  currentState: 'ready',
  ...extra,
})

function fakeClient(states: Array<Partial<Branch>>) {
  const calls: string[] = []
  const client = {
    resetToParent: async (id: string) => {
      calls.push(`reset ${id}`)
      return branch(states.shift())
    },
    getBranch: async (id: string) => {
      calls.push(`get ${id}`)
      return branch(states.shift())
    },
  } as unknown as NeonClient
  return { client, calls }
}

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

describe('resetToParentAndWait', () => {
  it('resets, then polls the branch until it is ready with nothing pending', async () => {
    const { client, calls } = fakeClient([
      { currentState: 'resetting', pendingState: 'ready' },
      { currentState: 'resetting', pendingState: 'ready' },
      { currentState: 'ready', pendingState: 'ready' },
      { currentState: 'ready' },
    ])
    const time = fakeTime()
    const done = await resetToParentAndWait(client, branch(), { deadline: 60_000, ...time })
    expect(done.currentState).toBe('ready')
    expect(calls).toEqual(['reset br-pr-bbb-222', 'get br-pr-bbb-222', 'get br-pr-bbb-222', 'get br-pr-bbb-222'])
    expect(time.sleeps).toEqual([200, 400, 800])
  })

  it('a reset Neon finished at once: no polling', async () => {
    const { client, calls } = fakeClient([{}])
    await resetToParentAndWait(client, branch(), { deadline: 60_000, ...fakeTime() })
    expect(calls).toEqual(['reset br-pr-bbb-222'])
  })

  it('fails when the deadline passes while it is still resetting', async () => {
    const { client } = fakeClient(Array(100).fill({ currentState: 'resetting' }))
    await expect(resetToParentAndWait(client, branch(), { deadline: 5_000, ...fakeTime() })).rejects.toThrow(
      /still resetting .* when the deadline passed/,
    )
  })

  it('never resets the default branch or a protected one', async () => {
    const { client, calls } = fakeClient([{}])
    await expect(resetToParentAndWait(client, branch({ default: true }), { deadline: 1 })).rejects.toThrow(/default/)
    await expect(resetToParentAndWait(client, branch({ protected: true }), { deadline: 1 })).rejects.toThrow(
      /protected/,
    )
    expect(calls).toEqual([])
  })
})
