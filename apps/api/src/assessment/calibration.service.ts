import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Answer,
  answers as simulatedAnswer,
  DEFAULT_ENGINE_CONFIG,
  drawLearners,
  NEWCOMER_POPULATION,
  runAdaptive,
} from '@passerelle/assessment';
import {
  AssessmentItemStatus,
  AttemptStatus,
  type BankVersionDetail,
  BankVersionStatus,
  type BankVersionSummary,
  type CalibrationDataSource,
  type PersonRef,
} from '@passerelle/contracts';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Conflict, NotFound } from '../common/problem/app-error';
import { AppConfig } from '../config/app-config';
import { recordAudit } from '../identity/audit-trail';
import { People } from '../identity/people';
import { NotEnoughAttempts } from './assessment-errors';
import { fitBank, type FitInput, type FitOutput } from './calibration-fit';
import {
  answersByAttempt,
  calibrationReport,
  proposedParameters,
  versionDetail,
  versionSummary,
} from './calibration-report';
import { CoursePlacementService } from './course-placement.service';
import { AssessmentBankVersion } from './entities/assessment-bank-version.entity';
import { AssessmentItem } from './entities/assessment-item.entity';
import { ItemBankService } from './item-bank.service';

/**
 * Key of the session advisory lock held while a fit runs, so that two API instances (or the
 * CLI and an instance) never fit at once.
 */
const FIT_LOCK = 0x6669_7462; // "fitb"
/** Key of the transaction advisory lock that serialises applying and rejecting versions. */
const REVIEW_LOCK = 0x7265_7662; // "revb"

/**
 * Sympson–Hetter exposure control for the new parameters: modest settings (8 rounds of
 * `ASSESSMENT_FIT_EXPOSURE_LEARNERS`, 1,000 by default), so that it takes well under a
 * minute. The rates it aims at are the engine's usual ones.
 */
const FIT_EXPOSURE = { rounds: 8, seed: 0x5eed } as const;

/** The worker script, built beside the API; absent when running from sources (tests). */
const WORKER_SCRIPT = join(__dirname, 'calibration-worker.js');

/**
 * Runs the fit in a worker thread when the built worker is there, so that the API keeps
 * answering during it; in the same thread otherwise (tests, which run from sources).
 */
function runFit(input: FitInput): Promise<FitOutput> {
  if (!existsSync(WORKER_SCRIPT)) return Promise.resolve(fitBank(input));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { workerData: input });
    worker.once('message', (output: FitOutput) => resolve(output));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The calibration worker stopped with code ${code}`));
    });
  });
}

/** Simulated learners of the demo proposal, and the seed of their draws (reproducible). */
export const DEMO_SIMULATED_LEARNERS = 1500;
const DEMO_SEED = 0xca1b;

/**
 * Calibration of the item bank: fits the items' parameters on the answers of completed
 * attempts (Bock–Aitkin EM in `@passerelle/assessment`, anchors held fixed), recomputes
 * exposure control for them, and stores the result as a *proposed* bank version. A mentor or
 * admin reviews it and applies it (it becomes current, and the live items get its
 * parameters) or rejects it. Attempts started before keep their version.
 */
@Injectable()
export class CalibrationService implements OnApplicationShutdown {
  private readonly logger = new Logger(CalibrationService.name);
  /** Fits started in the background (`startFit`, the demo proposal), while they run. */
  private readonly running = new Set<Promise<void>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly banks: ItemBankService,
    private readonly coursePlacement: CoursePlacementService,
    private readonly config: AppConfig,
    private readonly directory: People,
  ) {}

  private get settings() {
    return this.config.settings.assessment;
  }

  async list(): Promise<BankVersionSummary[]> {
    const versions = await this.db
      .getRepository(AssessmentBankVersion)
      .find({ order: { number: 'DESC' } });
    const people = await this.people(versions);
    return versions.map((version) => versionSummary(version, people));
  }

  async detail(id: string): Promise<BankVersionDetail> {
    const version = await this.db.getRepository(AssessmentBankVersion).findOneBy({ id });
    if (!version) throw new NotFound('There is no such bank version.');
    const keys = new Map(
      (await this.db.getRepository(AssessmentItem).find({ select: { id: true, key: true } })).map(
        (item) => [item.id, item.key],
      ),
    );
    return versionDetail(version, await this.people([version]), keys);
  }

  /**
   * Fits the bank on the completed attempts now and stores a proposed version (the CLI waits
   * for it). Refused when there are fewer completed attempts than configured, or while another
   * fit runs.
   */
  async fitNow(actor: AuthenticatedAccount | null): Promise<BankVersionDetail> {
    const release = await this.startable();
    try {
      const proposed = await this.propose(
        await this.completedAnswers(),
        'learners',
        actor?.id ?? null,
      );
      return await this.detail(proposed.id);
    } finally {
      await release();
    }
  }

  /**
   * Starts a fit and returns at once (a fit takes minutes): the proposal appears in the list
   * when done. The same refusals as `fitNow` come before it starts; a failure later is logged.
   */
  async startFit(actor: AuthenticatedAccount): Promise<void> {
    const release = await this.startable();
    const run = (async () => {
      try {
        // Past this request's response: the fit is synchronous work.
        await new Promise((resolve) => setImmediate(resolve));
        const proposed = await this.propose(await this.completedAnswers(), 'learners', actor.id);
        this.logger.log(`Proposed item bank version ${proposed.number}`);
      } catch (error) {
        this.logFailure('The calibration failed', error);
      } finally {
        await release();
      }
    })();
    this.track(run);
  }

  /** Keeps `work` as what runs in the background, so that shutdown waits for it. */
  private track(work: Promise<void>): void {
    this.running.add(work);
    void work.finally(() => this.running.delete(work));
  }

  /** Resolves when no fit started here runs (for shutdown, and tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.idle();
  }

  /**
   * Takes the fit lock once there are enough completed attempts; returns its release.
   * Throws the problem to tell the caller otherwise.
   */
  private async startable(): Promise<() => Promise<void>> {
    const [{ completed }] = (await this.db.query(
      `SELECT count(*)::int AS completed FROM assessment_attempts WHERE status = $1`,
      [AttemptStatus.Completed],
    )) as { completed: number }[];
    if (completed < this.settings.fitMinAttempts) {
      throw new NotEnoughAttempts(completed, this.settings.fitMinAttempts);
    }
    const release = await this.fitLock();
    if (!release) throw new Conflict('A calibration is running already; try again later.');
    return release;
  }

  /**
   * The scheduled job: fits when there are enough completed attempts, and enough new ones
   * since the last fit on learners' answers. Returns the proposed version, or null when it had
   * nothing to do (or another instance holds the lock). Never throws: errors are logged.
   */
  async scheduledFit(): Promise<AssessmentBankVersion | null> {
    try {
      return await this.withFitLock(async () => {
        const [row] = (await this.db.query(
          `SELECT count(*)::int AS total,
                  count(*) FILTER (WHERE completed_at > coalesce((
                    SELECT max(created_at) FROM assessment_bank_versions
                     WHERE source = 'calibrated' AND report->>'source' = 'learners'), '-infinity'))::int AS new
             FROM assessment_attempts WHERE status = $1`,
          [AttemptStatus.Completed],
        )) as { total: number; new: number }[];
        if (row.total < this.settings.fitMinAttempts || row.new < this.settings.fitMinNewAttempts) {
          return null;
        }
        const proposed = await this.propose(await this.completedAnswers(), 'learners', null);
        this.logger.log(
          `Proposed item bank version ${proposed.number} from ${row.total} completed attempts`,
        );
        return proposed;
      });
    } catch (error) {
      this.logFailure('The scheduled calibration failed', error);
      return null;
    }
  }

  private logFailure(what: string, error: unknown): void {
    this.logger.error(
      `${what}: ${error instanceof Error ? error.message : String(error)}`,
      error instanceof Error ? error.stack : undefined,
    );
  }

  /**
   * Demo data: a proposal fitted on simulated learners who take the check through the real
   * engine and answer from the current parameters, so that a newcomer sees a calibration to
   * review at once. Labelled as simulated in its report. Only when no fit was stored yet.
   */
  seedDemoProposalInBackground(): void {
    this.track(
      this.seedDemoProposal().then(
        (version) => {
          if (version) this.logger.log(`Proposed demo item bank version ${version.number}`);
        },
        (error: unknown) => this.logFailure('The demo calibration failed', error),
      ),
    );
  }

  async seedDemoProposal(
    learners = DEMO_SIMULATED_LEARNERS,
  ): Promise<AssessmentBankVersion | null> {
    const exists = await this.db
      .getRepository(AssessmentBankVersion)
      .existsBy({ source: 'calibrated' });
    if (exists) return null;
    const loaded = await this.banks.current();
    const { bank } = loaded;
    const config = this.banks.engineConfig(loaded);
    const catalogue = await this.coursePlacement.catalogue(config.levelCuts);
    // Newcomers, with their intakes, through the engine as attempts run it.
    const attempts = drawLearners(learners, DEMO_SEED, NEWCOMER_POPULATION).map((learner) =>
      runAdaptive(bank, learner, config, catalogue).given.map(
        (index): Answer => ({
          itemId: bank.items[index].id,
          correct: simulatedAnswer(bank, index, learner),
        }),
      ),
    );
    return this.withFitLock(() => this.propose(attempts, 'simulated', null));
  }

  /**
   * Makes a proposed version current: the current one is superseded (its parameters completed
   * with the live ones of items it did not hold, so that its attempts keep being scored as
   * they were), and the live items get the new parameters and exposure control; fitted
   * items are no longer provisional. One transaction; who applied is recorded and audited.
   */
  async apply(actor: AuthenticatedAccount, id: string): Promise<BankVersionDetail> {
    await this.db.transaction(async (em) => {
      const version = await this.proposedVersion(em, id);
      await em.query(
        `UPDATE assessment_bank_versions v
            SET status = $1,
                parameters = (SELECT coalesce(jsonb_object_agg(i.id::text, jsonb_build_object(
                                'a', i.a, 'b', i.b, 'c', i.c, 'exposureControl', i.exposure_control)),
                              '{}'::jsonb)
                                FROM assessment_items i) || v.parameters
          WHERE status = $2`,
        [BankVersionStatus.Superseded, BankVersionStatus.Current],
      );
      await em.update(AssessmentBankVersion, version.id, {
        status: BankVersionStatus.Current,
        reviewedAt: new Date(),
        reviewedById: actor.id,
      });
      const fitted = (version.report?.items ?? [])
        .filter((item) => item.status === 'fitted')
        .map((item) => item.itemId);
      await em.query(
        `UPDATE assessment_items i
            SET a = (p.value->>'a')::double precision,
                b = (p.value->>'b')::double precision,
                c = (p.value->>'c')::double precision,
                exposure_control = (p.value->>'exposureControl')::double precision,
                provisional = CASE WHEN i.id::text = ANY($2::text[]) THEN false ELSE i.provisional END,
                updated_at = now()
           FROM jsonb_each($1::jsonb) p
          WHERE i.id::text = p.key`,
        [JSON.stringify(version.parameters), fitted],
      );
      await recordAudit(em, {
        action: 'assessment-bank.applied',
        actorId: actor.id,
        subjectId: null,
      });
    });
    return this.detail(id);
  }

  async reject(actor: AuthenticatedAccount, id: string): Promise<BankVersionDetail> {
    await this.db.transaction(async (em) => {
      const version = await this.proposedVersion(em, id);
      await em.update(AssessmentBankVersion, version.id, {
        status: BankVersionStatus.Rejected,
        reviewedAt: new Date(),
        reviewedById: actor.id,
      });
      await recordAudit(em, {
        action: 'assessment-bank.rejected',
        actorId: actor.id,
        subjectId: null,
      });
    });
    return this.detail(id);
  }

  /**
   * Fits the current version's items on `attempts` and stores the proposed version. The
   * caller holds the fit lock.
   */
  private async propose(
    attempts: readonly (readonly Answer[])[],
    source: CalibrationDataSource,
    createdById: string | null,
  ): Promise<AssessmentBankVersion> {
    const { bank } = await this.banks.current();
    const stored = await this.db
      .getRepository(AssessmentItem)
      .find({ select: { id: true, anchor: true, status: true } });
    const { result, exposure } = await runFit({
      items: bank.items.map(({ id, area, a, b, c }) => ({ id, area, a, b, c: c ?? 0 })),
      attempts: attempts.map((answers) => [...answers]),
      anchors: stored.filter((item) => item.anchor).map((item) => item.id),
      retired: stored
        .filter((item) => item.status === AssessmentItemStatus.Retired)
        .map((item) => item.id),
      exposure: { ...FIT_EXPOSURE, learners: this.settings.fitExposureLearners },
      catalogue: await this.coursePlacement.catalogue(DEFAULT_ENGINE_CONFIG.levelCuts),
      intakeWeight: this.settings.intakePriorWeight,
    });
    const repository = this.db.getRepository(AssessmentBankVersion);
    const [{ next }] = (await this.db.query(
      `SELECT coalesce(max(number), 0) + 1 AS next FROM assessment_bank_versions`,
    )) as { next: number }[];
    return repository.save(
      repository.create({
        number: next,
        status: BankVersionStatus.Proposed,
        source: 'calibrated',
        parameters: proposedParameters(result, exposure.exposureControl),
        population: result.population,
        correlation: result.correlation,
        report: calibrationReport(
          result,
          exposure,
          { rounds: FIT_EXPOSURE.rounds, learners: this.settings.fitExposureLearners },
          source,
        ),
        createdById,
      }),
    );
  }

  /** The answers of every completed attempt, one array per attempt in the order given. */
  private async completedAnswers(): Promise<Answer[][]> {
    const rows = (await this.db.query(
      `SELECT r.attempt_id AS "attemptId", r.item_id AS "itemId", r.correct
         FROM assessment_responses r
         JOIN assessment_attempts a ON a.id = r.attempt_id
        WHERE a.status = $1
        ORDER BY r.attempt_id, r.position`,
      [AttemptStatus.Completed],
    )) as { attemptId: string; itemId: string; correct: boolean }[];
    return answersByAttempt(rows);
  }

  /** Runs `work` holding the fit lock, or returns null at once when another fit holds it. */
  private async withFitLock<T>(work: () => Promise<T>): Promise<T | null> {
    const release = await this.fitLock();
    if (!release) return null;
    try {
      return await work();
    } finally {
      await release();
    }
  }

  /**
   * The fit lock: a session advisory lock on a connection of its own, so that two API
   * instances (or the CLI and an instance) never fit at once. Null when another holds it.
   */
  private async fitLock(): Promise<(() => Promise<void>) | null> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [
        FIT_LOCK,
      ])) as { locked: boolean }[];
      if (!locked) {
        await runner.release();
        return null;
      }
    } catch (error) {
      await runner.release();
      throw error;
    }
    return async () => {
      try {
        await runner.query('SELECT pg_advisory_unlock($1)', [FIT_LOCK]);
      } finally {
        await runner.release();
      }
    };
  }

  /** The version, locked for review; only a proposed version may be applied or rejected. */
  private async proposedVersion(em: EntityManager, id: string): Promise<AssessmentBankVersion> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [REVIEW_LOCK]);
    const version = await em.findOneBy(AssessmentBankVersion, { id });
    if (!version) throw new NotFound('There is no such bank version.');
    if (version.status !== BankVersionStatus.Proposed) {
      throw new Conflict(
        `Version ${version.number} is ${version.status}: only a proposed version can be applied or rejected.`,
      );
    }
    return version;
  }

  private async people(
    versions: readonly AssessmentBankVersion[],
  ): Promise<Map<string, PersonRef>> {
    const ids = [
      ...new Set(
        versions.flatMap((v) => [v.createdById, v.reviewedById]).filter((id) => id !== null),
      ),
    ] as string[];
    const people = await this.directory.byId(ids);
    return new Map(
      [...people.values()].map((p) => [p.id, { id: p.id, displayName: p.displayName }]),
    );
  }
}
