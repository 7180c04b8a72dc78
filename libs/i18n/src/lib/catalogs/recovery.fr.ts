import type { recoveryEn } from './recovery.en';

export const recoveryFr: Record<keyof typeof recoveryEn, string> = {
  'recovery.forgot': 'Mot de passe oublié ?',
  'recovery.title': 'Revenir dans votre compte',
  'recovery.emailIntro':
    'Écrivez l’e-mail de votre compte. Nous vous envoyons un lien. Avec ce lien, vous choisissez un nouveau mot de passe.',
  'recovery.send': 'Envoyer un lien',
  'recovery.sent':
    'Si un compte a cet e-mail, nous lui avons envoyé un lien. Ouvrez votre boîte mail. Le lien marche peu de temps.',
  'recovery.noEmailTitle': 'Pas d’e-mail ?',
  'recovery.noEmailText':
    'Demandez un code à votre mentor. Ensuite, écrivez le code ici, avec votre nom d’utilisateur.',
  'recovery.haveCode': 'J’ai un code',
  'recovery.backToSignIn': 'Retour à la connexion',
  'recovery.newPasswordTitle': 'Choisir un nouveau mot de passe',
  'recovery.newPasswordIntro':
    'Écrivez un nouveau mot de passe. Ensuite, vous êtes connecté ici, et déconnecté sur vos autres appareils.',
  'recovery.newPassword': 'Nouveau mot de passe',
  'recovery.save': 'Enregistrer le mot de passe',
  'recovery.linkUnusable':
    'Ce lien ne marche plus. Il a déjà servi, ou il est trop ancien. Demandez un nouveau lien.',
  'recovery.askAgain': 'Demander un nouveau lien',
  'recovery.codeTitle': 'Utiliser un code de votre mentor',
  'recovery.codeIntro':
    'Votre mentor vous a donné un code. Écrivez votre nom d’utilisateur, le code et un nouveau mot de passe.',
  'recovery.code': 'Code',
  'recovery.codeHint': '8 chiffres, par exemple 1234 5678',
  'recovery.codeInvalid':
    'Le nom d’utilisateur ou le code est faux, ou le code est trop ancien. Vérifiez, ou demandez un nouveau code à votre mentor.',
  'recovery.staffEmailOnly':
    'Les comptes de l’équipe utilisent l’e-mail. Écrivez l’e-mail de connexion, et nous vous envoyons un lien.',
  'recovery.issue.title': 'Aide mot de passe',
  'recovery.issue.intro':
    '{name} a oublié son mot de passe ? Créez un code à usage unique et donnez-le en personne. Il se saisit dans le portail, avec le nom d’utilisateur et un nouveau mot de passe.',
  'recovery.issue.make': 'Créer un code',
  'recovery.issue.code': 'Code pour {name}',
  'recovery.issue.expires':
    'Il marche une fois, jusqu’au {date}. Il ne s’affiche que maintenant ; un nouveau code remplace celui-ci.',
};
