import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SubmissionKind } from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import { Cohort } from '../cohorts/entities/cohort.entity';
import { CohortCourse } from '../cohorts/entities/cohort-course.entity';
import { CohortMember } from '../cohorts/entities/cohort-member.entity';
import { Account } from '../identity/entities/account.entity';
import { Course } from '../learning/entities/course.entity';
import { Enrolment } from '../learning/entities/enrolment.entity';
import { Submission } from './entities/submission.entity';

export const DEMO_COHORT = 'Demo cohort';
const DEMO_COURSE = 'javascript-foundations';
/** A first try at "Two for one" that forgets the default name, sent with a call for help. */
const STUCK_SOURCE =
  'export function twoFer(name) {\n  return `One for ${name}, one for me.`;\n}\n';

/**
 * Demo data for mentors: the demo mentor's cohort with the demo learner, JavaScript
 * foundations assigned, and one failing submission on which the learner asked for help, so
 * that the review feed is not empty. The submission is stored queued; the API grades it at
 * start like any other left over.
 */
@Injectable()
export class ReviewSeedService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async seedDemoCohort(mentorEmail: string, learnerEmail: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const mentor = await em.findOneBy(Account, { email: mentorEmail });
      const learner = await em.findOneBy(Account, { email: learnerEmail });
      const course = await em.findOne(Course, {
        where: { slug: DEMO_COURSE },
        relations: { modules: { items: true } },
        order: { modules: { position: 'ASC', items: { position: 'ASC' } } },
      });
      const item = course?.modules?.[0]?.items?.[1];
      if (!mentor || !learner || !course || !item) return false;
      if (await em.existsBy(Cohort, { mentorId: mentor.id, name: DEMO_COHORT })) return false;

      const cohort = await em.save(em.create(Cohort, { name: DEMO_COHORT, mentorId: mentor.id }));
      await em.save(em.create(CohortMember, { cohortId: cohort.id, learnerId: learner.id }));
      await em.save(em.create(CohortCourse, { cohortId: cohort.id, courseId: course.id }));
      await em
        .createQueryBuilder()
        .insert()
        .into(Enrolment)
        .values({ courseId: course.id, learnerId: learner.id, enrolledById: mentor.id })
        .orIgnore()
        .execute();
      await em.save(
        em.create(Submission, {
          itemId: item.id,
          learnerId: learner.id,
          kind: SubmissionKind.Submit,
          source: STUCK_SOURCE,
          status: 'queued',
          result: null,
          gradedAt: null,
          helpRequestedAt: new Date(),
        }),
      );
      return true;
    });
  }
}
