import type { gradingEn } from './grading.en';

/** The grader's words on exercise results (see `gradingEn`). */
export const gradingFr: Record<keyof typeof gradingEn, string> = {
  'grading.expected': 'Attendu',
  'grading.received': 'Reçu',
  'grading.expectedLength': 'Longueur attendue',
  'grading.receivedLength': 'Longueur reçue',
  'grading.expectedValue': 'Valeur attendue',
  'grading.expectedPattern': 'Motif attendu',
  'grading.receivedString': 'Texte reçu',
  'grading.expectedPath': 'Propriété attendue',
  'grading.expectedConstructor': 'Type attendu',
  'grading.thrown': 'Erreur levée',
  'grading.not': 'pas',
  'grading.didNotThrow': 'La fonction n’a pas levé d’erreur.',
  'grading.problem.assertion-failed': 'Le résultat n’est pas celui que le test attend.',
  'grading.problem.exception': 'Votre code s’est arrêté sur une erreur. L’erreur dit :',
  'grading.problem.syntax-error':
    'Quelque chose est mal écrit dans le code (erreur de syntaxe). Regardez la ligne indiquée :',
  'grading.problem.module-not-found': 'Les tests n’ont pas trouvé votre fichier. L’erreur dit :',
  'grading.problem.missing-export':
    'Les tests n’ont pas trouvé votre fonction. Vérifiez son nom et le mot « export ». L’erreur dit :',
  'grading.problem.stack-overflow':
    'Une fonction s’appelle elle-même encore et encore, sans fin. L’erreur dit :',
  'grading.problem.no-tests':
    'Cet exercice n’a pas de test à lancer. Prévenez votre formateur, s’il vous plaît.',
  'grading.problem.never-finished':
    'Ce test ne s’est jamais terminé : il attend quelque chose qui n’arrive jamais.',
  'grading.problem.timeout':
    'Le code a tourné plus longtemps que permis et a été arrêté. Y a-t-il une boucle sans fin ?',
  'grading.problem.memory-limit': 'Le code a utilisé plus de mémoire que permis.',
  'grading.problem.grader-failed':
    'Passerelle n’a pas pu vérifier ce code. Réessayez dans un moment, s’il vous plaît.',
};
