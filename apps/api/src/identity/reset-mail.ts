import { FALLBACK_LANGUAGE, type LanguageCode } from '@passerelle/contracts';

import type { Mail } from '../common/mail/mailer';

interface ResetMailText {
  subject: string;
  body: (name: string, link: string, minutes: number) => string;
}

/** The reset mail in each language the product speaks: plain words, the link on its own line. */
const TEXTS: Record<LanguageCode, ResetMailText> = {
  en: {
    subject: 'Passerelle: choose a new password',
    body: (name, link, minutes) =>
      `Hello ${name},\n\nSomeone asked to change the password of your Passerelle account. ` +
      `To choose a new password, open this link:\n\n${link}\n\n` +
      `The link works once, for ${minutes} minutes. ` +
      `If you did not ask for this, do nothing: your password stays the same.\n`,
  },
  fr: {
    subject: 'Passerelle : choisissez un nouveau mot de passe',
    body: (name, link, minutes) =>
      `Bonjour ${name},\n\nQuelqu’un a demandé à changer le mot de passe de votre compte Passerelle. ` +
      `Pour choisir un nouveau mot de passe, ouvrez ce lien :\n\n${link}\n\n` +
      `Le lien marche une seule fois, pendant ${minutes} minutes. ` +
      `Si ce n’est pas vous, ne faites rien : votre mot de passe ne change pas.\n`,
  },
  ar: {
    subject: 'Passerelle: اختر كلمة مرور جديدة',
    body: (name, link, minutes) =>
      `مرحبًا ${name}،\n\nطلب شخص تغيير كلمة المرور لحسابك في Passerelle. ` +
      `لاختيار كلمة مرور جديدة، افتح هذا الرابط:\n\n${link}\n\n` +
      `يعمل الرابط مرة واحدة فقط، لمدة ${minutes} دقيقة. ` +
      `إذا لم تطلب ذلك، لا تفعل شيئًا: كلمة المرور تبقى كما هي.\n`,
  },
};

/** The mail that carries a reset link, in the account's language. */
export function resetMail(
  to: string,
  language: string,
  name: string,
  link: string,
  minutes: number,
): Mail {
  const text = TEXTS[language as LanguageCode] ?? TEXTS[FALLBACK_LANGUAGE];
  return { to, subject: text.subject, text: text.body(name, link, minutes) };
}
