import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CohortDetail,
  type CohortSummary,
  CourseStatus,
  type CreateCohortRequest,
  type LanguageCode,
  Role,
} from '@passerelle/contracts';
import { localize, progressOf } from '@passerelle/learning';
import { DataSource, type EntityManager } from 'typeorm';

import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import { assertOwnerOrRole } from '../../common/auth/ownership';
import { NotFound, ValidationFailed } from '../../common/problem/app-error';
import { People } from '../../identity/people';
import { Course } from '../entities/course.entity';
import { Enrolment } from '../entities/enrolment.entity';
import { Cohort } from './entities/cohort.entity';
import { CohortCourse } from './entities/cohort-course.entity';
import { CohortMember } from './entities/cohort-member.entity';
import { HelpRequestCounts } from './help-requests';

interface SummaryRow {
  id: string;
  name: string;
  mentor_id: string;
  learner_count: number;
  course_count: number;
  created_at: Date;
}

const SUMMARY_SQL = `
  SELECT c.id, c.name, c.mentor_id, c.created_at,
         (SELECT count(*)::int FROM cohort_members m WHERE m.cohort_id = c.id) AS learner_count,
         (SELECT count(*)::int FROM cohort_courses k WHERE k.cohort_id = c.id) AS course_count
    FROM cohorts c`;

function summaryOf(row: SummaryRow, mentorName: string): CohortSummary {
  return {
    id: row.id,
    name: row.name,
    mentor: { id: row.mentor_id, displayName: mentorName },
    learnerCount: row.learner_count,
    courseCount: row.course_count,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Cohorts: a mentor's group of learners and the courses assigned to them. Assigning a course
 * enrols every learner of the cohort, and learners who join later are enrolled as they join.
 * A mentor manages their own cohorts; an admin manages every cohort.
 */
@Injectable()
export class CohortsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly helpRequests: HelpRequestCounts,
    private readonly people: People,
  ) {}

  /** The rows' summaries, with their mentors' names from identity. */
  private async summaries(rows: SummaryRow[]): Promise<CohortSummary[]> {
    const mentors = await this.people.byId(rows.map((row) => row.mentor_id));
    return rows.map((row) => summaryOf(row, mentors.get(row.mentor_id)?.displayName ?? ''));
  }

  async list(actor: AuthenticatedAccount): Promise<CohortSummary[]> {
    const rows: SummaryRow[] =
      actor.role === Role.Admin
        ? await this.db.query(`${SUMMARY_SQL} ORDER BY c.created_at, c.id`)
        : await this.db.query(`${SUMMARY_SQL} WHERE c.mentor_id = $1 ORDER BY c.created_at, c.id`, [
            actor.id,
          ]);
    return this.summaries(rows);
  }

  /** A mentor's oldest cohort's id, or null when they have none (for the demo data). */
  async oldestOf(mentorId: string): Promise<string | null> {
    const cohort = await this.db.getRepository(Cohort).findOne({
      where: { mentorId },
      order: { createdAt: 'ASC' },
    });
    return cohort?.id ?? null;
  }

  /** Whether the mentor has a cohort of this name (for the demo data). */
  async hasNamed(mentorId: string, name: string): Promise<boolean> {
    return this.db.getRepository(Cohort).existsBy({ mentorId, name });
  }

  async create(actor: AuthenticatedAccount, request: CreateCohortRequest): Promise<CohortDetail> {
    const mentorId = request.mentorId ?? actor.id;
    if (mentorId !== actor.id) {
      if (actor.role !== Role.Admin) {
        throw ValidationFailed.field(
          'mentorId',
          'isSelf',
          'mentors create cohorts for themselves; leave mentorId out',
        );
      }
      const mentor = await this.people.find(mentorId);
      if (mentor?.role !== Role.Mentor) {
        throw ValidationFailed.field('mentorId', 'isMentor', 'mentorId must name a mentor');
      }
    }
    const cohort = await this.db
      .getRepository(Cohort)
      .save({ name: request.name.trim(), mentorId });
    return this.detail(actor, cohort.id);
  }

  async detail(
    actor: AuthenticatedAccount,
    id: string,
    language?: LanguageCode,
  ): Promise<CohortDetail> {
    await this.managed(actor, id);
    const [row] = (await this.db.query(`${SUMMARY_SQL} WHERE c.id = $1`, [id])) as SummaryRow[];
    const cohortCourses = await this.db.getRepository(CohortCourse).find({
      where: { cohortId: id },
      relations: { course: true },
      order: { assignedAt: 'ASC' },
    });
    const courses = cohortCourses.flatMap(({ course }) => (course ? [course] : []));
    const members = await this.db.getRepository(CohortMember).find({
      where: { cohortId: id },
      order: { addedAt: 'ASC' },
    });
    const learnerIds = members.map((m) => m.learnerId);
    const [summary] = await this.summaries([row]);
    const people = await this.people.byId(learnerIds);
    const courseIds = courses.map((c) => c.id);
    const [totals, standings, help] = await Promise.all([
      this.itemCounts(courseIds),
      this.standings(courseIds, learnerIds),
      this.helpRequests.byLearner(learnerIds),
    ]);
    return {
      ...summary,
      courses: courses.map((course) => ({
        id: course.id,
        title: localize(
          course.translations,
          language ?? course.defaultLanguage,
          course.defaultLanguage,
        ).text.title,
        status: course.status,
      })),
      learners: members.flatMap(({ learnerId, addedAt }) => {
        const learner = people.get(learnerId);
        return learner
          ? [
              {
                id: learnerId,
                displayName: learner.displayName,
                identifier: learner.email ?? learner.username ?? '',
                addedAt: addedAt.toISOString(),
                helpRequests: help.get(learnerId) ?? 0,
                progress: courseIds.map((courseId) => {
                  const standing = standings.get(`${learnerId}:${courseId}`);
                  return {
                    courseId,
                    progress: progressOf(standing?.done ?? 0, totals.get(courseId) ?? 0),
                    completedAt: standing?.completedAt?.toISOString() ?? null,
                  };
                }),
              },
            ]
          : [];
      }),
    };
  }

  async rename(actor: AuthenticatedAccount, id: string, name: string): Promise<CohortDetail> {
    await this.managed(actor, id);
    await this.db.getRepository(Cohort).update({ id }, { name: name.trim() });
    return this.detail(actor, id);
  }

  /** Removes the cohort; enrolments and progress stay with the learners. */
  async remove(actor: AuthenticatedAccount, id: string): Promise<void> {
    await this.managed(actor, id);
    await this.db.getRepository(Cohort).delete({ id });
  }

  /** Adds a learner by what they sign in with, and enrols them in the cohort's courses. */
  async addLearner(
    actor: AuthenticatedAccount,
    id: string,
    identifier: string,
  ): Promise<CohortDetail> {
    await this.managed(actor, id);
    const learner = await this.people.findByIdentifier(identifier);
    if (!learner || learner.role !== Role.Learner) {
      throw ValidationFailed.field(
        'identifier',
        'isLearner',
        'no learner signs in with this email or username',
      );
    }
    await this.db.transaction(async (em) => {
      await em
        .createQueryBuilder()
        .insert()
        .into(CohortMember)
        .values({ cohortId: id, learnerId: learner.id })
        .orIgnore()
        .execute();
      const courses = await em.findBy(CohortCourse, { cohortId: id });
      await this.enrol(
        em,
        actor,
        courses.map((c) => c.courseId),
        [learner.id],
      );
    });
    return this.detail(actor, id);
  }

  /** Takes a learner out of the cohort; their enrolments and progress stay theirs. */
  async removeLearner(
    actor: AuthenticatedAccount,
    id: string,
    learnerId: string,
  ): Promise<CohortDetail> {
    await this.managed(actor, id);
    const { affected } = await this.db
      .getRepository(CohortMember)
      .delete({ cohortId: id, learnerId });
    if (!affected) throw new NotFound('This cohort has no learner with this id.');
    return this.detail(actor, id);
  }

  /** Assigns a published course: every learner of the cohort is enrolled in it. */
  async assignCourse(
    actor: AuthenticatedAccount,
    id: string,
    courseId: string,
  ): Promise<CohortDetail> {
    await this.managed(actor, id);
    const course = await this.db.getRepository(Course).findOneBy({ id: courseId });
    if (!course || course.status !== CourseStatus.Published) {
      throw ValidationFailed.field(
        'courseId',
        'isPublished',
        'courseId must name a published course',
      );
    }
    await this.db.transaction(async (em) => {
      await em
        .createQueryBuilder()
        .insert()
        .into(CohortCourse)
        .values({ cohortId: id, courseId })
        .orIgnore()
        .execute();
      const members = await em.findBy(CohortMember, { cohortId: id });
      await this.enrol(
        em,
        actor,
        [courseId],
        members.map((m) => m.learnerId),
      );
    });
    return this.detail(actor, id);
  }

  /** Stops assigning the course to newcomers; enrolled learners keep it and their progress. */
  async unassignCourse(
    actor: AuthenticatedAccount,
    id: string,
    courseId: string,
  ): Promise<CohortDetail> {
    await this.managed(actor, id);
    const { affected } = await this.db
      .getRepository(CohortCourse)
      .delete({ cohortId: id, courseId });
    if (!affected) throw new NotFound('This course is not assigned to this cohort.');
    return this.detail(actor, id);
  }

  /** The cohort, if the actor manages it: its mentor, or an admin. Others get a 404 or 403. */
  private async managed(actor: AuthenticatedAccount, id: string): Promise<Cohort> {
    const cohort = await this.db.getRepository(Cohort).findOneBy({ id });
    if (!cohort) throw new NotFound('No cohort has this id.');
    assertOwnerOrRole(actor, cohort.mentorId, [Role.Admin]);
    return cohort;
  }

  private async enrol(
    em: EntityManager,
    actor: AuthenticatedAccount,
    courseIds: string[],
    learnerIds: string[],
  ): Promise<void> {
    const values = courseIds.flatMap((courseId) =>
      learnerIds.map((learnerId) => ({ courseId, learnerId, enrolledById: actor.id })),
    );
    if (values.length === 0) return;
    await em.createQueryBuilder().insert().into(Enrolment).values(values).orIgnore().execute();
  }

  private async itemCounts(courseIds: string[]): Promise<Map<string, number>> {
    if (courseIds.length === 0) return new Map();
    const rows: { course_id: string; total: number }[] = await this.db.query(
      `SELECT m.course_id, count(i.id)::int AS total
         FROM course_modules m JOIN course_items i ON i.module_id = m.id
        WHERE m.course_id = ANY($1) GROUP BY m.course_id`,
      [courseIds],
    );
    return new Map(rows.map((r) => [r.course_id, r.total]));
  }

  private async standings(
    courseIds: string[],
    learnerIds: string[],
  ): Promise<Map<string, { done: number; completedAt: Date | null }>> {
    if (courseIds.length === 0 || learnerIds.length === 0) return new Map();
    const rows: {
      learner_id: string;
      course_id: string;
      done: number;
      completed_at: Date | null;
    }[] = await this.db.query(
      `SELECT e.learner_id, e.course_id, e.completed_at, count(p.id)::int AS done
           FROM enrolments e LEFT JOIN item_progress p ON p.enrolment_id = e.id
          WHERE e.course_id = ANY($1) AND e.learner_id = ANY($2)
          GROUP BY e.id`,
      [courseIds, learnerIds],
    );
    return new Map(
      rows.map((r) => [
        `${r.learner_id}:${r.course_id}`,
        { done: r.done, completedAt: r.completed_at },
      ]),
    );
  }
}
