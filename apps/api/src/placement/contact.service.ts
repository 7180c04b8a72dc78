import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  contactChannelsFor,
  type ContactRequest,
  effectiveContactChannel,
  type MyContactView,
  type SharedContact,
} from '@passerelle/contracts';
import { DataSource, In } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { ValidationFailed } from '../common/problem/app-error';
import { People } from '../identity/people';
import { Mentorship } from '../learning/cohorts/mentorship';
import { CandidateProfile } from './entities/candidate-profile.entity';
import { EMPTY_PROFILE } from './profiles.service';

/**
 * How employers may reach a learner: an optional phone number and the chosen channel. Private:
 * an organisation sees the one channel chosen, and only once the learner accepts its interview
 * invitation ("through Passerelle": no personal contact, only the learner's mentors).
 */
@Injectable()
export class ContactService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly mentorship: Mentorship,
    private readonly people: People,
  ) {}

  async mine(actor: AuthenticatedAccount): Promise<MyContactView> {
    const [account, profile] = await Promise.all([
      this.people.require(actor.id),
      this.db.getRepository(CandidateProfile).findOneBy({ learnerId: actor.id }),
    ]);
    const phone = profile?.phone ?? null;
    const has = { email: !!account.email, phone: !!phone };
    return {
      phone,
      contactVia: effectiveContactChannel(profile?.contactVia ?? null, has),
      email: account.email,
      channels: contactChannelsFor(has),
      updatedAt: profile?.contactUpdatedAt?.toISOString() ?? null,
    };
  }

  async save(actor: AuthenticatedAccount, body: ContactRequest): Promise<MyContactView> {
    const account = await this.people.require(actor.id);
    const possible = contactChannelsFor({ email: !!account.email, phone: body.phone !== null });
    if (!possible.includes(body.contactVia)) {
      throw ValidationFailed.field(
        'contactVia',
        body.contactVia === 'email' ? 'noEmail' : 'noPhone',
        body.contactVia === 'email'
          ? 'Your account has no email: choose phone or Passerelle.'
          : 'Write your phone number first, or choose another way.',
      );
    }
    await this.db
      .createQueryBuilder()
      .insert()
      .into(CandidateProfile)
      .values({
        ...EMPTY_PROFILE,
        learnerId: actor.id,
        phone: body.phone,
        contactVia: body.contactVia,
        contactUpdatedAt: new Date(),
      })
      .orUpdate(['phone', 'contact_via', 'contact_updated_at'], ['learner_id'])
      .execute();
    return this.mine(actor);
  }

  /**
   * What an organisation sees of how to reach each learner, by learner id. Callers ask only for
   * learners who accepted that organisation's interview invitation.
   */
  async sharedWith(learnerIds: string[]): Promise<Map<string, SharedContact>> {
    const ids = [...new Set(learnerIds)];
    const shared = new Map<string, SharedContact>();
    if (ids.length === 0) return shared;
    const [accounts, profiles] = await Promise.all([
      this.people.byId(ids).then((people) => [...people.values()]),
      this.db.getRepository(CandidateProfile).findBy({ learnerId: In(ids) }),
    ]);
    const viaPasserelle: string[] = [];
    for (const account of accounts) {
      const profile = profiles.find((p) => p.learnerId === account.id);
      const phone = profile?.phone ?? null;
      const via = effectiveContactChannel(profile?.contactVia ?? null, {
        email: !!account.email,
        phone: !!phone,
      });
      if (via === 'email' && account.email) shared.set(account.id, { via, email: account.email });
      else if (via === 'phone' && phone) shared.set(account.id, { via, phone });
      else viaPasserelle.push(account.id);
    }
    const mentors = await this.mentorship.mentorsOf(viaPasserelle);
    for (const id of viaPasserelle) {
      shared.set(id, { via: 'passerelle', mentors: mentors.get(id) ?? [] });
    }
    return shared;
  }
}
