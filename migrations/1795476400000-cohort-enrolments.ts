import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Enrols every cohort learner in every course assigned to their cohort, as the cohort rule
 * promises. Earlier demo data added learners to a cohort without it, so the console showed
 * them at 0 % of a course they could not open. Data only.
 */
export class CohortEnrolments1795476400000 implements MigrationInterface {
  name = 'CohortEnrolments1795476400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      INSERT INTO enrolments (course_id, learner_id, enrolled_by_id)
      SELECT k.course_id, m.learner_id, c.mentor_id
        FROM cohort_members m
        JOIN cohorts c ON c.id = m.cohort_id
        JOIN cohort_courses k ON k.cohort_id = m.cohort_id
      ON CONFLICT (course_id, learner_id) DO NOTHING`);
  }

  async down(): Promise<void> {
    // Nothing to undo: these enrolments are indistinguishable from the ones the rule makes,
    // and learners may have made progress in them since.
  }
}
