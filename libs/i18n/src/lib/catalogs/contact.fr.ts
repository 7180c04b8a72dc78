import type { contactEn } from './contact.en';

/** How employers reach a learner (see `contactEn`). */
export const contactFr: Record<keyof typeof contactEn, string> = {
  'contact.nav': 'Contact',
  'contact.title': 'Comment les employeurs peuvent vous joindre',
  'contact.intro':
    'Les employeurs voient cela seulement quand vous dites oui à un entretien. Avant, ils n’en voient rien.',
  'contact.phone': 'Numéro de téléphone (vous pouvez le laisser vide)',
  'contact.phoneHint': 'Commencez par + et le code du pays, par exemple +33 6 12 34 56 78.',
  'contact.phoneInvalid': 'Écrivez le numéro avec + et le code du pays, comme +33 6 12 34 56 78.',
  'contact.via': 'Comment les employeurs peuvent-ils vous contacter ?',
  'contact.via.email': 'Par e-mail',
  'contact.via.emailHelp': 'Ils voient votre e-mail {email}.',
  'contact.via.phone': 'Par téléphone',
  'contact.via.phoneHelp': 'Ils voient votre numéro de téléphone.',
  'contact.via.phoneMissing': 'Écrivez d’abord votre numéro de téléphone.',
  'contact.via.passerelle': 'Par Passerelle',
  'contact.via.passerelleHelp':
    'Ils ne voient ni e-mail ni téléphone. Ils contactent votre mentor ou l’équipe Passerelle, qui vous préviennent.',
  'contact.noEmail':
    'Votre compte n’a pas d’e-mail : les employeurs ne peuvent pas vous écrire par e-mail.',
  'contact.save': 'Enregistrer',
  'contact.saved': 'Enregistré.',

  'contact.offer.email':
    'Si vous acceptez, {organisation} peut voir votre e-mail {email} pour organiser l’entretien.',
  'contact.offer.phone':
    'Si vous acceptez, {organisation} peut voir votre numéro {phone} pour organiser l’entretien.',
  'contact.offer.passerelle':
    'Si vous acceptez, {organisation} n’a ni votre e-mail ni votre téléphone. Ils contactent votre mentor ou l’équipe Passerelle, qui vous préviennent.',
  'contact.offer.unknown':
    'Si vous acceptez, {organisation} voit le moyen de vous joindre choisi dans Mon profil.',
  'contact.offer.change': 'Changer comment les employeurs vous joignent',
  'contact.shared.email': 'Vous avez accepté. {organisation} voit maintenant votre e-mail {email}.',
  'contact.shared.phone':
    'Vous avez accepté. {organisation} voit maintenant votre numéro de téléphone {phone}.',
  'contact.shared.mentor':
    'Vous avez accepté. {organisation} ne voit ni e-mail ni téléphone. Ils vont contacter votre mentor {mentors}, qui vous préviendra.',
  'contact.shared.team':
    'Vous avez accepté. {organisation} ne voit ni e-mail ni téléphone. Ils vont contacter l’équipe Passerelle. Vous n’avez pas encore de mentor : pour être joint plus vite, ajoutez votre téléphone ou votre e-mail.',

  'contact.employer.label': 'Contact',
  'contact.employer.email': 'E-mail',
  'contact.employer.phone': 'Téléphone',
  'contact.employer.mentor':
    'Par Passerelle : aucun contact personnel n’est partagé. Écrivez au mentor de la personne, qui transmet votre message :',
  'contact.employer.team':
    'Par Passerelle : aucun contact personnel n’est partagé, et la personne n’a pas encore de mentor. Demandez à l’équipe Passerelle qui a invité votre organisation.',
  'contact.employer.csvPasserelle': 'Par Passerelle',
};
