// The bench's `--node` choice: node24 / node20 (the binaries the end-to-end tests use), `system` (the node running
// the bench) or a path. Every step the runner emulator starts runs on it.
import { runnerNode as fetchRunnerNode } from '../support/node-binary.js'

export async function useStepNode(choice: string): Promise<void> {
  process.env.RUNNER_EMULATOR_NODE =
    choice === 'system'
      ? process.execPath
      : choice === 'node24' || choice === 'node20'
        ? await fetchRunnerNode(choice)
        : choice
}
