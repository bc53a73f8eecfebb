import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { migrate } from './advisory-lock.js';
import { dataSourceOptions } from './data-source-options.js';
import { openDatabase, poolSizeFor, type DatabaseConnection } from './database-connection.js';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export const DATABASE_CONNECTION = Symbol('DATABASE_CONNECTION');

const logger = new Logger('Database');

@Global()
@Module({
  providers: [
    {
      provide: DATABASE_CONNECTION,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<DatabaseConnection> => {
        const started = Date.now();
        const connection = await openDatabase(config.database);
        if (connection.kind === 'embedded') {
          logger.log(`Embedded PostgreSQL (PGlite) ready in ${Date.now() - started} ms`);
        }
        return connection;
      },
    },
  ],
  exports: [DATABASE_CONNECTION],
})
class DatabaseConnectionModule {}

/** Connects TypeORM to the configured database and brings its schema up to date before anything runs. */
@Global()
@Module({
  imports: [
    DatabaseConnectionModule,
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG, DATABASE_CONNECTION],
      useFactory: (config: AppConfig, connection: DatabaseConnection) => ({
        ...dataSourceOptions(connection.url, poolSizeFor(connection, config.database.poolSize)),
        retryAttempts: 5,
        retryDelay: 2000,
      }),
      dataSourceFactory: async (options) => {
        if (!options) throw new Error('TypeORM options missing');
        const dataSource = await new DataSource(options).initialize();
        const applied = await migrate(dataSource);
        for (const migration of applied) logger.log(`Applied migration ${migration.name}`);
        return dataSource;
      },
    }),
  ],
  exports: [DatabaseConnectionModule],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_CONNECTION) private readonly connection: DatabaseConnection,
  ) {}

  /** The pool must close before the embedded server it talks to. */
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.connection.stop();
  }
}
