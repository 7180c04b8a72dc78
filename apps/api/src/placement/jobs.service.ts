import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type JobRequest,
  JobStatus,
  type JobView,
  mayChangeJobStatus,
  requirementsProblems,
  Role,
  type UpdateJobRequest,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Conflict, NotFound, ValidationFailed } from '../common/problem/app-error';
import { CourseCatalogue } from '../learning/course-catalogue';
import { Job } from './entities/job.entity';
import { Organisation } from './entities/organisation.entity';
import { OrganisationMember } from './entities/organisation-member.entity';
import { OrganisationsService } from './organisations.service';

function viewOf(job: Job, organisation: Pick<Organisation, 'id' | 'name'>): JobView {
  return {
    id: job.id,
    organisation: { id: organisation.id, name: organisation.name },
    title: job.title,
    description: job.description,
    location: job.location,
    remote: job.remote,
    contractType: job.contractType,
    hoursPerWeek: job.hoursPerWeek,
    startDate: job.startDate,
    requirements: job.requirements,
    status: job.status,
    createdAt: job.createdAt.toISOString(),
    updatedAt: job.updatedAt.toISOString(),
    openedAt: job.openedAt?.toISOString() ?? null,
  };
}

/**
 * Job postings. An organisation's employers (and admins) write them, in draft, then open and
 * close them. Requirements are checked whole before anything is stored: a level outside 1–8,
 * an unknown area or a course that is not published is a 400 naming the field.
 */
@Injectable()
export class JobsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly courseCatalogue: CourseCatalogue,
  ) {}

  async list(actor: AuthenticatedAccount, organisationId: string): Promise<JobView[]> {
    await this.organisations.assertVisible(actor, organisationId);
    const organisation = await this.db
      .getRepository(Organisation)
      .findOneByOrFail({ id: organisationId });
    const jobs = await this.db.getRepository(Job).find({
      where: { organisationId },
      order: { createdAt: 'DESC' },
    });
    return jobs.map((job) => viewOf(job, organisation));
  }

  async create(
    actor: AuthenticatedAccount,
    organisationId: string,
    body: JobRequest,
  ): Promise<JobView> {
    await this.organisations.assertVisible(actor, organisationId);
    await this.checkRequirements(body);
    const saved = await this.db.getRepository(Job).save({
      ...body,
      organisationId,
      status: JobStatus.Draft,
      createdById: actor.id,
    });
    return this.get(actor, saved.id);
  }

  async get(actor: AuthenticatedAccount, id: string): Promise<JobView> {
    const job = await this.own(actor, id);
    const organisation = await this.db
      .getRepository(Organisation)
      .findOneByOrFail({ id: job.organisationId });
    return viewOf(job, organisation);
  }

  async update(actor: AuthenticatedAccount, id: string, body: UpdateJobRequest): Promise<JobView> {
    const job = await this.own(actor, id);
    if (body.requirements !== undefined) await this.checkRequirements(body);
    await this.db.getRepository(Job).update(job.id, body);
    return this.get(actor, id);
  }

  async changeStatus(actor: AuthenticatedAccount, id: string, status: JobStatus): Promise<JobView> {
    const job = await this.own(actor, id);
    if (!mayChangeJobStatus(job.status, status)) {
      throw new Conflict(`A job that is ${job.status} cannot become ${status}.`);
    }
    await this.db
      .getRepository(Job)
      .update(
        { id: job.id, status: job.status },
        { status, ...(status === JobStatus.Open ? { openedAt: job.openedAt ?? new Date() } : {}) },
      );
    return this.get(actor, id);
  }

  /** The job, if the actor is an admin or an employer of its organisation; else 404. */
  async own(actor: AuthenticatedAccount, id: string): Promise<Job> {
    const job = await this.db.getRepository(Job).findOneBy({ id });
    const mine =
      job &&
      (actor.role === Role.Admin ||
        (await this.db
          .getRepository(OrganisationMember)
          .existsBy({ accountId: actor.id, organisationId: job.organisationId })));
    if (!job || !mine) throw new NotFound('There is no such job of your organisation.');
    return job;
  }

  private async checkRequirements(body: Pick<JobRequest, 'requirements'> | UpdateJobRequest) {
    const problems = requirementsProblems(body.requirements).map((problem) => ({
      ...problem,
      field: `requirements.${problem.field}`.replace('requirements.requirements', 'requirements'),
    }));
    if (problems.length > 0)
      throw new ValidationFailed(problems, 'These requirements cannot be met.');
    const courseIds = body.requirements?.courses.map((c) => c.courseId) ?? [];
    if (courseIds.length === 0) return;
    const published = await this.courseCatalogue.publishedAmong(courseIds);
    const unknown = courseIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !published.has(id));
    if (unknown.length > 0) {
      throw new ValidationFailed(
        unknown.map(({ index }) => ({
          field: `requirements.courses.${index}.courseId`,
          code: 'unknownCourse',
          message: 'This is not a published course.',
        })),
      );
    }
  }
}
