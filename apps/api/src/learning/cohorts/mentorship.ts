import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type PersonRef, Role } from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import { Forbidden } from '../../common/problem/app-error';
import { People } from '../../identity/people';

/**
 * Who mentors whom: a mentor looks after the learners in their cohorts, an admin after
 * everyone. Every domain that shows a learner's work to staff asks here first.
 */
@Injectable()
export class Mentorship {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly people: People,
  ) {}

  async mentors(actor: AuthenticatedAccount, learnerId: string): Promise<boolean> {
    if (actor.role === Role.Admin) return true;
    if (actor.role !== Role.Mentor) return false;
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
        WHERE c.mentor_id = $1 AND m.learner_id = $2 LIMIT 1`,
      [actor.id, learnerId],
    );
    return rows.length > 0;
  }

  async assertMentors(actor: AuthenticatedAccount, learnerId: string): Promise<void> {
    if (!(await this.mentors(actor, learnerId))) {
      throw new Forbidden('This learner is not in one of your cohorts.');
    }
  }

  /** The mentor of a cohort, or null when there is no such cohort. */
  async mentorOfCohort(cohortId: string): Promise<string | null> {
    const [cohort] = (await this.db.query(`SELECT mentor_id FROM cohorts WHERE id = $1`, [
      cohortId,
    ])) as { mentor_id: string }[];
    return cohort?.mentor_id ?? null;
  }

  /**
   * Who is in which cohort: every cohort's members, or only those of one mentor's cohorts
   * (`mentorId`), ordered by cohort name.
   */
  async memberships(
    mentorId: string | null,
  ): Promise<{ learnerId: string; cohortId: string; cohortName: string }[]> {
    const rows = (await this.db.query(
      `SELECT m.learner_id, c.id AS cohort_id, c.name AS cohort_name
         FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
        WHERE $1::uuid IS NULL OR c.mentor_id = $1
        ORDER BY c.name`,
      [mentorId],
    )) as { learner_id: string; cohort_id: string; cohort_name: string }[];
    return rows.map((row) => ({
      learnerId: row.learner_id,
      cohortId: row.cohort_id,
      cohortName: row.cohort_name,
    }));
  }

  /** Each learner's mentors (the mentors of their cohorts), with their email, by learner id. */
  async mentorsOf(
    learnerIds: string[],
  ): Promise<Map<string, (PersonRef & { email: string | null })[]>> {
    const rows: { learner_id: string; mentor_id: string }[] =
      learnerIds.length === 0
        ? []
        : await this.db.query(
            `SELECT DISTINCT m.learner_id, c.mentor_id
               FROM cohort_members m JOIN cohorts c ON c.id = m.cohort_id
              WHERE m.learner_id = ANY($1)`,
            [learnerIds],
          );
    // People come in display-name order, so each learner's mentors do too.
    const people = await this.people.byId(rows.map((row) => row.mentor_id));
    const mentors = new Map<string, (PersonRef & { email: string | null })[]>();
    for (const person of people.values()) {
      for (const row of rows.filter((r) => r.mentor_id === person.id)) {
        const list = mentors.get(row.learner_id) ?? [];
        list.push({ id: person.id, displayName: person.displayName, email: person.email });
        mentors.set(row.learner_id, list);
      }
    }
    return mentors;
  }
}
