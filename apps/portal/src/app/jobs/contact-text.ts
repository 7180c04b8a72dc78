import type { MyApplication, MyContactView, SharedContact } from '@passerelle/contracts';
import type { UiMessage } from '@passerelle/i18n';

/**
 * Phone numbers and emails read left to right inside any sentence: isolated, so that an Arabic
 * sentence does not move the "+" to the other end.
 */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}

/** What accepting an invitation will share, from the learner's contact settings. */
export function contactOffer(organisation: string, contact: MyContactView | null): UiMessage {
  if (contact?.contactVia === 'email' && contact.email) {
    return { key: 'contact.offer.email', params: { organisation, email: ltr(contact.email) } };
  }
  if (contact?.contactVia === 'phone' && contact.phone) {
    return { key: 'contact.offer.phone', params: { organisation, phone: ltr(contact.phone) } };
  }
  if (contact?.contactVia === 'passerelle') {
    return { key: 'contact.offer.passerelle', params: { organisation } };
  }
  // Not known (offline): never claims an email, a number or their absence.
  return { key: 'contact.offer.unknown', params: { organisation } };
}

/** Exactly what the organisation sees now, said to the learner after they accepted. */
export function contactShared(organisation: string, shared: SharedContact): UiMessage {
  switch (shared.via) {
    case 'email':
      return { key: 'contact.shared.email', params: { organisation, email: ltr(shared.email) } };
    case 'phone':
      return { key: 'contact.shared.phone', params: { organisation, phone: ltr(shared.phone) } };
    case 'passerelle':
      return shared.mentors.length > 0
        ? {
            key: 'contact.shared.mentor',
            params: { organisation, mentors: shared.mentors.map((m) => m.displayName).join(', ') },
          }
        : { key: 'contact.shared.team', params: { organisation } };
  }
}

/** The learner's answer to an interview invitation, said back to them with what it shares. */
export function invitationAnswer(
  application: Pick<MyApplication, 'invitationResponse' | 'job' | 'sharedContact'>,
): UiMessage | null {
  if (application.invitationResponse === 'declined') return { key: 'work.invite.declined' };
  if (application.invitationResponse === 'accepted' && application.sharedContact) {
    return contactShared(application.job.organisation, application.sharedContact);
  }
  return null;
}
