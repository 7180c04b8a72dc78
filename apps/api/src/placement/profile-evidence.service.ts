import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AttemptStatus,
  type CandidateEvidence,
  type CompetenceArea,
  type LanguageCode,
  type ProfileEvidence,
} from '@passerelle/contracts';
import { localize } from '@passerelle/learning';
import { DataSource, In, IsNull, Not } from 'typeorm';

import { AssessmentAttempt } from '../assessment/entities/assessment-attempt.entity';
import { IntakeProfile } from '../assessment/entities/intake-profile.entity';
import { Account } from '../identity/entities/account.entity';
import { Course } from '../learning/entities/course.entity';
import { CourseItem } from '../learning/entities/course-item.entity';
import { Enrolment } from '../learning/entities/enrolment.entity';
import { Endorsement } from './entities/endorsement.entity';

/** How many passed exercises a profile names as examples. */
const EXAMPLES = 3;

/**
 * The evidence the platform holds about a learner, read from the other domains: the latest
 * assessment's levels, completed courses, passed coding exercises, mentors' endorsements and
 * the languages of the intake. Nothing here is written by the learner.
 */
@Injectable()
export class ProfileEvidenceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async of(learnerId: string, language: LanguageCode): Promise<ProfileEvidence> {
    const [attempt, intake, enrolments, passed, endorsements] = await Promise.all([
      this.db.getRepository(AssessmentAttempt).findOne({
        where: { learnerId, status: AttemptStatus.Completed },
        order: { completedAt: 'DESC' },
      }),
      this.db.getRepository(IntakeProfile).findOneBy({ learnerId }),
      this.db.getRepository(Enrolment).find({
        where: { learnerId, completedAt: Not(IsNull()) },
        order: { completedAt: 'DESC' },
      }),
      this.db.query(
        `SELECT s.item_id, max(s.graded_at) AS passed_at FROM submissions s
          WHERE s.learner_id = $1 AND s.kind = 'submit' AND s.status = 'graded'
            AND s.result->>'status' = 'pass'
          GROUP BY s.item_id ORDER BY passed_at DESC`,
        [learnerId],
      ) as Promise<{ item_id: string; passed_at: Date }[]>,
      this.db.getRepository(Endorsement).find({
        where: { learnerId },
        order: { createdAt: 'DESC' },
      }),
    ]);
    const courses = enrolments.length
      ? await this.db.getRepository(Course).findBy({ id: In(enrolments.map((e) => e.courseId)) })
      : [];
    const examples = passed.slice(0, EXAMPLES);
    const items = examples.length
      ? await this.db.getRepository(CourseItem).find({
          where: { id: In(examples.map((p) => p.item_id)) },
          relations: { module: { course: true } },
        })
      : [];
    const mentors = endorsements.length
      ? await this.db.getRepository(Account).findBy({ id: In(endorsements.map((e) => e.mentorId)) })
      : [];
    return {
      assessment: attempt?.result
        ? {
            completedAt: (attempt.completedAt as Date).toISOString(),
            levels: Object.fromEntries(
              Object.entries(attempt.result.areas).map(([area, scale]) => [area, scale.level]),
            ) as Partial<Record<CompetenceArea, number>>,
          }
        : null,
      completedCourses: enrolments.flatMap((enrolment) => {
        const course = courses.find((c) => c.id === enrolment.courseId);
        if (!course) return [];
        return [
          {
            courseId: course.id,
            title: localize(course.translations, language, course.defaultLanguage).text.title,
            completedAt: (enrolment.completedAt as Date).toISOString(),
          },
        ];
      }),
      passedExercises: {
        count: passed.length,
        examples: examples.flatMap((p) => {
          const item = items.find((i) => i.id === p.item_id);
          const course = item?.module?.course;
          if (!item || !course) return [];
          return [
            {
              itemId: item.id,
              title: localize(item.translations, language, course.defaultLanguage).text.title,
              passedAt: new Date(p.passed_at).toISOString(),
            },
          ];
        }),
      },
      endorsements: endorsements.map((e) => ({
        by: {
          id: e.mentorId,
          displayName: mentors.find((m) => m.id === e.mentorId)?.displayName ?? '',
        },
        body: e.body,
        at: e.createdAt.toISOString(),
      })),
      languages: intake?.languages ?? [],
    };
  }

  /** The same evidence in the terms of a job's requirements, for matching. */
  async forMatching(learnerId: string): Promise<CandidateEvidence> {
    const evidence = await this.of(learnerId, 'en');
    const progress = (await this.db.query(
      `SELECT e.course_id,
              round(100.0 * count(p.item_id) / nullif((SELECT count(*) FROM course_items i
                JOIN course_modules m ON m.id = i.module_id WHERE m.course_id = e.course_id), 0))::int AS percent
         FROM enrolments e LEFT JOIN item_progress p ON p.enrolment_id = e.id
        WHERE e.learner_id = $1 AND e.completed_at IS NULL
        GROUP BY e.course_id`,
      [learnerId],
    )) as { course_id: string; percent: number | null }[];
    return {
      levels: Object.fromEntries(
        Object.entries(evidence.assessment?.levels ?? {}).map(([area, level]) => [
          area,
          { level, assessedAt: evidence.assessment?.completedAt as string },
        ]),
      ),
      languages: evidence.languages,
      completedCourses: evidence.completedCourses.map(({ courseId, completedAt }) => ({
        courseId,
        completedAt,
      })),
      coursesInProgress: progress.map((p) => ({ courseId: p.course_id, percent: p.percent ?? 0 })),
    };
  }
}
