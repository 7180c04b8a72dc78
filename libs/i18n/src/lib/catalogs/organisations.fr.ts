import type { Translations } from '../message';
import type { organisationsEn } from './organisations.en';

/** Partner organisations in the console: the admin's list, an organisation and its employers. */
export const organisationsFr: Translations<typeof organisationsEn> = {
  'console.nav.organisations': 'Organisations',

  'org.title': 'Organisations',
  'org.detailTitle': 'Organisation',
  'org.intro':
    'Les organisations partenaires qui recrutent des apprenants. Ouvrez-en une pour voir ses employeurs et en inviter d’autres.',
  'org.exportCsv': 'Télécharger en CSV',
  'org.filters': 'Filtrer les organisations',
  'org.search': 'Chercher par nom ou description',
  'org.summary': {
    by: 'total',
    one: '{shown} organisation affichée sur {total}',
    other: '{shown} organisations affichées sur {total}',
  },
  'org.empty': 'Aucune organisation pour l’instant. Ajoutez la première ci-dessous.',
  'org.noMatch': 'Aucune organisation ne correspond à cette recherche.',
  'org.column.name': 'Nom',
  'org.column.description': 'Description',
  'org.column.members': 'Employeurs',
  'org.column.created': 'Date d’ajout',
  'org.new': 'Nouvelle organisation',
  'org.name': 'Nom',
  'org.nameHint': 'Le nom que les gens connaissent. Chaque organisation a son propre nom.',
  'org.description': 'Description',
  'org.descriptionHint': 'Facultatif. Ce qu’elle fait et qui elle veut recruter.',
  'org.create': 'Créer l’organisation',
  'org.none':
    'Vous ne faites pas encore partie d’une organisation. Un administrateur va vous ajouter. Vous la trouverez ensuite ici.',
  'org.notFound': 'Cette organisation n’existe pas, ou vous ne pouvez pas la voir.',

  'org.back': 'Toutes les organisations',
  'org.addedOn': 'Ajoutée le {date}',
  'org.employers': 'Employeurs ({count})',
  'org.employersOf': 'Employeurs de {name}',
  'org.noEmployers': 'Pas encore d’employeur.',
  'org.noEmployersInvite': 'Pas encore d’employeur. Invitez le premier ci-dessous.',
  'org.employer.name': 'Nom',
  'org.employer.email': 'E-mail',
  'org.employer.role': 'Rôle',
  'org.employer.status': 'Statut',
  'org.role.owner': 'Responsable',
  'org.role.member': 'Membre',
  'org.status.invited': 'Invité',
  'org.status.active': 'Actif',
  'org.status.disabled': 'Désactivé',
  'org.askOwner': 'Pour ajouter un collègue, demandez à un responsable de votre organisation.',

  'org.invite': 'Inviter un employeur',
  'org.inviteIntro': 'La personne reçoit un lien pour choisir un mot de passe et rejoindre {name}.',
  'org.invite.email': 'E-mail',
  'org.invite.name': 'Nom',
  'org.invite.role': 'Rôle',
  'org.invite.roleHint': 'Les responsables peuvent aussi inviter des collègues. Les membres, non.',
  'org.invite.submit': 'Créer l’invitation',
  'org.invite.created':
    'Invitation créée. Aucun e-mail n’est envoyé : copiez ce lien et envoyez-le à {name}. Il ne marche qu’une fois.',

  'org.errors.nameTaken': 'Une autre organisation porte ce nom. Choisissez un autre nom.',
  'org.errors.emailActive':
    'Cet e-mail a déjà un compte. Seules les personnes sans compte peuvent être invitées.',
  'org.errors.otherOrganisation': 'Cette personne fait déjà partie d’une autre organisation.',
};
