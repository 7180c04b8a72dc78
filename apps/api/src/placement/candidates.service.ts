import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CandidateEvidence,
  type CandidateFilters,
  type CandidateMatch,
  type CandidateProfileView,
  type CompetenceArea,
  type LanguageCode,
  ProfileSection,
  type ProfileViewEntry,
} from '@passerelle/contracts';
import { matchCandidate, rankCandidates } from '@passerelle/matching';
import { DataSource, IsNull } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { NotFound } from '../common/problem/app-error';
import { People, type Person } from '../identity/people';
import { ContactService } from './contact.service';
import { Application } from './entities/application.entity';
import { CandidateProfile } from './entities/candidate-profile.entity';
import { Job } from './entities/job.entity';
import { Organisation } from './entities/organisation.entity';
import { ProfileView } from './entities/profile-view.entity';
import { JobsService } from './jobs.service';
import { ProfileEvidenceService } from './profile-evidence.service';
import { EMPTY_PROFILE } from './profiles.service';

/** The evidence a candidate shares, in matching's terms: what is not shared is not there. */
export function sharedEvidence(
  evidence: CandidateEvidence,
  sections: readonly string[],
): CandidateEvidence {
  const shares = (section: ProfileSection) => sections.includes(section);
  return {
    levels: shares(ProfileSection.Assessment) ? evidence.levels : {},
    languages: shares(ProfileSection.Languages) ? evidence.languages : [],
    completedCourses: shares(ProfileSection.Courses) ? evidence.completedCourses : [],
    coursesInProgress: shares(ProfileSection.Courses) ? evidence.coursesInProgress : [],
  };
}

/**
 * Candidates as employers see them: only learners open to work, only the sections they
 * share, the match computed on that shared evidence alone, and every look at a profile
 * recorded for the learner to see. A learner who withdraws is gone from the next request on.
 */
@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly evidence: ProfileEvidenceService,
    private readonly contact: ContactService,
    private readonly people: People,
  ) {}

  async list(
    actor: AuthenticatedAccount,
    jobId: string,
    filters: CandidateFilters,
  ): Promise<CandidateMatch[]> {
    const job = await this.jobs.own(actor, jobId);
    const profiles = await this.db.getRepository(CandidateProfile).findBy({ openToWork: true });
    if (profiles.length === 0) return [];
    const accounts = await this.people
      .byId(profiles.map((p) => p.learnerId))
      .then((people) => [...people.values()]);
    const candidates = [];
    for (const profile of profiles) {
      const shared = sharedEvidence(
        await this.evidence.forMatching(profile.learnerId),
        profile.sharedSections,
      );
      if (!this.passes(profile, shared, filters)) continue;
      candidates.push({ id: profile.learnerId, evidence: shared, profile });
    }
    const stages = await this.stagesIn(job.id);
    return rankCandidates(job.requirements, candidates).map((c) => ({
      learnerId: c.id,
      stage: stages.get(c.id) ?? null,
      displayName: accounts.find((a) => a.id === c.id)?.displayName ?? '',
      headline: c.profile.sharedSections.includes(ProfileSection.About) ? c.profile.headline : null,
      match: c.match,
    }));
  }

  /** One candidate's shared profile, for a job of the actor's organisation; the look is recorded. */
  async detail(
    actor: AuthenticatedAccount,
    jobId: string,
    learnerId: string,
    language: LanguageCode,
  ): Promise<CandidateProfileView> {
    const job = await this.jobs.own(actor, jobId);
    // Open to work, or in this job's pipeline by their own application (not withdrawn).
    const stored = await this.db.getRepository(CandidateProfile).findOneBy({ learnerId });
    const applied = await this.db
      .getRepository(Application)
      .existsBy({ jobId, learnerId, source: 'applied', withdrawnAt: IsNull() });
    if (!stored?.openToWork && !applied) {
      throw new NotFound('There is no such candidate open to work.');
    }
    const profile: CandidateProfile = { ...EMPTY_PROFILE, learnerId, ...stored };
    const [learner, viewer, organisation] = await Promise.all([
      this.people.require(learnerId),
      this.people.require(actor.id),
      this.db.getRepository(Organisation).findOneByOrFail({ id: job.organisationId }),
    ]);
    await this.record(viewer, organisation, job, learnerId);
    const evidence = await this.evidence.of(learnerId, language);
    const sections = profile.sharedSections;
    const match = matchCandidate(
      job.requirements,
      sharedEvidence(await this.evidence.forMatching(learnerId), sections),
    );
    const stage = (await this.stagesIn(job.id)).get(learnerId) ?? null;
    const accepted = await this.db.getRepository(Application).existsBy({
      jobId: job.id,
      learnerId,
      invitationResponse: 'accepted',
      withdrawnAt: IsNull(),
    });
    const contact = accepted
      ? ((await this.contact.sharedWith([learnerId])).get(learnerId) ?? null)
      : null;
    const shares = (section: ProfileSection) => sections.includes(section);
    return {
      learnerId,
      displayName: learner.displayName,
      sections,
      match,
      stage,
      contact,
      ...(shares(ProfileSection.About) && {
        about: { headline: profile.headline, bio: profile.bio },
      }),
      ...(shares(ProfileSection.Languages) && { languages: evidence.languages }),
      ...(shares(ProfileSection.Experience) && { experience: profile.experience }),
      ...(shares(ProfileSection.Availability) && {
        availability: {
          availableFrom: profile.availableFrom,
          hoursPerWeek: profile.hoursPerWeek,
          preferredLocations: profile.preferredLocations,
          remoteOk: profile.remoteOk,
        },
      }),
      ...(shares(ProfileSection.Sensitive) && {
        sensitive: { rightToWork: profile.rightToWork },
      }),
      ...(shares(ProfileSection.Assessment) && { assessment: evidence.assessment }),
      ...(shares(ProfileSection.Courses) && { completedCourses: evidence.completedCourses }),
      ...(shares(ProfileSection.Exercises) && { passedExercises: evidence.passedExercises }),
      ...(shares(ProfileSection.Endorsements) && { endorsements: evidence.endorsements }),
    };
  }

  /** The stage of each candidate in a job's pipeline (withdrawn applications left out). */
  private async stagesIn(jobId: string): Promise<Map<string, Application['stage']>> {
    const applications = await this.db
      .getRepository(Application)
      .findBy({ jobId, withdrawnAt: IsNull() });
    return new Map(applications.map((a) => [a.learnerId, a.stage]));
  }

  /** "Who viewed my profile", newest first. */
  async viewsOf(learnerId: string): Promise<ProfileViewEntry[]> {
    const views = await this.db.getRepository(ProfileView).find({
      where: { learnerId },
      order: { viewedAt: 'DESC' },
      take: 200,
    });
    return views.map((view) => ({
      viewer: { id: view.viewerId ?? '', displayName: view.viewerName },
      // Names are kept as they were: a deleted organisation or job is still named (id '').
      organisation: view.organisationName
        ? { id: view.organisationId ?? '', name: view.organisationName }
        : null,
      job: view.jobTitle ? { id: view.jobId ?? '', title: view.jobTitle } : null,
      at: view.viewedAt.toISOString(),
    }));
  }

  private async record(
    viewer: Person,
    organisation: Organisation,
    job: Job,
    learnerId: string,
  ): Promise<void> {
    await this.db.getRepository(ProfileView).insert({
      learnerId,
      viewerId: viewer.id,
      viewerName: viewer.displayName,
      // An admin looking through a job still looks for that organisation.
      organisationId: organisation.id,
      organisationName: organisation.name,
      jobId: job.id,
      jobTitle: job.title,
    });
  }

  /** The filters, applied to what the candidate shares only. */
  private passes(
    profile: CandidateProfile,
    shared: CandidateEvidence,
    filters: CandidateFilters,
  ): boolean {
    if (filters.area && filters.level !== undefined) {
      const level = shared.levels[filters.area as CompetenceArea]?.level;
      if (level === undefined || level < filters.level) return false;
    }
    if (filters.language && !shared.languages.some((l) => l.language === filters.language)) {
      return false;
    }
    if (filters.courseId && !shared.completedCourses.some((c) => c.courseId === filters.courseId)) {
      return false;
    }
    const availability = profile.sharedSections.includes(ProfileSection.Availability);
    if (filters.location) {
      const wanted = filters.location.toLowerCase();
      if (
        !availability ||
        !profile.preferredLocations.some((place) => place.toLowerCase().includes(wanted))
      ) {
        return false;
      }
    }
    if (filters.availableBy) {
      if (!availability) return false;
      if (profile.availableFrom !== null && profile.availableFrom > filters.availableBy) {
        return false;
      }
    }
    return true;
  }
}
