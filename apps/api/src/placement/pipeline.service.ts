import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  JobStatus,
  mayMoveStage,
  type MoveStageRequest,
  type NoteView,
  type PipelineEntry,
  PipelineStage,
} from '@passerelle/contracts';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { Conflict, NotFound, ValidationFailed } from '../common/problem/app-error';
import { violatedUniqueConstraint } from '../common/problem/unique-violation';
import { People, type Person } from '../identity/people';
import { ContactService } from './contact.service';
import { Application } from './entities/application.entity';
import { ApplicationEvent } from './entities/application-event.entity';
import { CandidateNote } from './entities/candidate-note.entity';
import { CandidateProfile } from './entities/candidate-profile.entity';
import type { Job } from './entities/job.entity';
import { JobsService } from './jobs.service';

/** Records a move (or the entry) of an application, with who made it. */
export async function recordMove(
  em: EntityManager,
  application: Pick<Application, 'id'>,
  from: PipelineStage | null,
  to: PipelineStage,
  by: Person | null,
  reason: string | null = null,
): Promise<void> {
  await em.insert(ApplicationEvent, {
    applicationId: application.id,
    fromStage: from,
    toStage: to,
    byId: by?.id ?? null,
    byName: by?.displayName ?? null,
    reason,
    at: new Date(),
  });
}

/**
 * A job's hiring pipeline as its organisation works it: candidates added from the ranked list
 * or applying themselves, moved forward one stage at a time (or rejected with a reason), each
 * move recorded with who and when. Contact details appear only once the candidate accepts an
 * interview invitation; a withdrawn application is gone from the employer's view.
 */
@Injectable()
export class PipelineService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly contact: ContactService,
    private readonly people: People,
  ) {}

  async list(actor: AuthenticatedAccount, jobId: string): Promise<PipelineEntry[]> {
    await this.jobs.own(actor, jobId);
    const applications = await this.db.getRepository(Application).find({
      where: { jobId, withdrawnAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return this.entries(applications);
  }

  /** The employer shortlists a candidate who is open to work, for an open job. */
  async add(actor: AuthenticatedAccount, jobId: string, learnerId: string): Promise<PipelineEntry> {
    const job = await this.jobs.own(actor, jobId);
    this.assertOpen(job);
    const visible = await this.db
      .getRepository(CandidateProfile)
      .existsBy({ learnerId, openToWork: true });
    if (!visible) throw new NotFound('There is no such candidate open to work.');
    const by = await this.people.require(actor.id);
    try {
      const id = await this.db.transaction(async (em) => {
        const saved = await em.save(
          em.create(Application, {
            jobId,
            learnerId,
            stage: PipelineStage.Shortlisted,
            source: 'employer',
            message: null,
          }),
        );
        await recordMove(em, saved, null, PipelineStage.Shortlisted, by);
        return saved.id;
      });
      return this.entry(id);
    } catch (error) {
      if (violatedUniqueConstraint(error) !== 'uq_applications_job_learner') throw error;
      throw new Conflict('This candidate is in this job’s pipeline already.');
    }
  }

  async move(
    actor: AuthenticatedAccount,
    applicationId: string,
    body: MoveStageRequest,
  ): Promise<PipelineEntry> {
    const application = await this.visible(actor, applicationId);
    if (body.stage === PipelineStage.Rejected && !body.reason?.trim()) {
      throw ValidationFailed.field('reason', 'isNotEmpty', 'Say why the candidate is rejected.');
    }
    if (!mayMoveStage(application.stage, body.stage)) {
      throw new Conflict(
        `A candidate who is ${application.stage} cannot be moved to ${body.stage}: stages go forward one at a time.`,
      );
    }
    if (body.stage === PipelineStage.Interviewed && application.invitationResponse !== 'accepted') {
      throw new Conflict('The candidate has not accepted the interview invitation.');
    }
    const by = await this.people.require(actor.id);
    await this.db.transaction(async (em) => {
      const moved = await em.update(
        Application,
        { id: application.id, stage: application.stage },
        {
          stage: body.stage,
          ...(body.stage === PipelineStage.Rejected && { rejectionReason: body.reason?.trim() }),
        },
      );
      // Someone else moved it meanwhile: nothing is recorded twice.
      if (moved.affected !== 1)
        throw new Conflict('This candidate was just moved by someone else.');
      const reason = body.stage === PipelineStage.Rejected ? (body.reason?.trim() ?? null) : null;
      await recordMove(em, application, application.stage, body.stage, by, reason);
    });
    return this.entry(application.id);
  }

  async notes(actor: AuthenticatedAccount, jobId: string, learnerId: string): Promise<NoteView[]> {
    const job = await this.jobs.own(actor, jobId);
    await this.assertCandidate(job, learnerId);
    const notes = await this.db.getRepository(CandidateNote).find({
      where: { organisationId: job.organisationId, learnerId },
      order: { createdAt: 'ASC' },
    });
    return notes.map((note) => ({
      id: note.id,
      author: { id: note.authorId ?? '', displayName: note.authorName },
      body: note.body,
      at: note.createdAt.toISOString(),
    }));
  }

  async addNote(
    actor: AuthenticatedAccount,
    jobId: string,
    learnerId: string,
    body: string,
  ): Promise<NoteView[]> {
    const job = await this.jobs.own(actor, jobId);
    await this.assertCandidate(job, learnerId);
    const author = await this.people.require(actor.id);
    await this.db.getRepository(CandidateNote).insert({
      organisationId: job.organisationId,
      learnerId,
      authorId: author.id,
      authorName: author.displayName,
      body,
    });
    return this.notes(actor, jobId, learnerId);
  }

  private assertOpen(job: Job): void {
    if (job.status !== JobStatus.Open) {
      throw new Conflict('Open the job first: candidates join the pipeline of an open job.');
    }
  }

  /** A candidate the organisation may keep notes on: visible, or in one of its pipelines. */
  private async assertCandidate(job: Job, learnerId: string): Promise<void> {
    const visible = await this.db
      .getRepository(CandidateProfile)
      .existsBy({ learnerId, openToWork: true });
    const inPipeline = await this.db.query(
      `SELECT 1 FROM applications a JOIN jobs j ON j.id = a.job_id
        WHERE a.learner_id = $1 AND j.organisation_id = $2 AND a.withdrawn_at IS NULL LIMIT 1`,
      [learnerId, job.organisationId],
    );
    if (!visible && inPipeline.length === 0) throw new NotFound('There is no such candidate.');
  }

  /** An application in a pipeline of the actor's organisation, not withdrawn; else 404. */
  private async visible(actor: AuthenticatedAccount, id: string): Promise<Application> {
    const application = await this.db
      .getRepository(Application)
      .findOneBy({ id, withdrawnAt: IsNull() });
    if (!application) throw new NotFound('There is no such application.');
    await this.jobs.own(actor, application.jobId);
    return application;
  }

  private async entry(id: string): Promise<PipelineEntry> {
    const application = await this.db.getRepository(Application).findOneByOrFail({ id });
    const [entry] = await this.entries([application]);
    return entry;
  }

  private async entries(applications: Application[]): Promise<PipelineEntry[]> {
    if (applications.length === 0) return [];
    const accepted = applications.filter((a) => a.invitationResponse === 'accepted');
    const [learners, events, contacts] = await Promise.all([
      this.people.byId(applications.map((a) => a.learnerId)).then((people) => [...people.values()]),
      this.db.getRepository(ApplicationEvent).find({
        where: { applicationId: In(applications.map((a) => a.id)) },
        order: { at: 'ASC' },
      }),
      this.contact.sharedWith(accepted.map((a) => a.learnerId)),
    ]);
    return applications.map((a) => {
      const learner = learners.find((l) => l.id === a.learnerId) as Person;
      return {
        id: a.id,
        jobId: a.jobId,
        learnerId: a.learnerId,
        displayName: learner.displayName,
        stage: a.stage,
        source: a.source,
        message: a.message,
        invitationResponse: a.invitationResponse,
        contact: a.invitationResponse === 'accepted' ? (contacts.get(a.learnerId) ?? null) : null,
        rejectionReason: a.rejectionReason,
        events: events
          .filter((e) => e.applicationId === a.id)
          .map((e) => ({
            from: e.fromStage,
            to: e.toStage,
            by: e.byName ? { id: e.byId ?? '', displayName: e.byName } : null,
            reason: e.reason,
            at: e.at.toISOString(),
          })),
        createdAt: a.createdAt.toISOString(),
        updatedAt: a.updatedAt.toISOString(),
      };
    });
  }
}
