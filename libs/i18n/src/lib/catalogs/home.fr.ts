import type { Translations } from '../message';
import type { homeEn } from './home.en';

/** The console's home pages: what waits for a mentor, an employer, an admin. */
export const homeFr: Translations<typeof homeEn> = {
  'home.waiting': 'Ce qui vous attend',
  'home.helpRequests': 'Demandes d’aide à traiter',
  'home.toReview': 'Code envoyé ces {days} derniers jours, sans commentaire',
  'home.assessments': 'Tests de compétences terminés ces {days} derniers jours',
  'home.learners': 'Apprenants de vos groupes',
  'home.cohorts': 'Groupes',
  'home.attention': 'Apprenants à suivre',
  'home.attentionEmpty': 'Aucun apprenant n’est bloqué pour le moment.',
  'home.reason.help': 'Demande de l’aide pour « {item} »',
  'home.reason.failing': {
    one: '{count} essai raté sur « {item} », pas encore réussi',
    other: '{count} essais ratés sur « {item} », pas encore réussi',
  },
  'home.inactive': 'Aucune activité depuis {days} jours',
  'home.inactiveEmpty': 'Tous les apprenants ont été actifs ces {days} derniers jours.',
  'home.lastActive': 'Dernière activité le {date}',
  'home.neverActive': 'Rien fait depuis son arrivée dans le groupe',
  'home.openCohort': 'Ouvrir le groupe',
  'home.newApplications': 'Nouvelles candidatures ces {days} derniers jours',
  'home.newApplicationsEmpty': 'Aucune nouvelle candidature ces {days} derniers jours.',
  'home.applied': '{name} a postulé à « {job} »',
  'home.openJobs': 'Offres ouvertes',
  'home.openJobsEmpty':
    'Aucune offre n’est ouverte. Ouvrez-en une depuis la page de votre organisation.',
  'home.job': 'Offre',
  'home.candidates': 'Dans le recrutement',
  'home.newCount': 'Nouvelles candidatures',
  'home.ranked': 'Candidats classés',
  'home.platform': 'Passerelle en un coup d’œil',
  'home.allLearners': 'Apprenants',
  'home.mentors': 'Formateurs',
  'home.employers': 'Employeurs',
  'home.invitations': 'Invitations en attente',
  'home.organisations': 'Organisations',
  'home.hires': 'Apprenants embauchés',
};
