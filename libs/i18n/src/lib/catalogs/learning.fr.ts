import type { Translations } from '../message';
import type { learningEn } from './learning.en';

/** Voir learning.en.ts. */
export const learningFr: Translations<typeof learningEn> = {
  'learning.start.intro': {
    one: 'Ce cours a {count} étape. Commencez-le pour l’ouvrir.',
    other: 'Ce cours a {count} étapes. Commencez-le pour les ouvrir.',
  },
  'learning.start.button': 'Commencer ce cours',
  'learning.seeCourse': 'Voir le cours',
  'learning.allCourses': 'Voir tous les cours',
  'learning.problem.notEnrolled':
    'Vous n’avez pas encore commencé ce cours. Commencez-le pour ouvrir cette étape.',
  'learning.problem.courseNotFound': 'Nous ne trouvons pas ce cours. Il est peut-être fermé.',
  'learning.problem.itemNotFound':
    'Nous ne trouvons pas cette étape. Elle a peut-être changé de place.',
  'learning.problem.forbidden':
    'Cette page n’est pas ouverte pour votre compte. Revenez en arrière, ou demandez à votre mentor.',
  'learning.tryAgain': 'Réessayer',

  'exercise.result.label': 'Résultat',
  'exercise.result.running': 'Les exemples tournent…',
  'exercise.result.grading': 'Nous vérifions votre code avec tous les tests…',
  'exercise.result.summary': 'Tests réussis : {passed} sur {total}.',
  'exercise.reset.title': 'Recommencer ?',
  'exercise.reset.body':
    'Votre code part et le code de départ revient. Vous pourrez annuler ensuite.',
  'exercise.reset.confirm': 'Oui, recommencer',
  'exercise.reset.cancel': 'Non, garder mon code',
  'exercise.reset.done':
    'Le code de départ est revenu. Votre ancien code est gardé sur cet appareil.',
  'exercise.reset.undo': 'Annuler : reprendre mon code',
  'exercise.reset.undone': 'Votre code est revenu.',

  'assessment.length.title': 'Combien de temps',
  'assessment.length.questions': 'Environ {expected} questions ({max} au plus).',
  'assessment.length.minutes': 'Environ {minutes} minutes.',
  'assessment.length.fromAttempts': 'Nous comptons avec le temps pris par d’autres personnes.',
  'assessment.length.fromDefault': 'Nous comptons environ {seconds} secondes par question.',
  'dashboard.assessment.length':
    'Un test dans votre langue. Il montre ce que vous savez déjà. Il dure environ {minutes} minutes.',
};
