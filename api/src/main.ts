import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from './app/create-app';
import { wantsDemoData } from './config/demo-data';
import { ConfigurationError, Environment, validateEnvironment } from './config/environment';
import { EmbeddedPostgresServer } from './database/embedded/embedded-postgres-server';
import { bootstrapLogger } from './logging/logger-options';

async function main(env: Environment): Promise<void> {
  const logger = bootstrapLogger(env).child({ context: 'Main' });
  const embedded = env.DATABASE_URL
    ? undefined
    : new EmbeddedPostgresServer({ dataDir: env.DATA_DIR, databaseName: 'di_training', log: (m) => logger.info(m) });
  let app: NestFastifyApplication | undefined;
  let stopping = false;

  const stop = async (reason: string, exitCode: number): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info(`Stopping (${reason})`);
    try {
      await app?.close();
    } finally {
      await embedded?.stop();
      process.exit(exitCode);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT', 0));
  process.once('SIGTERM', () => void stop('SIGTERM', 0));

  try {
    const databaseUrl = embedded ? await embedded.start() : (env.DATABASE_URL as string);
    if (stopping) return;
    app = await createApp(databaseUrl, { webDistDir: env.WEB_DIST_DIR, demoData: wantsDemoData(env) });
    await app.listen({ port: env.PORT, host: env.HOST });
    const shown = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
    logger.info(`Ready at http://${shown}:${env.PORT}/ (API at /api, documentation at /api/docs)`);
  } catch (error) {
    logger.error(error instanceof Error ? error.message : String(error));
    await stop('start-up failed', 1);
  }
}

function readEnvironment(): Environment {
  try {
    return validateEnvironment(process.env);
  } catch (error) {
    // Configuration errors are for a person to read: no stack trace.
    console.error(error instanceof ConfigurationError ? error.message : error);
    process.exit(1);
  }
}

void main(readEnvironment());
