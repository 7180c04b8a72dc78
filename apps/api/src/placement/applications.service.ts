import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type JobMatchView,
  JobStatus,
  type MyApplication,
  PipelineStage,
} from '@passerelle/contracts';
import { matchCandidate } from '@passerelle/matching';
import { DataSource, In, IsNull } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Conflict, NotFound } from '../common/problem/app-error';
import { violatedUniqueConstraint } from '../common/problem/unique-violation';
import { People } from '../identity/people';
import { ContactService } from './contact.service';
import { Application } from './entities/application.entity';
import { Job } from './entities/job.entity';
import { Organisation } from './entities/organisation.entity';
import { recordMove } from './pipeline.service';
import { ProfileEvidenceService } from './profile-evidence.service';

/**
 * The learner's side of placement: open jobs matched against their own evidence (with the
 * same explanation employers see), applying with a short message, following each
 * application, answering interview invitations, and withdrawing.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evidence: ProfileEvidenceService,
    private readonly contact: ContactService,
    private readonly people: People,
  ) {}

  /** Open jobs, best match first. */
  async matches(actor: AuthenticatedAccount): Promise<JobMatchView[]> {
    const jobs = await this.db.getRepository(Job).find({
      where: { status: JobStatus.Open },
      order: { openedAt: 'DESC' },
    });
    if (jobs.length === 0) return [];
    const [evidence, organisations, applications] = await Promise.all([
      this.evidence.forMatching(actor.id),
      this.db.getRepository(Organisation).findBy({ id: In(jobs.map((j) => j.organisationId)) }),
      this.db.getRepository(Application).findBy({ learnerId: actor.id, withdrawnAt: IsNull() }),
    ]);
    return jobs
      .map((job) => {
        const organisation = organisations.find((o) => o.id === job.organisationId);
        return {
          jobId: job.id,
          title: job.title,
          organisation: { id: job.organisationId, name: organisation?.name ?? '' },
          location: job.location,
          remote: job.remote,
          contractType: job.contractType,
          hoursPerWeek: job.hoursPerWeek,
          startDate: job.startDate,
          description: job.description,
          match: matchCandidate(job.requirements, evidence),
          applicationId: applications.find((a) => a.jobId === job.id)?.id ?? null,
        };
      })
      .sort((x, y) => y.match.score - x.match.score);
  }

  async apply(actor: AuthenticatedAccount, jobId: string, message: string): Promise<MyApplication> {
    const job = await this.db.getRepository(Job).findOneBy({ id: jobId, status: JobStatus.Open });
    if (!job) throw new NotFound('There is no such open job.');
    const learner = await this.people.require(actor.id);
    const earlier = await this.db
      .getRepository(Application)
      .findOneBy({ jobId, learnerId: actor.id });
    if (earlier?.withdrawnAt) {
      // Applying again after withdrawing starts afresh, with the new message.
      await this.db.transaction(async (em) => {
        await em.update(Application, earlier.id, {
          stage: PipelineStage.Suggested,
          source: 'applied',
          message,
          invitationResponse: null,
          rejectionReason: null,
          withdrawnAt: null,
        });
        await recordMove(em, earlier, null, PipelineStage.Suggested, learner);
      });
      return this.one(actor, earlier.id);
    }
    try {
      const id = await this.db.transaction(async (em) => {
        const saved = await em.save(
          em.create(Application, {
            jobId,
            learnerId: actor.id,
            stage: PipelineStage.Suggested,
            source: 'applied',
            message,
          }),
        );
        await recordMove(em, saved, null, PipelineStage.Suggested, learner);
        return saved.id;
      });
      return this.one(actor, id);
    } catch (error) {
      if (violatedUniqueConstraint(error) !== 'uq_applications_job_learner') throw error;
      throw new Conflict('You are already in this job’s list of candidates.');
    }
  }

  async mine(actor: AuthenticatedAccount): Promise<MyApplication[]> {
    const applications = await this.db.getRepository(Application).find({
      where: { learnerId: actor.id },
      order: { updatedAt: 'DESC' },
    });
    return this.views(applications);
  }

  /**
   * Accepting an interview invitation shares the learner's contact details with the
   * organisation; declining does not.
   */
  async answerInvitation(
    actor: AuthenticatedAccount,
    id: string,
    accept: boolean,
  ): Promise<MyApplication> {
    const application = await this.own(actor, id);
    if (application.stage !== PipelineStage.Invited || application.invitationResponse !== null) {
      throw new Conflict('There is no interview invitation waiting for your answer.');
    }
    const answered = await this.db
      .getRepository(Application)
      .update(
        { id, invitationResponse: IsNull() },
        { invitationResponse: accept ? 'accepted' : 'declined' },
      );
    if (answered.affected !== 1) throw new Conflict('You have answered this invitation already.');
    return this.one(actor, id);
  }

  /** The organisation no longer sees the application, nor the message that came with it. */
  async withdraw(actor: AuthenticatedAccount, id: string): Promise<MyApplication> {
    const application = await this.own(actor, id);
    if (application.withdrawnAt) throw new Conflict('You have withdrawn this application already.');
    await this.db.getRepository(Application).update(id, { withdrawnAt: new Date(), message: null });
    return this.one(actor, id);
  }

  private async own(actor: AuthenticatedAccount, id: string): Promise<Application> {
    const application = await this.db
      .getRepository(Application)
      .findOneBy({ id, learnerId: actor.id });
    if (!application) throw new NotFound('There is no such application of yours.');
    return application;
  }

  private async one(actor: AuthenticatedAccount, id: string): Promise<MyApplication> {
    const [view] = await this.views([await this.own(actor, id)]);
    return view;
  }

  private async views(applications: Application[]): Promise<MyApplication[]> {
    if (applications.length === 0) return [];
    const jobs = await this.db
      .getRepository(Job)
      .findBy({ id: In(applications.map((a) => a.jobId)) });
    const organisations = await this.db
      .getRepository(Organisation)
      .findBy({ id: In(jobs.map((j) => j.organisationId)) });
    // What the organisation sees: shared by accepting the interview, and no longer once withdrawn.
    const shares = (a: Application) => a.invitationResponse === 'accepted' && !a.withdrawnAt;
    const contacts = await this.contact.sharedWith(
      applications.filter(shares).map((a) => a.learnerId),
    );
    return applications.map((a) => {
      const job = jobs.find((j) => j.id === a.jobId) as Job;
      return {
        id: a.id,
        job: {
          id: job.id,
          title: job.title,
          organisation: organisations.find((o) => o.id === job.organisationId)?.name ?? '',
        },
        stage: a.stage,
        message: a.message,
        invitationResponse: a.invitationResponse,
        sharedContact: shares(a) ? (contacts.get(a.learnerId) ?? null) : null,
        withdrawnAt: a.withdrawnAt?.toISOString() ?? null,
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
      };
    });
  }
}
