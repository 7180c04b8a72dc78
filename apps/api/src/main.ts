import 'reflect-metadata';

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { openDatabase } from '@passerelle/database-server';

import { AppModule } from './app.module';
import { configureApp } from './app-setup';
import { AssessmentSeedService } from './assessment/assessment-seed.service';
import { CalibrationService } from './assessment/calibration.service';
import { CodingService } from './coding/coding.service';
import { CodingSeedService } from './coding/coding-seed.service';
import { ReviewSeedService } from './coding/review-seed.service';
import { ConfigurationError, loadSettings, type Settings } from './config/settings';
import { AccountBootstrapService, type Credentials } from './identity/account-bootstrap.service';
import { AccountsService } from './identity/accounts.service';
import { LearningSeedService } from './learning/learning-seed.service';
import { jsonLogger } from './logger';
import { PlacementSeedService } from './placement/placement-seed.service';

function banner(settings: Settings, url: string, embedded: boolean, credentials: Credentials[]) {
  const lines = [
    '',
    `  Passerelle is running at ${url}/`,
    `    learner portal   ${url}/`,
    `    console          ${url}/console/`,
    `    API docs         ${url}/api/docs`,
    `    database         ${embedded ? `embedded PostgreSQL in ${settings.dataDir}/postgres` : 'DATABASE_URL'}`,
  ];
  if (credentials.length > 0) {
    lines.push('', settings.seedDemoData ? '  Demo accounts:' : '  First admin (shown once):');
    for (const c of credentials)
      lines.push(`    ${c.role.padEnd(9)} ${c.identifier.padEnd(28)} ${c.password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

async function main(): Promise<void> {
  const settings = loadSettings(process.env);
  const logger = jsonLogger(settings.logLevel);
  const database = await openDatabase(settings.databaseUrl, settings.dataDir, (entry) =>
    logger.warn(entry),
  );
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(settings, database.url),
    { logger, bodyParser: false, abortOnError: false },
  );
  configureApp(app, settings);

  const bootstrap = app.get(AccountBootstrapService);
  const credentials = settings.seedDemoData
    ? await bootstrap.seedDemoAccounts()
    : [await bootstrap.createFirstAdminIfEmpty()].filter((c): c is Credentials => c !== null);
  // The skills assessment needs its items whatever the mode; edited items are left alone.
  await app.get(AssessmentSeedService).seedItemBank();
  if (settings.seedDemoData) {
    const mentor = await app.get(AccountsService).findByEmail('mentor@passerelle.local');
    await app.get(LearningSeedService).seedDemoCourses(mentor);
    await app.get(CodingSeedService).seedDemoCourses(mentor);
    await app
      .get(ReviewSeedService)
      .seedDemoCohort('mentor@passerelle.local', 'learner@passerelle.local');
    await app.get(AssessmentSeedService).seedDemoAttempts('mentor@passerelle.local');
    await app.get(ReviewSeedService).seedDemoWork();
    await app.get(PlacementSeedService).seedDemoOrganisations('employer@passerelle.local');
    await app.get(PlacementSeedService).seedDemoCandidates('mentor@passerelle.local');
  }

  await app.listen(settings.port, settings.host);
  // A calibration for mentors to review, fitted on simulated learners (labelled so), made in
  // the background: a fit takes a while, and start-up does not wait for it.
  if (settings.seedDemoData) app.get(CalibrationService).seedDemoProposalInBackground();
  // Submissions a previous run stored but did not grade get their verdict now, in the background.
  void app
    .get(CodingService)
    .gradeLeftovers()
    .then((count) => count > 0 && logger.log({ message: 'graded leftover submissions', count }));
  const url = settings.publicUrl ?? `http://localhost:${settings.port}`;
  banner(settings, url, database.server !== null, credentials);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log({ message: 'stopping', signal });
    await app.close();
    await database.server?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const prefix = error instanceof ConfigurationError ? 'Configuration error' : 'Could not start';
  process.stderr.write(`${prefix}: ${message.split('\n')[0]}\n`);
  process.exit(1);
});
