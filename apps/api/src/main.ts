import 'reflect-metadata';
import { createApp, createLogger } from './app.factory.js';
import { ConfigError, loadConfig } from './config/app-config.js';
import { EmbeddedDatabaseBusyError } from './database/database-connection.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  createLogger(config).log(
    `GovIndex ready at ${url} (API ${url}/api/v1, docs ${url}/api/docs) on ${
      config.database.kind === 'embedded' ? `embedded PostgreSQL in ${config.database.dataDir}` : 'PostgreSQL server'
    }`,
    'Bootstrap',
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`GovIndex cannot start. ${error.message}\nSee README.md, "Configuration".\n`);
  } else if (error instanceof EmbeddedDatabaseBusyError) {
    process.stderr.write(`GovIndex cannot start. ${error.message}\n`);
  } else {
    process.stderr.write(`GovIndex failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
