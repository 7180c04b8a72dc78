/**
 * How employers reach a learner: the phone number and the chosen way, in the portal (profile,
 * interview invitations) and in the console (the candidate's contact once shared).
 */
export const contactEn = {
  'contact.nav': 'Contact',
  'contact.title': 'How employers can reach you',
  'contact.intro':
    'Employers see this only when you say yes to an interview. Before that, they see nothing of it.',
  'contact.phone': 'Phone number (you can leave it empty)',
  'contact.phoneHint': 'Start with + and the country code, for example +33 6 12 34 56 78.',
  'contact.phoneInvalid': 'Write the number with + and the country code, like +33 6 12 34 56 78.',
  'contact.via': 'How can employers contact you?',
  'contact.via.email': 'By email',
  'contact.via.emailHelp': 'They see your email {email}.',
  'contact.via.phone': 'By phone',
  'contact.via.phoneHelp': 'They see your phone number.',
  'contact.via.phoneMissing': 'Write your phone number first.',
  'contact.via.passerelle': 'Through Passerelle',
  'contact.via.passerelleHelp':
    'They see no email and no phone number. They contact your mentor or the Passerelle team, who tell you.',
  'contact.noEmail': 'Your account has no email, so employers cannot write to you by email.',
  'contact.save': 'Save',
  'contact.saved': 'Saved.',

  // Interview invitations: what is shared, said exactly.
  'contact.offer.email':
    'If you accept, {organisation} can see your email {email} to plan the interview.',
  'contact.offer.phone':
    'If you accept, {organisation} can see your phone number {phone} to plan the interview.',
  'contact.offer.passerelle':
    'If you accept, {organisation} gets no email and no phone number. They contact your mentor or the Passerelle team, who tell you.',
  'contact.offer.unknown':
    'If you accept, {organisation} can see the way to reach you that you chose in My profile.',
  'contact.offer.change': 'Change how employers reach you',
  'contact.shared.email': 'You accepted. {organisation} can now see your email {email}.',
  'contact.shared.phone': 'You accepted. {organisation} can now see your phone number {phone}.',
  'contact.shared.mentor':
    'You accepted. {organisation} sees no email and no phone number. They will contact your mentor {mentors}, who will tell you.',
  'contact.shared.team':
    'You accepted. {organisation} sees no email and no phone number. They will contact the Passerelle team. You have no mentor yet: to be reached faster, add your phone number or email.',

  // The console: a candidate's contact once shared.
  'contact.employer.label': 'Contact',
  'contact.employer.email': 'Email',
  'contact.employer.phone': 'Phone',
  'contact.employer.mentor':
    'Through Passerelle: no personal contact is shared. Write to the candidate’s mentor, who passes your message on:',
  'contact.employer.team':
    'Through Passerelle: no personal contact is shared, and the candidate has no mentor yet. Ask the Passerelle team who invited your organisation.',
  'contact.employer.csvPasserelle': 'Through Passerelle',
} as const;
