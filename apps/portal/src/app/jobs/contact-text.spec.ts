import type { MyContactView } from '@passerelle/contracts';
import { FALLBACK_CATALOG as en, loadCatalog, translate, type UiMessage } from '@passerelle/i18n';

import { contactOffer, contactShared, invitationAnswer, ltr } from './contact-text';
import { myApplication } from './jobs.fixtures';

const ORG = 'Atelier Numérique Lyon';
const say = (m: UiMessage | null) => (m ? translate(en, m.key, m.params) : null);
const plain = (text: string | null) => text?.replace(/[\u2066\u2069]/g, '');
const contact = (overrides: Partial<MyContactView>): MyContactView => ({
  phone: null,
  contactVia: 'passerelle',
  email: null,
  channels: ['passerelle'],
  updatedAt: null,
  ...overrides,
});

describe('what accepting an interview shares', () => {
  it('names the email or the phone number before the learner accepts', () => {
    expect(plain(say(contactOffer(ORG, contact({ contactVia: 'email', email: 'a@b.org' }))))).toBe(
      `If you accept, ${ORG} can see your email a@b.org to plan the interview.`,
    );
    expect(
      plain(say(contactOffer(ORG, contact({ contactVia: 'phone', phone: '+33612345678' })))),
    ).toBe(`If you accept, ${ORG} can see your phone number +33612345678 to plan the interview.`);
    expect(say(contactOffer(ORG, contact({})))).toContain('gets no email and no phone number');
    // Not known (offline): never claims an email, a number or their absence.
    expect(contactOffer(ORG, null).key).toBe('contact.offer.unknown');
  });

  it('says exactly what the organisation sees after the learner accepted', () => {
    expect(plain(say(contactShared(ORG, { via: 'phone', phone: '+33612345678' })))).toBe(
      `You accepted. ${ORG} can now see your phone number +33612345678.`,
    );
    expect(plain(say(contactShared(ORG, { via: 'email', email: 'a@b.org' })))).toBe(
      `You accepted. ${ORG} can now see your email a@b.org.`,
    );
    const mentors = [
      { id: 'm1', displayName: 'Claire Martin', email: 'claire@passerelle.local' },
      { id: 'm2', displayName: 'Yusuf Kaya', email: null },
    ];
    expect(say(contactShared(ORG, { via: 'passerelle', mentors }))).toBe(
      `You accepted. ${ORG} sees no email and no phone number. They will contact your mentor Claire Martin, Yusuf Kaya, who will tell you.`,
    );
    expect(say(contactShared(ORG, { via: 'passerelle', mentors: [] }))).toContain(
      'They will contact the Passerelle team.',
    );
  });

  it('keeps numbers left to right inside an Arabic sentence', async () => {
    const ar = await loadCatalog('ar');
    const m = contactShared(ORG, { via: 'phone', phone: '+33612345678' });
    expect(translate(ar, m.key, m.params)).toContain(ltr('+33612345678'));
  });

  it('answers only once the learner has answered, and says nothing once withdrawn', () => {
    const shared = { via: 'phone', phone: '+33612345678' } as const;
    expect(invitationAnswer(myApplication())).toBeNull();
    expect(invitationAnswer(myApplication({ invitationResponse: 'declined' }))).toEqual({
      key: 'work.invite.declined',
    });
    expect(
      invitationAnswer(myApplication({ invitationResponse: 'accepted', sharedContact: shared })),
    ).toMatchObject({ key: 'contact.shared.phone' });
    expect(invitationAnswer(myApplication({ invitationResponse: 'accepted' }))).toBeNull();
  });
});
