import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CohortOutcome,
  type CourseOutcome,
  type LanguageCode,
  type OutcomesView,
  Role,
} from '@passerelle/contracts';
import { localize } from '@passerelle/learning';
import { DataSource, In } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Course } from '../learning/entities/course.entity';

interface Row {
  group_id: string;
  name: string | null;
  learners: number;
  shortlisted: number;
  interviewed: number;
  hired: number;
  median_days: number | null;
}

/**
 * Per learner: the first time they reached each stage in any pipeline (a later stage counts
 * as having passed the earlier ones), from the recorded moves.
 */
const REACHED = `
  SELECT a.learner_id,
         min(e.at) FILTER (WHERE e.to_stage IN ('shortlisted', 'invited', 'interviewed', 'offered', 'hired')) AS shortlisted_at,
         min(e.at) FILTER (WHERE e.to_stage IN ('interviewed', 'offered', 'hired')) AS interviewed_at,
         min(e.at) FILTER (WHERE e.to_stage = 'hired') AS hired_at
    FROM applications a JOIN application_events e ON e.application_id = a.id
   GROUP BY a.learner_id`;

const COUNTS = `
  count(DISTINCT g.learner_id)::int AS learners,
  count(DISTINCT g.learner_id) FILTER (WHERE r.shortlisted_at IS NOT NULL)::int AS shortlisted,
  count(DISTINCT g.learner_id) FILTER (WHERE r.interviewed_at IS NOT NULL)::int AS interviewed,
  count(DISTINCT g.learner_id) FILTER (WHERE r.hired_at IS NOT NULL AND r.hired_at >= g.since)::int AS hired,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.hired_at - g.since) / 86400)
    FILTER (WHERE r.hired_at >= g.since) AS median_days`;

function counts(row: Row) {
  return {
    learners: row.learners,
    shortlisted: row.shortlisted,
    interviewed: row.interviewed,
    hired: row.hired,
    medianDaysToHire: row.median_days === null ? null : Math.round(Number(row.median_days)),
  };
}

/**
 * Placement outcomes for mentors (their cohorts' learners) and admins (everyone): how many
 * learners were shortlisted, interviewed and hired, per cohort and per completed course, and
 * the median time to a hire.
 */
@Injectable()
export class OutcomesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async outcomes(actor: AuthenticatedAccount, language: LanguageCode): Promise<OutcomesView> {
    const everyone = actor.role === Role.Admin;
    const byCohort = (await this.db.query(
      `WITH r AS (${REACHED}),
            g AS (SELECT m.cohort_id AS group_id, m.learner_id, m.added_at AS since
                    FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
                   WHERE $1::boolean OR c.mentor_id = $2)
       SELECT g.group_id, c.name, ${COUNTS}
         FROM g JOIN cohorts c ON c.id = g.group_id LEFT JOIN r ON r.learner_id = g.learner_id
        GROUP BY g.group_id, c.name ORDER BY c.name`,
      [everyone, actor.id],
    )) as Row[];
    const byCourseRows = (await this.db.query(
      `WITH r AS (${REACHED}),
            g AS (SELECT e.course_id AS group_id, e.learner_id, e.completed_at AS since
                    FROM enrolments e
                   WHERE e.completed_at IS NOT NULL
                     AND ($1::boolean OR EXISTS (
                       SELECT 1 FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
                        WHERE m.learner_id = e.learner_id AND c.mentor_id = $2)))
       SELECT g.group_id, NULL AS name, ${COUNTS}
         FROM g LEFT JOIN r ON r.learner_id = g.learner_id
        GROUP BY g.group_id`,
      [everyone, actor.id],
    )) as Row[];
    const courses = byCourseRows.length
      ? await this.db.getRepository(Course).findBy({ id: In(byCourseRows.map((r) => r.group_id)) })
      : [];
    const byCourse: CourseOutcome[] = byCourseRows
      .map((row) => {
        const course = courses.find((c) => c.id === row.group_id) as Course;
        return {
          courseId: row.group_id,
          title: localize(course.translations, language, course.defaultLanguage).text.title,
          ...counts(row),
        };
      })
      .sort((x, y) => x.title.localeCompare(y.title));
    return {
      byCohort: byCohort.map(
        (row): CohortOutcome => ({ cohortId: row.group_id, name: row.name ?? '', ...counts(row) }),
      ),
      byCourse,
    };
  }
}
