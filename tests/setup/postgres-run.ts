import { assertPostgresReachable, dropDatabasesStartingWith } from './postgres'

/** Global set-up of the PostgreSQL project: check the server, then drop this run's databases. */
export default async function setup() {
  await assertPostgresReachable()
  process.env.TEST_RUN_ID = `${process.pid}${Date.now().toString(36)}`
  return async () => dropDatabasesStartingWith(`site_int_${process.env.TEST_RUN_ID}_`)
}
