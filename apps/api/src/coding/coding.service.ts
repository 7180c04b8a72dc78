import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DRAFT_MIN_INTERVAL_MS,
  type DraftSaved,
  type ExerciseView,
  type HintsView,
  ItemKind,
  type LanguageCode,
  SubmissionKind,
  SUBMISSIONS_PER_MINUTE,
  type SubmissionView,
  type SubmitRequest,
} from '@passerelle/contracts';
import { stopped } from '@passerelle/grading';
import { localize } from '@passerelle/learning';
import { DataSource, MoreThan } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { assertOwnerOrRole } from '../common/auth/ownership';
import { NotFound, TooManyRequests, ValidationFailed } from '../common/problem/app-error';
import { Mentorship } from '../learning/cohorts/mentorship';
import { CoursesService, type EnrolmentRef } from '../learning/courses.service';
import { Exercise } from './entities/exercise.entity';
import { ExerciseDraft } from './entities/exercise-draft.entity';
import { HintReveal } from './entities/hint-reveal.entity';
import { Submission } from './entities/submission.entity';
import { gradingJob } from './exercise-checks';
import { GraderService } from './grader.service';

/** First key of the advisory lock that serialises one learner's submissions (the second: theirs). */
const SUBMISSION_LOCK = 0x5355424d; // "SUBM"

export function toView(submission: Submission): SubmissionView {
  return {
    id: submission.id,
    itemId: submission.itemId,
    kind: submission.kind,
    source: submission.source,
    result:
      submission.result ??
      stopped('error', 'grader-failed', 'This submission has not been graded.', [], 0),
    needsHelp: submission.helpRequestedAt !== null,
    createdAt: submission.createdAt.toISOString(),
  };
}

/**
 * Coding exercises as learners do them: the exercise, hints one at a time, and submissions
 * graded on the server. Only the server's verdict completes an exercise.
 */
@Injectable()
export class CodingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly courses: CoursesService,
    private readonly grader: GraderService,
    private readonly mentorship: Mentorship,
  ) {}

  async exercise(
    actor: AuthenticatedAccount,
    courseId: string,
    itemId: string,
    language?: LanguageCode,
  ): Promise<ExerciseView> {
    const { tree, exercise, enrolment } = await this.open(actor, courseId, itemId);
    const { definition } = exercise;
    const localized = localize(
      definition.translations,
      language ?? tree.course.defaultLanguage,
      tree.course.defaultLanguage,
    );
    const revealed = await this.revealed(actor.id, itemId);
    const last = await this.db.getRepository(Submission).findOne({
      where: { itemId, learnerId: actor.id },
      order: { createdAt: 'DESC' },
    });
    const draft = await this.db
      .getRepository(ExerciseDraft)
      .findOneBy({ learnerId: actor.id, itemId });
    const passed = enrolment !== null && (await this.passedBy(actor.id, itemId));
    return {
      language: localized.language,
      prompt: localized.text.prompt,
      solutionFile: definition.solutionFile,
      starter: definition.starter,
      exampleTests: definition.exampleTests,
      hints: localized.text.hints.slice(0, revealed),
      hintCount: localized.text.hints.length,
      lastSource: last?.source ?? null,
      lastSubmittedAt: last?.createdAt.toISOString() ?? null,
      draft: draft && { source: draft.source, savedAt: draft.updatedAt.toISOString() },
      passed,
    };
  }

  /** Reveals one more hint (if any is left) and returns those revealed. */
  async revealHint(
    actor: AuthenticatedAccount,
    courseId: string,
    itemId: string,
    language?: LanguageCode,
  ): Promise<HintsView> {
    const { tree, exercise } = await this.open(actor, courseId, itemId);
    const hints = localize(
      exercise.definition.translations,
      language ?? tree.course.defaultLanguage,
      tree.course.defaultLanguage,
    ).text.hints;
    const next = Math.min(hints.length, (await this.revealed(actor.id, itemId)) + 1);
    await this.db
      .createQueryBuilder()
      .insert()
      .into(HintReveal)
      .values({ learnerId: actor.id, itemId, revealed: next })
      .orUpdate(['revealed'], ['learner_id', 'item_id'])
      .execute();
    return { hints: hints.slice(0, next), hintCount: hints.length };
  }

  /**
   * Keeps the learner's draft, replacing the previous one. One learner's saves of one exercise
   * are refused (429, retry after a second) when closer than DRAFT_MIN_INTERVAL_MS: a client
   * that floods gets told so rather than having its latest draft silently dropped.
   */
  async saveDraft(
    actor: AuthenticatedAccount,
    courseId: string,
    itemId: string,
    source: string,
  ): Promise<DraftSaved> {
    await this.open(actor, courseId, itemId, true);
    const saved: { updated_at: Date }[] = await this.db.query(
      `INSERT INTO exercise_drafts (learner_id, item_id, source, updated_at)
       VALUES ($1, $2, $3, now())
       ON CONFLICT (learner_id, item_id) DO UPDATE
         SET source = EXCLUDED.source, updated_at = EXCLUDED.updated_at
         WHERE exercise_drafts.updated_at <= now() - $4::integer * interval '1 millisecond'
       RETURNING updated_at`,
      [actor.id, itemId, source, DRAFT_MIN_INTERVAL_MS],
    );
    if (saved[0]) return { savedAt: saved[0].updated_at.toISOString() };
    const current = await this.db
      .getRepository(ExerciseDraft)
      .findOneBy({ learnerId: actor.id, itemId });
    // The same draft again (a retry whose answer was lost) is already saved.
    if (current?.source === source) return { savedAt: current.updatedAt.toISOString() };
    throw new TooManyRequests('Drafts are saved at most once a second. Try again.', 1);
  }

  /**
   * Stores the submission, grades it in the sandbox, stores the verdict. A passing "submit"
   * completes the exercise; a "run" only runs the examples.
   */
  async submit(
    actor: AuthenticatedAccount,
    courseId: string,
    itemId: string,
    request: SubmitRequest,
  ): Promise<SubmissionView> {
    const { exercise, enrolment } = await this.open(actor, courseId, itemId, true);
    const submission = await this.db.transaction(async (em) => {
      // One learner's submissions are counted and stored one at a time, whichever API
      // instance receives them, so that simultaneous ones cannot all pass the count.
      await em.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SUBMISSION_LOCK, actor.id]);
      const repository = em.getRepository(Submission);
      const recent = await repository.countBy({
        learnerId: actor.id,
        createdAt: MoreThan(new Date(Date.now() - 60_000)),
      });
      if (recent >= SUBMISSIONS_PER_MINUTE) {
        throw new TooManyRequests(
          'Too many submissions in a minute. Wait a moment, then try again.',
          60,
        );
      }
      return repository.save(
        repository.create({
          itemId,
          learnerId: actor.id,
          kind: request.kind,
          source: request.source,
          status: 'queued',
          result: null,
          gradedAt: null,
        }),
      );
    });
    await this.grade(submission, exercise);
    if (enrolment) await this.recordPass(submission, enrolment);
    return toView(submission);
  }

  /**
   * Grades submissions left queued by an API process that stopped while grading them, so that
   * every stored submission ends with a verdict. Runs at start.
   */
  async gradeLeftovers(): Promise<number> {
    const queued = await this.db.getRepository(Submission).find({
      where: { status: 'queued' },
      relations: { exercise: true },
      order: { createdAt: 'ASC' },
      take: 500,
    });
    for (const submission of queued) {
      if (!submission.exercise) continue;
      await this.grade(submission, submission.exercise);
      const enrolment = await this.courses.enrolmentForItem(
        submission.learnerId,
        submission.itemId,
      );
      if (enrolment) await this.recordPass(submission, enrolment);
    }
    return queued.length;
  }

  /** A passing "submit" completes the exercise; a "run" only ran the examples. */
  private async recordPass(submission: Submission, enrolment: EnrolmentRef): Promise<void> {
    if (submission.kind === SubmissionKind.Submit && submission.result?.status === 'pass') {
      await this.courses.record(enrolment, submission.itemId, 1);
    }
  }

  private async grade(submission: Submission, exercise: Exercise): Promise<void> {
    const job = gradingJob(exercise.definition, submission.source, submission.kind);
    let result;
    try {
      result = await this.grader.grade(job);
    } catch {
      result = stopped(
        'error',
        'grader-failed',
        'The grader is not available. Please try again.',
        [],
        0,
      );
    }
    submission.result = result;
    submission.status = 'graded';
    submission.gradedAt = new Date();
    await this.db.getRepository(Submission).save(submission);
  }

  /** A submission, for the learner who sent it, or their mentors and admins. */
  async submission(actor: AuthenticatedAccount, id: string): Promise<SubmissionView> {
    const submission = await this.db.getRepository(Submission).findOneBy({ id });
    if (!submission) throw new NotFound('No submission has this id.');
    if (submission.learnerId !== actor.id) {
      await this.mentorship.assertMentors(actor, submission.learnerId);
    }
    return toView(submission);
  }

  /** The learner asks their mentors to look at one of their submissions. */
  async requestHelp(actor: AuthenticatedAccount, id: string): Promise<SubmissionView> {
    const submission = await this.db.getRepository(Submission).findOneBy({ id });
    if (!submission) throw new NotFound('No submission has this id.');
    assertOwnerOrRole(actor, submission.learnerId);
    submission.helpRequestedAt ??= new Date();
    await this.db.getRepository(Submission).save(submission);
    return toView(submission);
  }

  private async open(
    actor: AuthenticatedAccount,
    courseId: string,
    itemId: string,
    mustBeEnrolled = false,
  ) {
    const access = await this.courses.accessibleItem(actor, courseId, itemId, mustBeEnrolled);
    if (access.item.kind !== ItemKind.Exercise) {
      throw new ValidationFailed(
        [{ field: 'itemId', code: 'isExercise', message: 'this item is not a coding exercise' }],
        'This item is not a coding exercise.',
      );
    }
    const exercise = await this.db.getRepository(Exercise).findOneBy({ itemId });
    if (!exercise) throw new NotFound('This exercise has no content yet.');
    return { ...access, exercise };
  }

  private async revealed(learnerId: string, itemId: string): Promise<number> {
    return (
      (await this.db.getRepository(HintReveal).findOneBy({ learnerId, itemId }))?.revealed ?? 0
    );
  }

  private async passedBy(learnerId: string, itemId: string): Promise<boolean> {
    const rows: { passed: boolean }[] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM submissions WHERE learner_id = $1 AND item_id = $2 AND kind = 'submit' AND result->>'status' = 'pass') AS passed`,
      [learnerId, itemId],
    );
    return rows[0]?.passed === true;
  }
}
