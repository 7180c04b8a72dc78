/** The learner's candidate profile in the portal: what they write, consent, evidence, views. */
export const profileEn = {
  'profile.title': 'My profile',
  'profile.nav.label': 'Parts of my profile',
  'profile.nav.sharing': 'Sharing',
  'profile.nav.about': 'About you',
  'profile.nav.evidence': 'What we know',
  'profile.nav.views': 'Views',
  'profile.status.private': 'Private: employers cannot see your profile.',
  'profile.status.open': {
    by: 'total',
    one: 'Open to work: you share {count} of {total} part.',
    other: 'Open to work: you share {count} of {total} parts.',
  },
  'profile.unsaved': 'You have changes that are not saved yet.',

  // What employers can see
  'profile.sharing.title': 'What employers can see',
  'profile.sharing.intro':
    'Employers see nothing until you switch on “Open to work”. Then they see only the parts you choose.',
  'profile.sharing.openToWork': 'Open to work',
  'profile.sharing.on': 'On',
  'profile.sharing.off': 'Off',
  'profile.sharing.openHelp':
    'Employers who work with Passerelle can find you. They see your name and the parts you switch on below.',
  'profile.sharing.closedHelp':
    'Switch this on if you look for a job. Then you choose what employers can see.',
  'profile.sharing.choose': 'What can employers see?',
  'profile.sharing.group.evidence': 'What Passerelle knows',
  'profile.sharing.group.written': 'What you wrote',
  'profile.sharing.group.sensitive': 'Private facts',
  'profile.sharing.emptySection': 'Nothing here yet.',
  'profile.sharing.sensitiveTitle': 'Sensitive.',
  'profile.sharing.sensitiveWarning':
    'This is private information about your papers. Share it only if you really want to. You can always say no.',
  'profile.sharing.chooseOne': 'Switch on at least one part, or switch off “Open to work”.',
  'profile.sharing.save': 'Save my choices',
  'profile.sharing.saved': 'Saved. Your profile is private.',
  'profile.sharing.savedOpen': 'Saved. Employers can now see the parts you chose.',
  'profile.sharing.savedWithdrawn':
    'Saved. From now on, employers cannot see the parts you switched off.',
  'profile.sharing.savedPrivateNow':
    'Saved. Your profile is private again. From now on, no employer can see it.',
  'profile.sharing.anyTime':
    'You can change your mind at any time. When you stop sharing, it works at once.',
  'profile.sharing.makePrivate': 'Stop sharing everything',
  'profile.sharing.aboutFirst': 'Tip: first write a few words about you.',

  // The parts of a profile, as the switches name them
  'profile.section.assessment.name': 'Skills check levels',
  'profile.section.assessment.help': 'Your level in each area of the skills check.',
  'profile.section.courses.name': 'Finished courses',
  'profile.section.courses.help': 'The courses you finished on Passerelle, with the date.',
  'profile.section.exercises.name': 'Coding exercises',
  'profile.section.exercises.help': 'How many coding exercises you passed, and a few of them.',
  'profile.section.endorsements.name': 'Words from mentors',
  'profile.section.endorsements.help': 'What your mentors wrote about you.',
  'profile.section.about.name': 'About you',
  'profile.section.about.help': 'Your headline and the few words you wrote about you.',
  'profile.section.languages.name': 'Languages',
  'profile.section.languages.help': 'The languages you speak, and how well.',
  'profile.section.experience.name': 'Work experience',
  'profile.section.experience.help': 'The jobs you wrote in “About you”.',
  'profile.section.availability.name': 'When and where you can work',
  'profile.section.availability.help':
    'When you can start, hours per week, places, and if you can work from home.',
  'profile.section.sensitive.name': 'Right to work',
  'profile.section.sensitive.help': 'Your answer to: are you allowed to work in this country?',

  // About you
  'profile.about.title': 'About you',
  'profile.about.intro': 'Tell employers who you are. Short, simple sentences are best.',
  'profile.about.headline': 'Headline',
  'profile.about.headlineHint': 'One line about you. For example: Cook who is learning web design.',
  'profile.about.bio': 'A few words about you',
  'profile.about.bioHint': 'What do you like? What can you do well?',
  'profile.about.experience': 'Work experience',
  'profile.about.experienceHint':
    'Jobs, help as a volunteer, work in your home country: everything counts.',
  'profile.about.jobN': 'Job {n}',
  'profile.about.jobTitle': 'Job title',
  'profile.about.jobOrganisation': 'Where (company or place)',
  'profile.about.jobFrom': 'From',
  'profile.about.jobTo': 'Until',
  'profile.about.monthHint': 'Year and month, for example 2021-09.',
  'profile.about.jobToHint': 'Leave it empty if you still work there.',
  'profile.about.jobDescription': 'What did you do there?',
  'profile.about.removeJob': 'Remove',
  'profile.about.removeJobN': 'Remove job {n}',
  'profile.about.noJobs': 'No job added yet.',
  'profile.about.addJob': 'Add a job',
  'profile.about.availability': 'When and where can you work?',
  'profile.about.availableFrom': 'I can start on',
  'profile.about.availableFromHint': 'Leave it empty if you can start now.',
  'profile.about.hours': 'Hours per week',
  'profile.about.hoursHint': 'A number from {min} to {max}. Leave it empty if you do not know.',
  'profile.about.places': 'Towns or areas',
  'profile.about.placesHint': {
    by: 'max',
    one: 'Put a comma between two places. At most {max} place.',
    other: 'Put a comma between two places. At most {max} places.',
  },
  'profile.about.remoteOk': 'I can also work from home',
  'profile.about.rightToWork': 'Are you allowed to work in this country?',
  'profile.about.rightToWorkHint':
    'Employers see your answer only if you switch on “Right to work” in Sharing.',
  'profile.rightToWork.yes': 'Yes',
  'profile.rightToWork.pending': 'I am waiting for an answer',
  'profile.rightToWork.no': 'No, not yet',
  'profile.rightToWork.undisclosed': 'I prefer not to say',
  'profile.about.save': 'Save',
  'profile.about.saved': 'Saved.',
  'profile.about.whoSees':
    'Employers see this only when you open your profile and share it in Sharing.',
  'profile.error.month': 'Write the year and month, for example 2021-09.',
  'profile.error.endBeforeStart': 'This is before the start. Please check the dates.',
  'profile.error.tooManyJobs': {
    by: 'max',
    one: 'At most {max} job.',
    other: 'At most {max} jobs.',
  },
  'profile.error.date': 'Write a date, for example 2027-01-04.',
  'profile.error.hours': 'Write a number from {min} to {max}.',
  'profile.error.tooManyPlaces': {
    by: 'max',
    one: 'At most {max} place.',
    other: 'At most {max} places.',
  },

  // What Passerelle knows
  'profile.evidence.title': 'What Passerelle knows',
  'profile.evidence.why':
    'Passerelle writes these facts from your work here. You cannot change them: this is why employers can trust them. You choose if employers see them, in Sharing.',
  'profile.evidence.levelsCaption': 'Your level in each area',
  'profile.evidence.noAssessment': 'You have not done the skills check yet.',
  'profile.evidence.noCourses': 'No finished course yet.',
  'profile.evidence.exercisesCount': 'Coding exercises passed: {count}',
  'profile.evidence.examples': 'The latest ones:',
  'profile.evidence.noExercises': 'No coding exercise passed yet.',
  'profile.evidence.endorsedBy': '{name}, {date}',
  'profile.evidence.noEndorsements': 'No words from a mentor yet.',
  'profile.evidence.languagesFrom': 'From your answers before the skills check.',
  'profile.evidence.noLanguages': 'You can tell us your languages before the skills check.',

  // Who viewed my profile
  'profile.views.title': 'Who viewed my profile',
  'profile.views.intro': 'Each time an employer opens your profile, you see it here.',
  'profile.views.count': 'Profile views: {count}',
  'profile.views.countNone': 'No employer has looked at your profile yet.',
  'profile.views.team': 'Passerelle team',
  'profile.views.person': 'Person:',
  'profile.views.job': 'For the job:',
  'profile.views.emptyOpen': 'No employer has opened your profile yet.',
  'profile.views.emptyPrivate': 'Your profile is private, so employers cannot open it.',

  // The dashboard's card
  'profile.dashboard.intro': 'Show your skills to employers. Only if you agree.',
  'profile.dashboard.open': 'Open my profile',
} as const;
