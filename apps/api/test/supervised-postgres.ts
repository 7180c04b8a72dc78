/**
 * Runs the embedded PostgreSQL in a process of its own, for a test (Jest cannot load the
 * package, an ES module): prints `{ message: 'started', url }` and then the supervisor's log
 * as JSON lines; stops the server on SIGTERM.
 */
import './register-paths';

import { startEmbeddedPostgres } from '@passerelle/database-server';

const print = (entry: object) => process.stdout.write(`${JSON.stringify(entry)}\n`);

void startEmbeddedPostgres(process.argv[2] ?? '', print).then((server) => {
  print({ message: 'started', url: server.adminUrl });
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
});
