import {
  backgroundCommands,
  envWrites,
  lineAt,
  logicalLines,
  pythonOffset,
  pythonProgram,
  runsUnbuffered,
} from '../shell.js'
import type { Settings } from '../workflow-model.js'
import type { Rule } from './rule.js'

const enables = (settings: Settings) => {
  const value = settings.get('PYTHONUNBUFFERED')?.value.trim()
  return !!value && value !== '0'
}

export const unbufferedPython: Rule = {
  id: 'unbuffered-python',
  severity: 'warning',
  summary:
    'A Python process (python, a .py script, uv/poetry/pipenv run, uvicorn, gunicorn, celery, flask run...) started in the background without -u or PYTHONUNBUFFERED.',
  check({ workflows }, report) {
    for (const { workflow } of workflows) {
      if (enables(workflow.env)) continue
      for (const job of workflow.jobs) {
        if (enables(job.env)) continue
        let setForLaterSteps = false
        for (const step of job.steps) {
          let set = setForLaterSteps || enables(step.env)
          if (envWrites(step.run ?? []).some((write) => write.name === 'PYTHONUNBUFFERED')) setForLaterSteps = true
          for (const line of logicalLines(step.run ?? [])) {
            if (/\bexport\s+PYTHONUNBUFFERED=(?!0\b)\S/.test(line.text)) set = true
            if (set) continue
            const buffered = backgroundCommands(line.text).find(
              (command) => pythonOffset(command.text) >= 0 && !runsUnbuffered(command.text),
            )
            if (!buffered) continue
            const { program, interpreter } = pythonProgram(buffered.text)!
            report(
              workflow.file,
              lineAt(line, buffered.offset + pythonOffset(buffered.text)),
              `${interpreter ? 'Python' : `${program} (a Python program)`} started in the background with buffered output: ` +
                'what it prints to stdout stays in a block buffer, so the log shows nothing until it exits, and nothing at all if it is killed.',
              interpreter
                ? 'Start it with python -u, or set PYTHONUNBUFFERED: "1" in the env of the step, job or workflow.'
                : `Set PYTHONUNBUFFERED: "1" in the env of the step, job or workflow (${program} cannot take python's -u).`,
            )
          }
        }
      }
    }
  },
}
