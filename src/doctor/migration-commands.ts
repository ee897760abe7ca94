// Commands that change a database's schema. A command is matched on one logical shell line.

interface MigrationTool {
  name: string
  pattern: RegExp
}

const TOOLS: MigrationTool[] = [
  // --sql is offline mode: it prints SQL and touches no database.
  { name: 'alembic', pattern: /\balembic\b[^;&|]*\s(upgrade|downgrade|stamp)\b(?![^;&|]*\s--sql\b)/ },
  { name: 'flask db upgrade', pattern: /\bflask\b[^;&|]*\sdb\s+(upgrade|downgrade|stamp)\b(?![^;&|]*\s--sql\b)/ },
  { name: 'prisma migrate', pattern: /\bprisma\s+(migrate\s+(deploy|dev|reset)|db\s+push)\b/ },
  { name: 'node-pg-migrate', pattern: /\bnode-pg-migrate\b(?![^;&|]*\screate\b)/ },
  { name: 'knex migrate', pattern: /\bknex\b[^;&|]*\smigrate:(latest|up|down|rollback)\b/ },
  { name: 'django migrate', pattern: /(\bmanage\.py|\bdjango-admin)\s+migrate\b/ },
  { name: 'rails db:migrate', pattern: /\b(rails|rake)\s+([\w:-]+\s+)*db:(migrate|prepare|setup|schema:load)\b/ },
  { name: 'flyway', pattern: /\bflyway\b[^;&|]*\s(migrate|clean|repair|baseline)\b/ },
  { name: 'drizzle-kit', pattern: /\bdrizzle-kit\s+(migrate|push)\b/ },
  { name: 'sequelize', pattern: /\bsequelize(-cli)?\s+db:migrate\b/ },
  { name: 'typeorm', pattern: /\btypeorm\b[^;&|]*\smigration:run\b/ },
  { name: 'sqlx', pattern: /\bsqlx\s+migrate\s+run\b/ },
  { name: 'dbmate', pattern: /\bdbmate\b[^;&|]*\s(up|migrate)\b/ },
  { name: 'goose', pattern: /\bgoose\b[^;&|]*\sup\b/ },
  { name: 'artisan migrate', pattern: /\bartisan\s+migrate(:fresh|:refresh)?(?=\s|$)/ },
  { name: 'ecto.migrate', pattern: /\bmix\s+ecto\.(migrate|setup|reset)\b/ },
  { name: 'dotnet ef', pattern: /\bdotnet\s+ef\s+database\s+update\b/ },
  { name: 'atlas', pattern: /\batlas\s+(migrate\s+apply|schema\s+apply)\b/ },
  { name: 'sqitch', pattern: /\bsqitch\s+deploy\b/ },
  { name: 'liquibase', pattern: /\bliquibase\b[^;&|]*\supdate\b/ },
  {
    name: 'a migrate script',
    pattern: /\b(npm|pnpm|yarn|bun)\s+(run\s+)?(db:)?migrate(:(up|deploy|latest))?(?=\s|$|;|&)/,
  },
]

/** The migration tool a shell line runs, if any. A line that only prints text (echo, printf) runs none. */
export function migrationTool(line: string): string | undefined {
  if (/^\s*(echo|printf)\b/.test(line) && !/\$\(/.test(line)) return undefined
  return TOOLS.find((tool) => tool.pattern.test(line))?.name
}
