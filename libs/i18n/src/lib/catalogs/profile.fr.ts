import type { Translations } from '../message';
import type { profileEn } from './profile.en';

/** The learner's candidate profile in the portal: what they write, consent, evidence, views. */
export const profileFr: Translations<typeof profileEn> = {
  'profile.title': 'Mon profil',
  'profile.nav.label': 'Parties de mon profil',
  'profile.nav.sharing': 'Partage',
  'profile.nav.about': 'À propos de vous',
  'profile.nav.evidence': 'Ce que nous savons',
  'profile.nav.views': 'Visites',
  'profile.status.private': 'Privé : les employeurs ne voient pas votre profil.',
  'profile.status.open': {
    by: 'total',
    one: 'Ouvert aux offres : vous partagez {count} partie sur {total}.',
    other: 'Ouvert aux offres : vous partagez {count} parties sur {total}.',
  },
  'profile.unsaved': 'Vos changements ne sont pas encore enregistrés.',

  'profile.sharing.title': 'Ce que les employeurs voient',
  'profile.sharing.intro':
    'Les employeurs ne voient rien tant que vous n’activez pas « Je cherche un travail ». Ensuite, ils voient seulement les parties que vous choisissez.',
  'profile.sharing.openToWork': 'Je cherche un travail',
  'profile.sharing.on': 'Oui',
  'profile.sharing.off': 'Non',
  'profile.sharing.openHelp':
    'Les employeurs partenaires de Passerelle peuvent vous trouver. Ils voient votre nom et les parties que vous activez plus bas.',
  'profile.sharing.closedHelp':
    'Activez ceci si vous cherchez un travail. Ensuite, vous choisissez ce que les employeurs voient.',
  'profile.sharing.choose': 'Que peuvent voir les employeurs ?',
  'profile.sharing.group.evidence': 'Ce que Passerelle sait',
  'profile.sharing.group.written': 'Ce que vous avez écrit',
  'profile.sharing.group.sensitive': 'Informations privées',
  'profile.sharing.emptySection': 'Rien ici pour le moment.',
  'profile.sharing.sensitiveTitle': 'Information sensible.',
  'profile.sharing.sensitiveWarning':
    'C’est une information privée sur vos papiers. Partagez-la seulement si vous le voulez vraiment. Vous pouvez toujours dire non.',
  'profile.sharing.chooseOne':
    'Activez au moins une partie, ou désactivez « Je cherche un travail ».',
  'profile.sharing.save': 'Enregistrer mes choix',
  'profile.sharing.saved': 'C’est enregistré. Votre profil est privé.',
  'profile.sharing.savedOpen':
    'C’est enregistré. Les employeurs voient maintenant les parties choisies.',
  'profile.sharing.savedWithdrawn':
    'C’est enregistré. Dès maintenant, les employeurs ne voient plus les parties désactivées.',
  'profile.sharing.savedPrivateNow':
    'C’est enregistré. Votre profil est de nouveau privé. Dès maintenant, aucun employeur ne le voit.',
  'profile.sharing.anyTime':
    'Vous pouvez changer d’avis à tout moment. Quand vous arrêtez de partager, c’est immédiat.',
  'profile.sharing.makePrivate': 'Arrêter de tout partager',
  'profile.sharing.aboutFirst': 'Conseil : écrivez d’abord quelques mots sur vous.',

  'profile.section.assessment.name': 'Niveaux du test de compétences',
  'profile.section.assessment.help': 'Votre niveau dans chaque domaine du test.',
  'profile.section.courses.name': 'Cours terminés',
  'profile.section.courses.help': 'Les cours terminés sur Passerelle, avec la date.',
  'profile.section.exercises.name': 'Exercices de code',
  'profile.section.exercises.help':
    'Combien d’exercices de code vous avez réussis, et quelques exemples.',
  'profile.section.endorsements.name': 'Mots des formateurs',
  'profile.section.endorsements.help': 'Ce que vos formateurs ont écrit sur vous.',
  'profile.section.about.name': 'À propos de vous',
  'profile.section.about.help': 'Votre titre et les quelques mots écrits sur vous.',
  'profile.section.languages.name': 'Langues',
  'profile.section.languages.help': 'Les langues que vous parlez, et votre niveau.',
  'profile.section.experience.name': 'Expérience de travail',
  'profile.section.experience.help': 'Les emplois écrits dans « À propos de vous ».',
  'profile.section.availability.name': 'Quand et où vous pouvez travailler',
  'profile.section.availability.help':
    'Quand vous pouvez commencer, les heures par semaine, les lieux, et le travail à la maison.',
  'profile.section.sensitive.name': 'Droit de travailler',
  'profile.section.sensitive.help':
    'Votre réponse à : avez-vous le droit de travailler dans ce pays ?',

  'profile.about.title': 'À propos de vous',
  'profile.about.intro':
    'Dites aux employeurs qui vous êtes. Des phrases courtes et simples, c’est le mieux.',
  'profile.about.headline': 'Titre',
  'profile.about.headlineHint':
    'Une ligne sur vous. Par exemple : Cuisinier qui apprend à créer des sites web.',
  'profile.about.bio': 'Quelques mots sur vous',
  'profile.about.bioHint': 'Qu’aimez-vous ? Que savez-vous bien faire ?',
  'profile.about.experience': 'Expérience de travail',
  'profile.about.experienceHint':
    'Emplois, bénévolat, travail dans votre pays d’origine : tout compte.',
  'profile.about.jobN': 'Emploi {n}',
  'profile.about.jobTitle': 'Nom du poste',
  'profile.about.jobOrganisation': 'Où (entreprise ou lieu)',
  'profile.about.jobFrom': 'Depuis',
  'profile.about.jobTo': 'Jusqu’à',
  'profile.about.monthHint': 'Année et mois, par exemple 2021-09.',
  'profile.about.jobToHint': 'Laissez vide si vous travaillez encore là.',
  'profile.about.jobDescription': 'Qu’avez-vous fait ?',
  'profile.about.removeJob': 'Retirer',
  'profile.about.removeJobN': 'Retirer l’emploi {n}',
  'profile.about.noJobs': 'Aucun emploi pour le moment.',
  'profile.about.addJob': 'Ajouter un emploi',
  'profile.about.availability': 'Quand et où pouvez-vous travailler ?',
  'profile.about.availableFrom': 'Je peux commencer le',
  'profile.about.availableFromHint': 'Laissez vide si vous pouvez commencer maintenant.',
  'profile.about.hours': 'Heures par semaine',
  'profile.about.hoursHint': 'Un nombre de {min} à {max}. Laissez vide si vous ne savez pas.',
  'profile.about.places': 'Villes ou quartiers',
  'profile.about.placesHint': {
    by: 'max',
    one: 'Mettez une virgule entre deux lieux. {max} lieu au plus.',
    other: 'Mettez une virgule entre deux lieux. {max} lieux au plus.',
  },
  'profile.about.remoteOk': 'Je peux aussi travailler à la maison',
  'profile.about.rightToWork': 'Avez-vous le droit de travailler dans ce pays ?',
  'profile.about.rightToWorkHint':
    'Les employeurs voient votre réponse seulement si vous activez « Droit de travailler » dans Partage.',
  'profile.rightToWork.yes': 'Oui',
  'profile.rightToWork.pending': 'J’attends une réponse',
  'profile.rightToWork.no': 'Non, pas encore',
  'profile.rightToWork.undisclosed': 'Je préfère ne pas répondre',
  'profile.about.save': 'Enregistrer',
  'profile.about.saved': 'C’est enregistré.',
  'profile.about.whoSees':
    'Les employeurs voient ceci seulement si vous ouvrez votre profil et le partagez dans Partage.',
  'profile.error.month': 'Écrivez l’année et le mois, par exemple 2021-09.',
  'profile.error.endBeforeStart': 'C’est avant le début. Vérifiez les dates.',
  'profile.error.tooManyJobs': {
    by: 'max',
    one: '{max} emploi au plus.',
    other: '{max} emplois au plus.',
  },
  'profile.error.date': 'Écrivez une date, par exemple 2027-01-04.',
  'profile.error.hours': 'Écrivez un nombre de {min} à {max}.',
  'profile.error.tooManyPlaces': {
    by: 'max',
    one: '{max} lieu au plus.',
    other: '{max} lieux au plus.',
  },

  'profile.evidence.title': 'Ce que Passerelle sait',
  'profile.evidence.why':
    'Passerelle écrit ces informations à partir de votre travail ici. Vous ne pouvez pas les changer : c’est pour cela que les employeurs peuvent leur faire confiance. Vous choisissez si les employeurs les voient, dans Partage.',
  'profile.evidence.levelsCaption': 'Votre niveau dans chaque domaine',
  'profile.evidence.noAssessment': 'Vous n’avez pas encore fait le test de compétences.',
  'profile.evidence.noCourses': 'Aucun cours terminé pour le moment.',
  'profile.evidence.exercisesCount': 'Exercices de code réussis : {count}',
  'profile.evidence.examples': 'Les derniers :',
  'profile.evidence.noExercises': 'Aucun exercice de code réussi pour le moment.',
  'profile.evidence.endorsedBy': '{name}, {date}',
  'profile.evidence.noEndorsements': 'Pas encore de mots d’un formateur.',
  'profile.evidence.languagesFrom': 'D’après vos réponses avant le test de compétences.',
  'profile.evidence.noLanguages': 'Vous pouvez nous dire vos langues avant le test de compétences.',

  'profile.views.title': 'Qui a vu mon profil',
  'profile.views.intro': 'Chaque fois qu’un employeur ouvre votre profil, vous le voyez ici.',
  'profile.views.count': 'Visites du profil : {count}',
  'profile.views.countNone': 'Aucun employeur n’a encore regardé votre profil.',
  'profile.views.team': 'Équipe Passerelle',
  'profile.views.person': 'Personne :',
  'profile.views.job': 'Pour le poste :',
  'profile.views.emptyOpen': 'Aucun employeur n’a encore ouvert votre profil.',
  'profile.views.emptyPrivate': 'Votre profil est privé : les employeurs ne peuvent pas l’ouvrir.',

  'profile.dashboard.intro':
    'Montrez vos compétences aux employeurs. Seulement si vous êtes d’accord.',
  'profile.dashboard.open': 'Ouvrir mon profil',
};
