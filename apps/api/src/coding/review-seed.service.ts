import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, SubmissionKind } from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { People } from '../identity/people';
import { CohortsService } from '../learning/cohorts/cohorts.service';
import { CourseCatalogue } from '../learning/course-catalogue';
import { CodingService } from './coding.service';
import { Exercise } from './entities/exercise.entity';
import { Submission } from './entities/submission.entity';
import { REFERENCE_SOLUTIONS } from './seed/javascript-foundations';

export const DEMO_COHORT = 'Demo cohort';
const DEMO_COURSE = 'javascript-foundations';
/** A first try at "Two for one" that forgets the default name, sent with a call for help. */
const STUCK_SOURCE =
  'export function twoFer(name) {\n  return `One for ${name}, one for me.`;\n}\n';

/**
 * What the other demo learners did in the course: Samir passed the first six exercises;
 * Olena passed three, then tried "Hours to minutes" three times without the default value
 * for `minutes`, so that mentors see a learner stuck.
 */
const DEMO_WORK: { email: string; passes: number; failures: string[] }[] = [
  { email: 'samir@passerelle.local', passes: 6, failures: [] },
  {
    email: 'olena@passerelle.local',
    passes: 3,
    failures: [
      'export function toMinutes(hours, minutes) {\n  return hours + minutes;\n}\n',
      'export function toMinutes(hours, minutes) {\n  return hours * 60 + minutes;\n}\n',
      'export function toMinutes(hours, minutes) {\n  const total = hours * 60 + minutes;\n  return total;\n}\n',
    ],
  },
];

/**
 * Demo data for mentors: the demo mentor's cohort with the demo learner, JavaScript
 * foundations assigned, and one failing submission on which the learner asked for help, so
 * that the review feed is not empty. The cohort is built through the cohort service, so its
 * learners are enrolled exactly as a mentor's clicks would enrol them. The submission is
 * stored queued; the API grades it at start like any other left over.
 */
@Injectable()
export class ReviewSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortsService,
    private readonly coding: CodingService,
    private readonly people: People,
    private readonly courseCatalogue: CourseCatalogue,
  ) {}

  async seedDemoCohort(mentorEmail: string, learnerEmail: string): Promise<boolean> {
    const mentor = await this.people.findByEmail(mentorEmail);
    const learner = await this.people.findByEmail(learnerEmail);
    const course = await this.demoCourse();
    const item = course?.modules?.[0]?.items?.[1];
    if (!mentor || !learner || !course || !item) return false;
    if (await this.cohorts.hasNamed(mentor.id, DEMO_COHORT)) {
      return false;
    }
    const actor: AuthenticatedAccount = { id: mentor.id, role: Role.Mentor };
    const cohort = await this.cohorts.create(actor, { name: DEMO_COHORT });
    await this.cohorts.assignCourse(actor, cohort.id, course.id);
    await this.cohorts.addLearner(actor, cohort.id, learnerEmail);
    await this.db.getRepository(Submission).save({
      itemId: item.id,
      learnerId: learner.id,
      kind: SubmissionKind.Submit,
      source: STUCK_SOURCE,
      status: 'queued',
      result: null,
      gradedAt: null,
      helpRequestedAt: new Date(),
    });
    return true;
  }

  /**
   * Samir's and Olena's work in the course, submitted and graded like any learner's, so their
   * progress is what the grader gave them. Needs them enrolled (they join the demo cohort
   * with the skills check's demo data); skipped once they have submitted anything.
   */
  async seedDemoWork(): Promise<boolean> {
    const course = await this.demoCourse();
    const items = (course?.modules ?? []).flatMap((module) => module.items);
    if (!course || items.length === 0) return false;
    let seeded = false;
    for (const work of DEMO_WORK) {
      const learner = await this.people.findByEmail(work.email);
      if (!learner) continue;
      if (await this.db.getRepository(Submission).existsBy({ learnerId: learner.id })) continue;
      const actor: AuthenticatedAccount = { id: learner.id, role: Role.Learner };
      const submit = (itemId: string, source: string) =>
        this.coding.submit(actor, course.id, itemId, { kind: SubmissionKind.Submit, source });
      for (const item of items.slice(0, work.passes)) {
        const exercise = await this.db.getRepository(Exercise).findOneByOrFail({ itemId: item.id });
        await submit(item.id, REFERENCE_SOLUTIONS[exercise.definition.solutionFile]);
      }
      for (const source of work.failures) await submit(items[work.passes].id, source);
      seeded = true;
    }
    return seeded;
  }

  /** The demo course with its modules and items in order. */
  private demoCourse() {
    return this.courseCatalogue.outlineBySlug(DEMO_COURSE);
  }
}
