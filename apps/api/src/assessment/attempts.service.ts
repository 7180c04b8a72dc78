import { randomInt } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Answer,
  type AreaScale,
  type AssessmentResult,
  DEFAULT_ENGINE_CONFIG,
  DIGCOMP_AREAS,
  type EngineConfig,
  intakePrior,
  type ItemBank,
  nextStep,
  openingArea,
  type ScaleEstimate,
  scoreAttempt,
  settledAfter,
} from '@passerelle/assessment';
import {
  type AnswerRequest,
  type AreaDecisionView,
  type AssessmentOverview,
  AttemptStatus,
  type AttemptView,
  CompetenceArea,
  type IntakeProfile as IntakeProfileView,
  type IntakeRequest,
  LANGUAGE_CODES,
  type LanguageCode,
  LEVEL_MAX,
  LEVEL_MIN,
  levelGroupOf,
  type ScaleResult,
} from '@passerelle/contracts';
import { DataSource, type EntityManager, LessThan } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { NotFound, ValidationFailed } from '../common/problem/app-error';
import { violatedUniqueConstraint } from '../common/problem/unique-violation';
import { days } from '../common/time';
import { AppConfig } from '../config/app-config';
import {
  AttemptExpired,
  IntakeRequired,
  NotCurrentItem,
  RetakeCooldown,
} from './assessment-errors';
import { CoursePlacementService } from './course-placement.service';
import {
  AssessmentAttempt,
  type AttemptDesign,
  type StoredResult,
} from './entities/assessment-attempt.entity';
import { AssessmentResponse } from './entities/assessment-response.entity';
import { IntakeProfile } from './entities/intake-profile.entity';
import { ItemBankService, type LoadedBank } from './item-bank.service';
import { choiceIsWellFormed, isRightChoice, optionIndexes, serveItem } from './served-item';
import { TestLengthService } from './test-length.service';

/** Time spent on one item is capped: a tab left open overnight is not time spent. */
const MAX_TIME_ON_ITEM_MS = 30 * 60_000;

function scaleResult(estimate: ScaleEstimate): ScaleResult {
  const { theta, se, level, group, answered } = estimate;
  return { theta, se, level, group, answered };
}

/**
 * The per-area result of an attempt's answers so far, with each area's decision (a mentor's
 * view of an attempt in progress, or of one finished before decisions were kept).
 */
export function liveAreas(
  bank: ItemBank,
  attempt: Pick<AssessmentAttempt, 'design'>,
  answers: readonly Answer[],
  config: EngineConfig = DEFAULT_ENGINE_CONFIG,
): Record<CompetenceArea, ScaleResult> {
  const state = { answers, ...attempt.design };
  return storedResult(scoreAttempt(bank, state, config), '', settledAfter(bank, state, config))
    .areas;
}

/**
 * An area's decision as a mentor reads it: when and why it settled, and how sure the result is
 * of the area's level group (the decision itself may be on finer cuts, the courses').
 */
function decisionView(scale: AreaScale, after: number | null): AreaDecisionView {
  const inGroup = LEVELS.filter((level) => levelGroupOf(level) === scale.group);
  return {
    settled: scale.decision.settled,
    after,
    confidence: Math.round(scale.groupConfidence * 1000) / 1000,
    fromLevel: Math.min(...inGroup),
    toLevel: Math.max(...inGroup),
  };
}

/** Every DigComp level, 1–8. */
const LEVELS = Array.from({ length: LEVEL_MAX - LEVEL_MIN + 1 }, (_, n) => LEVEL_MIN + n);

/**
 * An engine result as stored with the attempt: coding readiness is one of the areas, and each
 * area keeps when and why it was decided (`after`, from `settledAfter`).
 */
export function storedResult(
  result: AssessmentResult,
  stopReason: string,
  after: Record<CompetenceArea, number | null>,
): StoredResult {
  const area = (name: CompetenceArea, scale: AreaScale): ScaleResult => ({
    ...scaleResult(scale),
    decision: decisionView(scale, after[name]),
  });
  const areas = Object.fromEntries(
    DIGCOMP_AREAS.map((name) => [name, area(name, result.areas[name])]),
  ) as Record<CompetenceArea, ScaleResult>;
  areas[CompetenceArea.Coding] = area(CompetenceArea.Coding, result.codingReadiness);
  return { overall: scaleResult(result.overall), areas, stopReason };
}

export function intakeView(intake: IntakeProfile | null): IntakeProfileView | null {
  if (!intake) return null;
  const { languages, devices, schooling, jobGoal, updatedAt } = intake;
  return { languages, devices, schooling, jobGoal, updatedAt: updatedAt.toISOString() };
}

/**
 * The learner's side of the skills assessment: the intake, then attempts that the server
 * drives item by item. The item served now is stored with the attempt, so that a reload, a
 * second tab or another device resumes on it, and only it can be answered, once.
 */
@Injectable()
export class AttemptsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly banks: ItemBankService,
    private readonly coursePlacement: CoursePlacementService,
    private readonly config: AppConfig,
    private readonly length: TestLengthService,
  ) {}

  private get settings() {
    return this.config.settings.assessment;
  }

  async overview(actor: AuthenticatedAccount): Promise<AssessmentOverview> {
    await this.expireOverdue(actor.id);
    const intake = await this.db.getRepository(IntakeProfile).findOneBy({ learnerId: actor.id });
    const attempts = await this.db.getRepository(AssessmentAttempt).find({
      where: { learnerId: actor.id },
      order: { startedAt: 'DESC' },
    });
    const inProgress = attempts.find((a) => a.status === AttemptStatus.InProgress) ?? null;
    const latest = attempts.find((a) => a.status === AttemptStatus.Completed) ?? null;
    const cooldownEnd = this.cooldownEnd(attempts[0]);
    return {
      intake: intakeView(intake),
      current: inProgress ? await this.view(inProgress) : null,
      latest: latest ? await this.view(latest) : null,
      canStart: !inProgress && cooldownEnd === null,
      retakeAvailableAt: cooldownEnd?.toISOString() ?? null,
      languages: [...LANGUAGE_CODES],
      length: await this.length.estimate(),
    };
  }

  async saveIntake(actor: AuthenticatedAccount, body: IntakeRequest): Promise<IntakeProfileView> {
    const repository = this.db.getRepository(IntakeProfile);
    await repository.save(
      repository.create({
        learnerId: actor.id,
        languages: body.languages.map(({ language, skill }) => ({ language, skill })),
        devices: [...new Set(body.devices)],
        schooling: body.schooling,
        jobGoal: body.jobGoal,
      }),
    );
    return intakeView(
      await repository.findOneByOrFail({ learnerId: actor.id }),
    ) as IntakeProfileView;
  }

  /**
   * Starts an attempt, or resumes the one in progress (in the language asked for). Returns
   * whether it is new. Two starts at once make one attempt: the database allows one in
   * progress per learner, and the loser resumes the winner's.
   */
  async start(
    actor: AuthenticatedAccount,
    language: LanguageCode,
  ): Promise<{ attempt: AttemptView; created: boolean }> {
    await this.expireOverdue(actor.id);
    const resumed = await this.resume(actor.id, language);
    if (resumed) return { attempt: resumed, created: false };
    const intake = await this.db.getRepository(IntakeProfile).findOneBy({ learnerId: actor.id });
    if (!intake) throw new IntakeRequired();
    const newest = await this.db.getRepository(AssessmentAttempt).findOne({
      where: { learnerId: actor.id },
      order: { startedAt: 'DESC' },
    });
    const cooldownEnd = this.cooldownEnd(newest);
    if (cooldownEnd) throw new RetakeCooldown(cooldownEnd);

    const loaded = await this.banks.current();
    const engine = this.banks.engineConfig(loaded);
    const seed = randomInt(0, 2 ** 31 - 1);
    // A learner whose intake points to digital basics does not open with a coding question,
    // and starts from what the intake tells; the test decides on the catalogue's cuts.
    const design: AttemptDesign = {
      prior: intakePrior(intake),
      ...(await this.coursePlacement.catalogue(engine.levelCuts)),
      openingArea: openingArea(intake),
    };
    const step = nextStep(loaded.bank, { seed, answers: [], ...design }, engine);
    if (step.done) throw new Error('The item bank cannot start a test');
    const now = new Date();
    const repository = this.db.getRepository(AssessmentAttempt);
    try {
      const attempt = await repository.save(
        repository.create({
          learnerId: actor.id,
          status: AttemptStatus.InProgress,
          language,
          seed,
          bankVersionId: loaded.versionId,
          design,
          currentItemId: step.item.id,
          servedAt: now,
          questionsLeft: step.questionsLeft,
          startedAt: now,
          expiresAt: new Date(now.getTime() + days(this.settings.attemptTtlDays)),
        }),
      );
      return { attempt: await this.view(attempt, loaded), created: true };
    } catch (error) {
      if (violatedUniqueConstraint(error) !== 'uq_assessment_attempts_in_progress') throw error;
      const other = await this.resume(actor.id, language);
      if (!other) throw error;
      return { attempt: other, created: false };
    }
  }

  async get(actor: AuthenticatedAccount, attemptId: string): Promise<AttemptView> {
    await this.expireOverdue(actor.id);
    return this.view(await this.own(this.db.manager, actor, attemptId));
  }

  async changeLanguage(
    actor: AuthenticatedAccount,
    attemptId: string,
    language: LanguageCode,
  ): Promise<AttemptView> {
    await this.expireOverdue(actor.id);
    const attempt = await this.own(this.db.manager, actor, attemptId);
    this.assertOpen(attempt);
    attempt.language = language;
    await this.db.getRepository(AssessmentAttempt).update(attempt.id, { language });
    return this.view(attempt);
  }

  /**
   * Records the answer to the item served now and serves the next one, or ends the test. The
   * attempt's row is locked for the whole of it, so that of two submits at once one is
   * recorded and the other finds the item answered.
   */
  async answer(
    actor: AuthenticatedAccount,
    attemptId: string,
    body: AnswerRequest,
  ): Promise<AttemptView> {
    await this.expireOverdue(actor.id);
    if (body.dontKnow === true && body.choiceIds !== undefined) {
      throw ValidationFailed.field(
        'choiceIds',
        'dontKnowWithChoices',
        'Send either choiceIds or dontKnow, not both.',
      );
    }
    if (body.dontKnow !== true && body.choiceIds === undefined) {
      throw ValidationFailed.field(
        'choiceIds',
        'isDefined',
        'Choose an option, or "I don’t know".',
      );
    }
    // The attempt is served and scored with the bank version it started with, to the end.
    const { bankVersionId } = await this.own(this.db.manager, actor, attemptId);
    const loaded = await this.banks.ofVersion(bankVersionId);
    const attempt = await this.db.transaction(async (em) => {
      const attempt = await this.own(em, actor, attemptId, true);
      this.assertOpen(attempt);
      const answered = await em.countBy(AssessmentResponse, { attemptId: attempt.id });
      if (body.position !== answered + 1 || body.itemId !== attempt.currentItemId) {
        throw new NotCurrentItem(
          body.position <= answered
            ? 'This question is answered already. Here is the next one.'
            : 'This is not the question served now. Load the test again to see it.',
        );
      }
      const item = loaded.items.get(attempt.currentItemId) as NonNullable<
        ReturnType<LoadedBank['items']['get']>
      >;
      let chosen: number[] | null = null;
      if (body.dontKnow !== true) {
        chosen = optionIndexes(item, attempt.seed, body.choiceIds ?? []);
        if (chosen === null) {
          throw ValidationFailed.field(
            'choiceIds',
            'unknownChoice',
            'One of the chosen options is not an option of this question.',
          );
        }
        if (!choiceIsWellFormed(item, chosen)) {
          throw ValidationFailed.field(
            'choiceIds',
            'malformedChoice',
            item.kind === 'multiple'
              ? 'Choose at least one option.'
              : item.kind === 'ordering'
                ? 'Put every option in order.'
                : 'Choose exactly one option.',
          );
        }
      }
      const previous = await em.find(AssessmentResponse, {
        where: { attemptId: attempt.id },
        order: { position: 'ASC' },
        select: { itemId: true, correct: true },
      });
      const correct = isRightChoice(item, chosen);
      const answers = [...previous, { itemId: item.id, correct }];
      const state = { seed: attempt.seed, answers, ...attempt.design };
      const engine = this.banks.engineConfig(loaded);
      const step = nextStep(loaded.bank, state, engine);
      const estimate = step.done ? step.result.overall : step.estimate;
      const now = new Date();
      const spent = now.getTime() - (attempt.servedAt ?? now).getTime();
      await em.insert(AssessmentResponse, {
        attemptId: attempt.id,
        position: body.position,
        itemId: item.id,
        language: attempt.language,
        choices: chosen,
        correct,
        thetaAfter: estimate.theta,
        seAfter: estimate.se,
        timeSpentMs: Math.max(0, Math.min(spent, MAX_TIME_ON_ITEM_MS)),
        answeredAt: now,
      });
      const changes: Partial<AssessmentAttempt> = step.done
        ? {
            status: AttemptStatus.Completed,
            completedAt: now,
            currentItemId: null,
            servedAt: null,
            questionsLeft: 0,
            result: storedResult(
              step.result,
              step.reason,
              settledAfter(loaded.bank, state, engine),
            ),
          }
        : { currentItemId: step.item.id, servedAt: now, questionsLeft: step.questionsLeft };
      await em.update(AssessmentAttempt, attempt.id, changes);
      return Object.assign(attempt, changes);
    });
    return this.view(attempt, loaded);
  }

  /** The attempt as its learner sees it: the item served now, or the result. */
  async view(attempt: AssessmentAttempt, loaded?: LoadedBank): Promise<AttemptView> {
    const answered = await this.db
      .getRepository(AssessmentResponse)
      .countBy({ attemptId: attempt.id });
    let current = null;
    if (attempt.status === AttemptStatus.InProgress && attempt.currentItemId) {
      const bank = loaded ?? (await this.banks.ofVersion(attempt.bankVersionId));
      const item = bank.items.get(attempt.currentItemId);
      if (item) current = serveItem(item, answered + 1, attempt.language, attempt.seed);
    }
    const result =
      attempt.status === AttemptStatus.Completed && attempt.result
        ? await this.coursePlacement.resultView(
            attempt.learnerId,
            attempt.result,
            attempt.placement,
            attempt.language,
          )
        : null;
    return {
      id: attempt.id,
      status: attempt.status,
      language: attempt.language,
      startedAt: attempt.startedAt.toISOString(),
      expiresAt: attempt.expiresAt.toISOString(),
      completedAt: attempt.completedAt?.toISOString() ?? null,
      answered,
      questionsLeft: current ? attempt.questionsLeft : 0,
      current,
      result,
    };
  }

  /** When the learner may start again, or null when they may now. */
  private cooldownEnd(newest: AssessmentAttempt | null | undefined): Date | null {
    if (newest?.status !== AttemptStatus.Completed || !newest.completedAt) return null;
    const end = new Date(newest.completedAt.getTime() + days(this.settings.retakeCooldownDays));
    return end.getTime() > Date.now() ? end : null;
  }

  private async resume(learnerId: string, language: LanguageCode): Promise<AttemptView | null> {
    const repository = this.db.getRepository(AssessmentAttempt);
    const attempt = await repository.findOneBy({ learnerId, status: AttemptStatus.InProgress });
    if (!attempt) return null;
    if (attempt.language !== language) {
      attempt.language = language;
      await repository.update(attempt.id, { language });
    }
    return this.view(attempt);
  }

  private async own(
    em: EntityManager,
    actor: AuthenticatedAccount,
    attemptId: string,
    lock = false,
  ): Promise<AssessmentAttempt> {
    const attempt = await em.findOne(AssessmentAttempt, {
      where: { id: attemptId, learnerId: actor.id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    // Another learner's attempt is "not found", not "forbidden": its existence is not told.
    if (!attempt) throw new NotFound('There is no such attempt of yours.');
    return attempt;
  }

  private assertOpen(attempt: AssessmentAttempt): void {
    if (attempt.status === AttemptStatus.Expired) throw new AttemptExpired();
    if (attempt.status !== AttemptStatus.InProgress) {
      throw new NotCurrentItem('This skills check is over: there is no question to answer.');
    }
  }

  /** Attempts left open past their time close as expired (they are kept for mentors). */
  private async expireOverdue(learnerId: string): Promise<void> {
    await this.db
      .getRepository(AssessmentAttempt)
      .update(
        { learnerId, status: AttemptStatus.InProgress, expiresAt: LessThan(new Date()) },
        { status: AttemptStatus.Expired, currentItemId: null, servedAt: null },
      );
  }
}
