import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AssessedLearner,
  type AttemptReview,
  AttemptStatus,
  type AttemptSummary,
  type LearnerAssessment,
  type OverridePlacementRequest,
  type PersonRef,
  Role,
} from '@passerelle/contracts';
import { DataSource, In } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Conflict, NotFound, ValidationFailed } from '../common/problem/app-error';
import { People } from '../identity/people';
import { Mentorship } from '../learning/cohorts/mentorship';
import { intakeView, liveAreas } from './attempts.service';
import { CoursePlacementService } from './course-placement.service';
import { AssessmentAttempt } from './entities/assessment-attempt.entity';
import { AssessmentResponse } from './entities/assessment-response.entity';
import { IntakeProfile } from './entities/intake-profile.entity';
import { ItemBankService } from './item-bank.service';
import { itemText } from './served-item';

interface LearnerRow {
  id: string;
  display_name: string;
  identifier: string;
  cohorts: string[];
}

function summaryOf(attempt: AssessmentAttempt, answered: number): AttemptSummary {
  return {
    id: attempt.id,
    status: attempt.status,
    language: attempt.language,
    startedAt: attempt.startedAt.toISOString(),
    completedAt: attempt.completedAt?.toISOString() ?? null,
    answered,
    overall: attempt.result?.overall ?? null,
    areas: attempt.result?.areas ?? null,
  };
}

/**
 * The mentors' side of the assessment: their learners' results, every attempt item by item,
 * resets and placement overrides. A mentor sees the learners of their cohorts; an admin sees
 * every learner.
 */
@Injectable()
export class AssessmentReviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mentorship: Mentorship,
    private readonly banks: ItemBankService,
    private readonly coursePlacement: CoursePlacementService,
    private readonly people: People,
  ) {}

  async learners(actor: AuthenticatedAccount, cohortId?: string): Promise<AssessedLearner[]> {
    const admin = actor.role === Role.Admin;
    if (cohortId) {
      const mentorId = await this.mentorship.mentorOfCohort(cohortId);
      if (!mentorId || (!admin && mentorId !== actor.id)) {
        throw new NotFound('There is no such cohort of yours.');
      }
    }
    // The cohorts the actor sees (an admin: all; a mentor: their own), by cohort name.
    const memberships = await this.mentorship.memberships(admin ? null : actor.id);
    const cohortsOf = new Map<string, string[]>();
    for (const m of memberships)
      cohortsOf.set(m.learnerId, [...(cohortsOf.get(m.learnerId) ?? []), m.cohortName]);
    const learners = admin
      ? await this.people.withRole(Role.Learner)
      : [...(await this.people.byId([...cohortsOf.keys()])).values()].filter(
          (person) => person.role === Role.Learner,
        );
    const inCohort = cohortId
      ? new Set(memberships.filter((m) => m.cohortId === cohortId).map((m) => m.learnerId))
      : null;
    const rows: LearnerRow[] = learners
      .filter((person) => !inCohort || inCohort.has(person.id))
      .map((person) => ({
        id: person.id,
        display_name: person.displayName,
        identifier: (person.email ?? person.username) as string,
        cohorts: cohortsOf.get(person.id) ?? [],
      }));
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.id);
    const intakes = await this.db.getRepository(IntakeProfile).findBy({ learnerId: In(ids) });
    const newest = (await this.db.query(
      `SELECT DISTINCT ON (learner_id) id FROM assessment_attempts
        WHERE learner_id = ANY($1) ORDER BY learner_id, started_at DESC`,
      [ids],
    )) as { id: string }[];
    const latest = await this.db
      .getRepository(AssessmentAttempt)
      .findBy({ id: In(newest.map((row) => row.id)) });
    const counts = await this.answerCounts(latest.map((a) => a.id));
    return rows.map((row) => {
      const attempt = latest.find((a) => a.learnerId === row.id);
      return {
        id: row.id,
        displayName: row.display_name,
        identifier: row.identifier,
        cohorts: row.cohorts,
        intake: intakeView(intakes.find((i) => i.learnerId === row.id) ?? null),
        latest: attempt ? summaryOf(attempt, counts.get(attempt.id) ?? 0) : null,
      };
    });
  }

  async learner(actor: AuthenticatedAccount, learnerId: string): Promise<LearnerAssessment> {
    const learner = await this.people.find(learnerId);
    if (learner?.role !== Role.Learner) throw new NotFound('There is no such learner.');
    await this.mentorship.assertMentors(actor, learnerId);
    const attempts = await this.db.getRepository(AssessmentAttempt).find({
      where: { learnerId },
      order: { startedAt: 'DESC' },
    });
    const counts = await this.answerCounts(attempts.map((a) => a.id));
    const intake = await this.db.getRepository(IntakeProfile).findOneBy({ learnerId });
    return {
      learner: { id: learner.id, displayName: learner.displayName },
      intake: intakeView(intake),
      attempts: attempts.map((a) => summaryOf(a, counts.get(a.id) ?? 0)),
    };
  }

  async review(actor: AuthenticatedAccount, attemptId: string): Promise<AttemptReview> {
    const attempt = await this.mentored(actor, attemptId);
    const [learner, resetBy] = await Promise.all([
      this.person(attempt.learnerId),
      attempt.resetById ? this.person(attempt.resetById) : Promise.resolve(null),
    ]);
    const responses = await this.db.getRepository(AssessmentResponse).find({
      where: { attemptId },
      order: { position: 'ASC' },
    });
    // The items as the attempt's own bank version had them.
    const loaded = await this.banks.ofVersion(attempt.bankVersionId);
    const { items } = loaded;
    const reviewed = responses.map((response) => {
      const item = items.get(response.itemId);
      if (!item) throw new Error(`Response to a missing item ${response.itemId}`);
      const { language, text } = itemText(item, response.language);
      const optionText = (index: number) => text.options[index] ?? `#${index + 1}`;
      return {
        position: response.position,
        itemId: item.id,
        itemKey: item.key,
        area: item.area,
        kind: item.kind,
        language,
        prompt: text.prompt,
        given: (response.choices ?? []).map(optionText),
        expected: item.answer.map(optionText),
        dontKnow: response.choices === null,
        correct: response.correct,
        thetaAfter: response.thetaAfter,
        seAfter: response.seAfter,
        timeSpentMs: response.timeSpentMs,
        answeredAt: response.answeredAt.toISOString(),
      };
    });
    // A reset attempt keeps its result for the mentor (the learner no longer sees it).
    const result = attempt.result
      ? await this.coursePlacement.resultView(
          attempt.learnerId,
          attempt.result,
          attempt.placement,
          attempt.language,
        )
      : null;
    // An attempt in progress (or one finished before decisions were kept): its areas as they
    // stand, each with its decision so far.
    const areas =
      attempt.result?.areas.information?.decision || responses.length === 0
        ? (attempt.result?.areas ?? null)
        : liveAreas(loaded.bank, attempt, responses, this.banks.engineConfig(loaded));
    return {
      ...summaryOf(attempt, responses.length),
      areas,
      stopReason: attempt.result?.stopReason ?? null,
      learner,
      expiresAt: attempt.expiresAt.toISOString(),
      resetBy,
      responses: reviewed,
      currentItemKey: attempt.currentItemId
        ? (items.get(attempt.currentItemId)?.key ?? null)
        : null,
      result,
    };
  }

  /**
   * Sets an attempt aside so that the learner may take the test again at once (life happens:
   * a shared phone, a child who tapped through). The attempt and its answers are kept.
   */
  async reset(actor: AuthenticatedAccount, attemptId: string): Promise<AttemptReview> {
    const attempt = await this.mentored(actor, attemptId);
    if (attempt.status !== AttemptStatus.InProgress && attempt.status !== AttemptStatus.Completed) {
      throw new Conflict(`This attempt is ${attempt.status} already; there is nothing to reset.`);
    }
    await this.db.getRepository(AssessmentAttempt).update(
      { id: attempt.id, status: attempt.status },
      {
        status: AttemptStatus.Reset,
        currentItemId: null,
        servedAt: null,
        resetById: actor.id,
        resetAt: new Date(),
      },
    );
    return this.review(actor, attemptId);
  }

  async overridePlacement(
    actor: AuthenticatedAccount,
    attemptId: string,
    body: OverridePlacementRequest,
  ): Promise<AttemptReview> {
    const attempt = await this.mentored(actor, attemptId);
    if (attempt.status !== AttemptStatus.Completed) {
      throw new Conflict('Only a completed attempt has a placement to change.');
    }
    const courseIds = [...new Set(body.courseIds)];
    const unknown = await this.coursePlacement.unknownCourses(courseIds);
    if (unknown.length > 0) {
      throw ValidationFailed.field(
        'courseIds',
        'unknownCourse',
        `These are not published courses: ${unknown.join(', ')}.`,
      );
    }
    const by = await this.person(actor.id);
    await this.db.getRepository(AssessmentAttempt).update(attempt.id, {
      placement: { courseIds, note: body.note, by, at: new Date().toISOString() },
    });
    return this.review(actor, attemptId);
  }

  async clearPlacement(actor: AuthenticatedAccount, attemptId: string): Promise<AttemptReview> {
    const attempt = await this.mentored(actor, attemptId);
    await this.db.getRepository(AssessmentAttempt).update(attempt.id, { placement: null });
    return this.review(actor, attemptId);
  }

  private async mentored(actor: AuthenticatedAccount, attemptId: string) {
    const attempt = await this.db.getRepository(AssessmentAttempt).findOneBy({ id: attemptId });
    if (!attempt) throw new NotFound('There is no such attempt.');
    await this.mentorship.assertMentors(actor, attempt.learnerId);
    return attempt;
  }

  private async person(id: string): Promise<PersonRef> {
    const person = await this.people.find(id);
    if (!person) throw new Error(`No account ${id}`);
    return { id: person.id, displayName: person.displayName };
  }

  private async answerCounts(attemptIds: string[]): Promise<Map<string, number>> {
    if (attemptIds.length === 0) return new Map();
    const rows = (await this.db.query(
      `SELECT attempt_id, count(*)::int AS count FROM assessment_responses
        WHERE attempt_id = ANY($1) GROUP BY attempt_id`,
      [attemptIds],
    )) as { attempt_id: string; count: number }[];
    return new Map(rows.map((row) => [row.attempt_id, row.count]));
  }
}
