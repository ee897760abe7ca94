// The SQL behind Neon's role and database routes, run as the admin role over the cluster's private socket.
import type { PostgresCluster } from './postgres-cluster.js'

export async function createRole(cluster: PostgresCluster, name: string, password: string): Promise<void> {
  await cluster.withAdmin('postgres', (client) =>
    client.query(
      `CREATE ROLE ${client.escapeIdentifier(name)} LOGIN CREATEDB CREATEROLE IN ROLE neon_superuser PASSWORD ${client.escapeLiteral(password)}`,
    ),
  )
}

export async function setPassword(cluster: PostgresCluster, name: string, password: string): Promise<void> {
  await cluster.withAdmin('postgres', (client) =>
    client.query(`ALTER ROLE ${client.escapeIdentifier(name)} PASSWORD ${client.escapeLiteral(password)}`),
  )
}

export async function dropRole(cluster: PostgresCluster, name: string): Promise<void> {
  await cluster.withAdmin('postgres', (client) => client.query(`DROP ROLE ${client.escapeIdentifier(name)}`))
}

export async function createDatabase(cluster: PostgresCluster, name: string, owner: string): Promise<void> {
  await cluster.withAdmin('postgres', (client) =>
    client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} OWNER ${client.escapeIdentifier(owner)}`),
  )
}

export async function dropDatabase(cluster: PostgresCluster, name: string): Promise<void> {
  await cluster.withAdmin('postgres', (client) =>
    client.query(`DROP DATABASE ${client.escapeIdentifier(name)} WITH (FORCE)`),
  )
}
