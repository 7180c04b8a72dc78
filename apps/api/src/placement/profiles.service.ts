import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ConsentRequest,
  type LanguageCode,
  type MyProfileView,
  type ProfileRequest,
  Role,
} from '@passerelle/contracts';
import { DataSource } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { NotFound } from '../common/problem/app-error';
import { AccountsService } from '../identity/accounts.service';
import { Mentorship } from '../learning/cohorts/mentorship';
import { CandidateProfile } from './entities/candidate-profile.entity';
import { Endorsement } from './entities/endorsement.entity';
import { ProfileEvidenceService } from './profile-evidence.service';

/** A profile as it is before the learner writes anything: private, nothing shared. */
export const EMPTY_PROFILE: Omit<CandidateProfile, 'learnerId'> = {
  headline: '',
  bio: '',
  experience: [],
  availableFrom: null,
  hoursPerWeek: null,
  preferredLocations: [],
  remoteOk: false,
  rightToWork: null,
  updatedAt: null,
  openToWork: false,
  sharedSections: [],
  consentUpdatedAt: null,
  phone: null,
  contactVia: null,
  contactUpdatedAt: null,
};

/**
 * The learner's candidate profile: what they write, their consent, and the evidence the
 * platform holds. Private by default; nothing of it reaches an employer until the learner is
 * open to work, and then only the sections they share.
 */
@Injectable()
export class ProfilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly evidence: ProfileEvidenceService,
    private readonly mentorship: Mentorship,
    private readonly accounts: AccountsService,
  ) {}

  async mine(actor: AuthenticatedAccount, language: LanguageCode): Promise<MyProfileView> {
    const stored = await this.db.getRepository(CandidateProfile).findOneBy({ learnerId: actor.id });
    const profile = { ...EMPTY_PROFILE, ...stored };
    return {
      profile: {
        headline: profile.headline,
        bio: profile.bio,
        experience: profile.experience,
        availableFrom: profile.availableFrom,
        hoursPerWeek: profile.hoursPerWeek,
        preferredLocations: profile.preferredLocations,
        remoteOk: profile.remoteOk,
        rightToWork: profile.rightToWork,
        updatedAt: profile.updatedAt?.toISOString() ?? null,
      },
      consent: {
        openToWork: profile.openToWork,
        sections: profile.sharedSections,
        updatedAt: profile.consentUpdatedAt?.toISOString() ?? null,
      },
      evidence: await this.evidence.of(actor.id, language),
    };
  }

  async save(
    actor: AuthenticatedAccount,
    body: ProfileRequest,
    language: LanguageCode,
  ): Promise<MyProfileView> {
    await this.upsert(actor.id, { ...body, updatedAt: new Date() });
    return this.mine(actor, language);
  }

  /** Takes effect at once: a withdrawn section is no longer shown to any employer. */
  async consent(
    actor: AuthenticatedAccount,
    body: ConsentRequest,
    language: LanguageCode,
  ): Promise<MyProfileView> {
    await this.upsert(actor.id, {
      openToWork: body.openToWork,
      sharedSections: [...new Set(body.sections)],
      consentUpdatedAt: new Date(),
    });
    return this.mine(actor, language);
  }

  /** A mentor endorses a learner of one of their cohorts; an admin, any learner. */
  async endorse(actor: AuthenticatedAccount, learnerId: string, body: string): Promise<void> {
    await this.mentorship.assertMentors(actor, learnerId);
    // An admin mentors every id: one that is not a learner's gets no endorsement.
    const learner = await this.accounts.require(learnerId);
    if (learner.role !== Role.Learner) throw new NotFound('This account is not a learner.');
    await this.db.getRepository(Endorsement).insert({ learnerId, mentorId: actor.id, body });
  }

  private async upsert(learnerId: string, changes: Partial<CandidateProfile>): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(CandidateProfile)
      .values({ ...EMPTY_PROFILE, learnerId, ...changes })
      .orUpdate(
        Object.keys(changes).map((key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)),
        ['learner_id'],
      )
      .execute();
  }
}
