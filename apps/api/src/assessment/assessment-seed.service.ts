import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { probability } from '@passerelle/assessment';
import {
  AssessmentItemStatus,
  DeviceAccess,
  type LanguageCode,
  LanguageSkill,
  Role,
  Schooling,
} from '@passerelle/contracts';
import { DataSource, In, Not } from 'typeorm';

import type { AuthenticatedAccount } from '../common/auth/authenticated-account';
import { AccountBootstrapService } from '../identity/account-bootstrap.service';
import { People } from '../identity/people';
import { CohortsService } from '../learning/cohorts/cohorts.service';
import { AttemptsService } from './attempts.service';
import { AssessmentAttempt } from './entities/assessment-attempt.entity';
import { AssessmentItem } from './entities/assessment-item.entity';
import { ItemBankService } from './item-bank.service';
import { ASSESSMENT_ITEMS, SEED_LANGUAGES, type SeedAssessmentItem } from './seed';
import { ANCHOR_ITEM_KEYS } from './seed/anchors';
import { SEED_EXPOSURE_CONTROL } from './seed/exposure-control';
import { optionIdsOf } from './served-item';

/** Demo learners who took the skills check, so that mentors see results at once. */
const DEMO_TAKERS = [
  {
    email: 'samir@passerelle.local',
    displayName: 'Samir Haddad',
    theta: 0.4,
    language: 'ar' as LanguageCode,
    finish: true,
    intake: {
      languages: [
        { language: 'ar', skill: LanguageSkill.Native },
        { language: 'fr', skill: LanguageSkill.Conversational },
      ],
      devices: [DeviceAccess.Phone, DeviceAccess.SharedComputer],
      schooling: Schooling.Secondary,
      jobGoal: 'Web developer',
    },
  },
  {
    email: 'olena@passerelle.local',
    displayName: 'Olena Kovalenko',
    theta: -0.8,
    language: 'fr' as LanguageCode,
    finish: false,
    intake: {
      languages: [
        { language: 'uk', skill: LanguageSkill.Native },
        { language: 'fr', skill: LanguageSkill.Basic },
      ],
      devices: [DeviceAccess.Phone],
      schooling: Schooling.University,
      jobGoal: 'Office assistant',
    },
  },
];

/**
 * The item bank's seed (on every start: the assessment needs its items in production too),
 * and demo attempts taken through the real service.
 */
@Injectable()
export class AssessmentSeedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attempts: AttemptsService,
    private readonly banks: ItemBankService,
    private readonly accounts: AccountBootstrapService,
    private readonly cohorts: CohortsService,
    private readonly people: People,
  ) {}

  /**
   * Adds the seed items whose key is not in the bank yet; items already there are left as
   * mentors may have edited them. Returns how many were added.
   */
  async seedItemBank(): Promise<number> {
    const repository = this.db.getRepository(AssessmentItem);
    const existing = new Set(
      (await repository.find({ select: { key: true } })).map((item) => item.key),
    );
    const missing = ASSESSMENT_ITEMS.filter((seed) => !existing.has(seed.key));
    if (missing.length > 0) await this.insertItems(missing);
    // Anchors hold the scale when the bank is calibrated; the seed's list is the only source
    // of them, so items it no longer names stop being anchors.
    await repository.update({ key: In([...ANCHOR_ITEM_KEYS]), anchor: false }, { anchor: true });
    await repository.update(
      { key: Not(In([...ANCHOR_ITEM_KEYS])), anchor: true },
      { anchor: false },
    );
    return missing.length;
  }

  private async insertItems(missing: readonly SeedAssessmentItem[]): Promise<void> {
    const repository = this.db.getRepository(AssessmentItem);
    await repository.insert(
      missing.map((seed) => ({
        key: seed.key,
        area: seed.area,
        competence: seed.competence,
        kind: seed.kind,
        image: seed.image ?? null,
        code: seed.code ?? null,
        a: seed.irt.a,
        b: seed.irt.b,
        c: seed.irt.c ?? 0,
        provisional: seed.irt.provisional,
        exposureControl: SEED_EXPOSURE_CONTROL[seed.key] ?? 1,
        answer: seed.answer,
        fallbackLanguage: SEED_LANGUAGES[0],
        translations: seed.translations,
        status: AssessmentItemStatus.Active,
        anchor: ANCHOR_ITEM_KEYS.includes(seed.key),
      })),
    );
  }

  /**
   * Two demo learners in the demo mentor's cohorts: one finished the check in Arabic, one
   * stopped half-way in French. They answer as a learner of their ability most likely would
   * (right when the chance is above one half, "I don't know" otherwise).
   */
  async seedDemoAttempts(mentorEmail: string): Promise<boolean> {
    const mentor = await this.people.findByEmail(mentorEmail);
    const cohortId = mentor ? await this.cohorts.oldestOf(mentor.id) : null;
    if (!mentor || !cohortId) return false;
    const mentorActor: AuthenticatedAccount = { id: mentor.id, role: Role.Mentor };
    const ids = await this.accounts.seedDemoLearners(DEMO_TAKERS);
    if (
      await this.db.getRepository(AssessmentAttempt).existsBy({ learnerId: In([...ids.values()]) })
    ) {
      return false;
    }
    for (const taker of DEMO_TAKERS) {
      const learner: AuthenticatedAccount = {
        id: ids.get(taker.email) as string,
        role: Role.Learner,
      };
      // Through the cohort's rule, so they are enrolled in the courses assigned to it.
      await this.cohorts.addLearner(mentorActor, cohortId, taker.email);
      await this.attempts.saveIntake(learner, taker.intake);
      let view = (await this.attempts.start(learner, taker.language)).attempt;
      const { seed, bankVersionId } = await this.db
        .getRepository(AssessmentAttempt)
        .findOneByOrFail({ id: view.id });
      const { items } = await this.banks.ofVersion(bankVersionId);
      while (view.current && (taker.finish || view.answered < 6)) {
        const served = view.current;
        const item = items.get(served.itemId) as AssessmentItem;
        const right = probability(item, taker.theta) > 0.5;
        view = await this.attempts.answer(learner, view.id, {
          position: served.position,
          itemId: served.itemId,
          ...(right ? { choiceIds: optionIdsOf(item, seed, item.answer) } : { dontKnow: true }),
        });
      }
    }
    return true;
  }
}
