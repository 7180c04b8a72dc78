import type {
  CreateCourseRequest,
  CreateItemRequest,
  ModuleText,
  Translations,
} from '@passerelle/contracts';

/** Demo content: a course for learners at foundation levels, in English, French and Arabic. */
export interface SeedCourse {
  course: CreateCourseRequest;
  modules: { translations: Translations<ModuleText>; items: CreateItemRequest[] }[];
}

export const DIGITAL_BASICS: SeedCourse = {
  course: {
    slug: 'digital-basics',
    defaultLanguage: 'en',
    translations: {
      en: {
        title: 'Digital basics',
        summary: 'Email, safety online, online forms and job search: the first steps.',
      },
      fr: {
        title: 'Les bases du numérique',
        summary: 'E-mail, sécurité en ligne, formulaires et recherche d’emploi : les premiers pas.',
      },
      ar: {
        title: 'أساسيات الرقمية',
        summary:
          'البريد الإلكتروني، الأمان على الإنترنت، النماذج الإلكترونية والبحث عن عمل: الخطوات الأولى.',
      },
    },
    levels: {
      information: { entry: 1, target: 3 },
      communication: { entry: 1, target: 3 },
      safety: { entry: 1, target: 3 },
    },
  },
  modules: [
    {
      translations: {
        en: { title: 'Using email' },
        fr: { title: 'Utiliser l’e-mail' },
        ar: { title: 'استخدام البريد الإلكتروني' },
      },
      items: [
        {
          kind: 'lesson',
          translations: {
            en: {
              title: 'Your email address',
              body: 'An email address looks like **name@example.org**.\n\n- The part before **@** is your name.\n- The part after **@** is your provider.\n\nEmployers and offices write to you there. Check it every day.\n\n> Tip: choose an address with your real name. It looks serious.',
            },
            fr: {
              title: 'Votre adresse e-mail',
              body: 'Une adresse e-mail ressemble à **nom@exemple.fr**.\n\n- Avant **@**, il y a votre nom.\n- Après **@**, il y a votre fournisseur.\n\nLes employeurs et les administrations vous écrivent là. Regardez-la chaque jour.\n\n> Conseil : choisissez une adresse avec votre vrai nom. C’est plus sérieux.',
            },
            ar: {
              title: 'عنوان بريدك الإلكتروني',
              body: 'يبدو عنوان البريد الإلكتروني هكذا: **name@example.org**.\n\n- الجزء قبل **@** هو اسمك.\n- الجزء بعد **@** هو مزوّد الخدمة.\n\nيكتب لك أصحاب العمل والإدارات هناك. افحصه كل يوم.\n\n> نصيحة: اختر عنواناً باسمك الحقيقي. يبدو أكثر جدية.',
            },
          },
        },
        {
          kind: 'quiz',
          translations: {
            en: { title: 'Check: email' },
            fr: { title: 'Vérifiez : e-mail' },
            ar: { title: 'تحقّق: البريد الإلكتروني' },
          },
          questions: [
            {
              kind: 'single',
              answer: [1],
              translations: {
                en: {
                  prompt: 'Which one is an email address?',
                  options: ['www.example.org', 'amina@example.org', 'example.org/amina'],
                },
                fr: {
                  prompt: 'Laquelle est une adresse e-mail ?',
                  options: ['www.exemple.fr', 'amina@exemple.fr', 'exemple.fr/amina'],
                },
                ar: {
                  prompt: 'أيّها عنوان بريد إلكتروني؟',
                  options: ['www.example.org', 'amina@example.org', 'example.org/amina'],
                },
              },
            },
            {
              kind: 'ordering',
              answer: [1, 2, 0],
              translations: {
                en: {
                  prompt: 'Put the steps in order to send an email.',
                  options: ['Press “Send”', 'Write the address', 'Write the message'],
                },
                fr: {
                  prompt: 'Mettez les étapes dans l’ordre pour envoyer un e-mail.',
                  options: ['Appuyer sur « Envoyer »', 'Écrire l’adresse', 'Écrire le message'],
                },
                ar: {
                  prompt: 'رتّب خطوات إرسال بريد إلكتروني.',
                  options: ['اضغط «إرسال»', 'اكتب العنوان', 'اكتب الرسالة'],
                },
              },
            },
          ],
        },
      ],
    },
    {
      translations: {
        en: { title: 'Staying safe online' },
        fr: { title: 'Rester en sécurité en ligne' },
        ar: { title: 'الأمان على الإنترنت' },
      },
      items: [
        {
          kind: 'lesson',
          translations: {
            en: {
              title: 'Strong passwords and fake messages',
              body: '## Strong passwords\n\nUse a long password: three or four words you remember. Use a different password for each account.\n\n## Fake messages\n\nSome messages ask for your password or money. Your bank never asks for your password.\n\n- Do not click links in strange messages.\n- When in doubt, ask your mentor.',
            },
            fr: {
              title: 'Mots de passe solides et faux messages',
              body: '## Mots de passe solides\n\nUtilisez un mot de passe long : trois ou quatre mots dont vous vous souvenez. Un mot de passe différent pour chaque compte.\n\n## Faux messages\n\nCertains messages demandent votre mot de passe ou de l’argent. Votre banque ne demande jamais votre mot de passe.\n\n- Ne cliquez pas sur les liens des messages étranges.\n- En cas de doute, demandez à votre formateur.',
            },
            ar: {
              title: 'كلمات مرور قوية ورسائل مزيّفة',
              body: '## كلمات مرور قوية\n\nاستخدم كلمة مرور طويلة: ثلاث أو أربع كلمات تتذكرها. استخدم كلمة مرور مختلفة لكل حساب.\n\n## رسائل مزيّفة\n\nبعض الرسائل تطلب كلمة مرورك أو المال. البنك لا يطلب كلمة مرورك أبداً.\n\n- لا تضغط على الروابط في الرسائل الغريبة.\n- إذا شككت، اسأل مرشدك.',
            },
          },
        },
        {
          kind: 'quiz',
          translations: {
            en: { title: 'Check: safety' },
            fr: { title: 'Vérifiez : sécurité' },
            ar: { title: 'تحقّق: الأمان' },
          },
          questions: [
            {
              kind: 'multiple',
              answer: [0, 2],
              translations: {
                en: {
                  prompt: 'Which are good habits? (choose all that apply)',
                  options: [
                    'A different password for each account',
                    'Sharing your password with friends',
                    'Asking your mentor when in doubt',
                  ],
                },
                fr: {
                  prompt: 'Quelles sont les bonnes habitudes ? (plusieurs réponses)',
                  options: [
                    'Un mot de passe différent pour chaque compte',
                    'Donner son mot de passe à ses amis',
                    'Demander à son formateur en cas de doute',
                  ],
                },
                ar: {
                  prompt: 'ما العادات الجيدة؟ (اختر كل ما ينطبق)',
                  options: [
                    'كلمة مرور مختلفة لكل حساب',
                    'مشاركة كلمة المرور مع الأصدقاء',
                    'سؤال المرشد عند الشك',
                  ],
                },
              },
            },
            {
              kind: 'single',
              answer: [0],
              translations: {
                en: {
                  prompt: 'A message from “your bank” asks for your password. What do you do?',
                  options: ['I do not answer, and I call my bank', 'I send my password quickly'],
                },
                fr: {
                  prompt:
                    'Un message de « votre banque » demande votre mot de passe. Que faites-vous ?',
                  options: [
                    'Je ne réponds pas et j’appelle ma banque',
                    'J’envoie vite mon mot de passe',
                  ],
                },
                ar: {
                  prompt: 'رسالة من «بنكك» تطلب كلمة مرورك. ماذا تفعل؟',
                  options: ['لا أرد، وأتصل ببنكي', 'أرسل كلمة المرور بسرعة'],
                },
              },
            },
          ],
        },
      ],
    },
    {
      translations: {
        en: { title: 'Filling in online forms' },
        fr: { title: 'Remplir des formulaires en ligne' },
        ar: { title: 'ملء النماذج الإلكترونية' },
      },
      items: [
        {
          kind: 'lesson',
          translations: {
            en: {
              title: 'Fields, stars and the send button',
              body: '## Online forms\n\nA form has **fields**: boxes where you write.\n\n- A star **\\*** means the field is required.\n- Check your date of birth: day, month, year.\n- Read the red messages: they say what to fix.\n\nAt the end, press **Send** once, and keep the confirmation.',
            },
            fr: {
              title: 'Champs, étoiles et bouton d’envoi',
              body: '## Formulaires en ligne\n\nUn formulaire a des **champs** : des cases où vous écrivez.\n\n- Une étoile **\\*** veut dire que le champ est obligatoire.\n- Vérifiez votre date de naissance : jour, mois, année.\n- Lisez les messages rouges : ils disent quoi corriger.\n\nÀ la fin, appuyez une fois sur **Envoyer** et gardez la confirmation.',
            },
            ar: {
              title: 'الحقول والنجمة وزر الإرسال',
              body: '## النماذج الإلكترونية\n\nللنموذج **حقول**: مربعات تكتب فيها.\n\n- النجمة **\\*** تعني أن الحقل مطلوب.\n- تحقق من تاريخ ميلادك: اليوم، الشهر، السنة.\n- اقرأ الرسائل الحمراء: تقول لك ما يجب تصحيحه.\n\nفي النهاية، اضغط **إرسال** مرة واحدة واحتفظ بالتأكيد.',
            },
          },
        },
        {
          kind: 'quiz',
          translations: {
            en: { title: 'Check: forms' },
            fr: { title: 'Vérifiez : formulaires' },
            ar: { title: 'تحقّق: النماذج' },
          },
          questions: [
            {
              kind: 'single',
              answer: [2],
              translations: {
                en: {
                  prompt: 'What does a star (*) next to a field mean?',
                  options: [
                    'The field is optional',
                    'The field is finished',
                    'The field is required',
                  ],
                },
                fr: {
                  prompt: 'Que veut dire une étoile (*) à côté d’un champ ?',
                  options: [
                    'Le champ est facultatif',
                    'Le champ est terminé',
                    'Le champ est obligatoire',
                  ],
                },
                ar: {
                  prompt: 'ماذا تعني النجمة (*) بجانب الحقل؟',
                  options: ['الحقل اختياري', 'الحقل مكتمل', 'الحقل مطلوب'],
                },
              },
            },
          ],
        },
      ],
    },
    {
      translations: {
        en: { title: 'Searching for a job online' },
        fr: { title: 'Chercher un emploi en ligne' },
        ar: { title: 'البحث عن عمل عبر الإنترنت' },
      },
      items: [
        {
          kind: 'lesson',
          translations: {
            en: {
              title: 'Finding and reading job offers',
              body: '## Job offers\n\nJob sites list offers. Search with a job name and a city.\n\nIn an offer, look for:\n\n- the **tasks**: what you will do,\n- the **skills**: what you need to know,\n- **how to apply**: an email, a form or a phone number.\n\nKeep a list of the offers you answered, with the date.',
            },
            fr: {
              title: 'Trouver et lire des offres d’emploi',
              body: '## Offres d’emploi\n\nLes sites d’emploi listent des offres. Cherchez avec un nom de métier et une ville.\n\nDans une offre, regardez :\n\n- les **missions** : ce que vous ferez,\n- les **compétences** : ce qu’il faut savoir,\n- **comment postuler** : un e-mail, un formulaire ou un numéro de téléphone.\n\nGardez une liste des offres auxquelles vous avez répondu, avec la date.',
            },
            ar: {
              title: 'إيجاد عروض العمل وقراءتها',
              body: '## عروض العمل\n\nتعرض مواقع التوظيف عروض العمل. ابحث باسم المهنة والمدينة.\n\nفي العرض، ابحث عن:\n\n- **المهام**: ما ستفعله،\n- **المهارات**: ما يجب أن تعرفه،\n- **طريقة التقديم**: بريد إلكتروني أو نموذج أو رقم هاتف.\n\nاحتفظ بقائمة بالعروض التي قدمت عليها، مع التاريخ.',
            },
          },
        },
        {
          kind: 'quiz',
          translations: {
            en: { title: 'Check: job search' },
            fr: { title: 'Vérifiez : recherche d’emploi' },
            ar: { title: 'تحقّق: البحث عن عمل' },
          },
          questions: [
            {
              kind: 'multiple',
              answer: [0, 1, 2],
              translations: {
                en: {
                  prompt: 'What do you look for in a job offer? (choose all that apply)',
                  options: ['The tasks', 'The skills needed', 'How to apply'],
                },
                fr: {
                  prompt: 'Que regardez-vous dans une offre ? (plusieurs réponses)',
                  options: ['Les missions', 'Les compétences demandées', 'Comment postuler'],
                },
                ar: {
                  prompt: 'عمّ تبحث في عرض العمل؟ (اختر كل ما ينطبق)',
                  options: ['المهام', 'المهارات المطلوبة', 'طريقة التقديم'],
                },
              },
            },
          ],
        },
      ],
    },
  ],
};
