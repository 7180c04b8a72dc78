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
