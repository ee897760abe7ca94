import type { Job, Located, Service, Workflow } from '../workflow-model.js'
import type { Rule } from './rule.js'

/** Variables that point a program at a kind of service, by image name. */
const SERVICE_VARIABLES: Array<{ image: RegExp; variable: RegExp }> = [
  {
    image: /postgres|postgis|timescale|pgvector|neon/,
    variable:
      /^(DATABASE_URL|POSTGRES(QL)?_(URL|URI|DSN|HOST)|PG_?(URL|URI|DSN|HOST)|DB_(URL|URI|DSN|HOST)|SQLALCHEMY_DATABASE_URI)$/,
  },
  { image: /mysql|mariadb|percona/, variable: /^(DATABASE_URL|MYSQL_(URL|HOST)|DB_(URL|HOST))$/ },
  {
    image: /redis|valkey|keydb|dragonfly/,
    variable: /^(REDIS|VALKEY|CACHE)_(URL|URI|HOST)$|^CELERY_(BROKER|RESULT_BACKEND)(_URL)?$/,
  },
  { image: /mongo/, variable: /^MONGO(DB)?_(URL|URI|HOST)$/ },
  { image: /rabbitmq/, variable: /^(AMQP|RABBITMQ|BROKER)_(URL|URI|HOST)$|^CELERY_BROKER(_URL)?$/ },
  { image: /elasticsearch|opensearch/, variable: /^(ELASTICSEARCH|OPENSEARCH|ES)_(URL|HOST|HOSTS)$/ },
]

function pointsAt(service: Service, variable: string): boolean {
  const image = service.image.split('@')[0].split(':')[0].toLowerCase()
  const ownName = new RegExp(`^${service.name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_(URL|URI|DSN|HOST)$`)
  return (
    ownName.test(variable) || SERVICE_VARIABLES.some((kind) => kind.image.test(image) && kind.variable.test(variable))
  )
}

function settingsOf(workflow: Workflow, job: Job): Array<[string, Located]> {
  return [workflow.env, job.env, ...job.steps.map((step) => step.env)].flatMap((settings) => [...settings])
}

export const secretOverridesService: Rule = {
  id: 'secret-overrides-service',
  severity: 'warning',
  summary: "A job defines a service container and also sets that service's URL from a secret.",
  check({ workflows }, report) {
    for (const { workflow } of workflows) {
      const reported = new Set<number>()
      for (const job of workflow.jobs) {
        for (const [variable, { value, line }] of settingsOf(workflow, job)) {
          if (!/\bsecrets\.\w+/.test(value) || reported.has(line)) continue
          const service = job.services.find((candidate) => pointsAt(candidate, variable))
          if (!service) continue
          reported.add(line)
          report(
            workflow.file,
            line,
            `Job ${job.id} starts the service container "${service.name}" but ${variable} comes from a secret, so the job talks to that other server instead of its own container.`,
            `Point ${variable} at the container (for example localhost and the mapped port), or drop the service if the job really needs the secret one.`,
          )
        }
      }
    }
  },
}
