import type { SeedAssessmentItem } from './types';

/** Safety (DigComp 4.1–4.4): devices, scams and personal data, health, the environment. */
export const SAFETY_ITEMS: SeedAssessmentItem[] = [
  {
    key: 'safety-padlock-01',
    area: 'safety',
    competence: '4.1',
    kind: 'picture',
    image: 'safety-padlock-01.svg',
    irt: { a: 1.3, b: -0.3, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'These are three address bars of a web browser. Which one shows that the connection to the website is protected (encrypted)?',
        options: ['Number 1', 'Number 2', 'Number 3'],
        alt: 'Three browser address bars with numbers. 1: a red warning triangle before the address. 2: a closed padlock before the address. 3: an open padlock before the address.',
      },
      fr: {
        prompt:
          'Voici trois barres d’adresse d’un navigateur internet. Laquelle montre que la connexion au site est protégée (chiffrée) ?',
        options: ['Numéro 1', 'Numéro 2', 'Numéro 3'],
        alt: 'Trois barres d’adresse avec des numéros. 1 : un triangle rouge d’alerte avant l’adresse. 2 : un cadenas fermé avant l’adresse. 3 : un cadenas ouvert avant l’adresse.',
      },
      ar: {
        prompt:
          'هذه ثلاثة أشرطة عناوين في متصفح الإنترنت. أيّها يبيّن أن الاتصال بالموقع محميّ (مشفّر)؟',
        options: ['رقم 1', 'رقم 2', 'رقم 3'],
        alt: 'ثلاثة أشرطة عناوين مرقّمة. 1: مثلث تحذير أحمر قبل العنوان. 2: قفل مغلق قبل العنوان. 3: قفل مفتوح قبل العنوان.',
      },
    },
  },
  {
    key: 'safety-padlock-meaning-01',
    area: 'safety',
    competence: '4.1',
    kind: 'single',
    irt: { a: 1.4, b: 2.0, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'A website shows a closed padlock next to its address. What does it mean?',
        options: [
          'The website is surely honest',
          'The website belongs to the government',
          'The connection is encrypted, but this does not prove that the website is honest',
          'The website has no adverts',
        ],
      },
      fr: {
        prompt:
          'Un site montre un cadenas fermé à côté de son adresse. Qu’est-ce que cela veut dire ?',
        options: [
          'Le site est sûrement honnête',
          'Le site appartient à l’État',
          'La connexion est chiffrée, mais cela ne prouve pas que le site est honnête',
          'Le site n’a pas de publicité',
        ],
      },
      ar: {
        prompt: 'يُظهر موقع إلكتروني قفلاً مغلقاً بجانب عنوانه. ماذا يعني ذلك؟',
        options: [
          'الموقع صادق بالتأكيد',
          'الموقع تابع للحكومة',
          'الاتصال مشفّر، لكن هذا لا يثبت أن الموقع صادق',
          'لا توجد إعلانات في الموقع',
        ],
      },
    },
  },
  {
    key: 'safety-scam-sms-01',
    area: 'safety',
    competence: '4.2',
    kind: 'picture',
    image: 'safety-scam-sms-01.svg',
    irt: { a: 1.2, b: -1.6, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'You get this message from a number you do not know. What is the best thing to do?',
        options: [
          'Tap the link quickly, before the prize is gone',
          'Delete the message and do not tap the link',
          'Reply with your bank details',
          'Send it to all your friends',
        ],
        alt: 'A text message on a phone from an unknown sender (a grey circle with a question mark). The message shows a red gift box, "€500 !!!" in big red letters, and a link: prize-w1n.xyz/get.',
      },
      fr: {
        prompt:
          'Vous recevez ce message d’un numéro que vous ne connaissez pas. Que faut-il faire ?',
        options: [
          'Appuyer vite sur le lien, avant que le cadeau disparaisse',
          'Supprimer le message sans appuyer sur le lien',
          'Répondre avec vos coordonnées bancaires',
          'L’envoyer à tous vos amis',
        ],
        alt: 'Un SMS sur un téléphone, d’un expéditeur inconnu (un rond gris avec un point d’interrogation). Le message montre un cadeau rouge, « €500 !!! » en grandes lettres rouges, et un lien : prize-w1n.xyz/get.',
      },
      ar: {
        prompt: 'وصلتك هذه الرسالة من رقم لا تعرفه. ما أفضل ما تفعله؟',
        options: [
          'أضغط على الرابط بسرعة قبل أن تضيع الجائزة',
          'أحذف الرسالة ولا أضغط على الرابط',
          'أردّ بمعلوماتي البنكية',
          'أرسلها إلى كل أصدقائي',
        ],
        alt: 'رسالة نصية على هاتف من مرسل مجهول (دائرة رمادية فيها علامة استفهام). في الرسالة علبة هدية حمراء، و«€500 !!!» بحروف حمراء كبيرة، ورابط: prize-w1n.xyz/get.',
      },
    },
  },
  {
    key: 'safety-scam-email-01',
    area: 'safety',
    competence: '4.2',
    kind: 'picture',
    image: 'safety-scam-email-01.svg',
    irt: { a: 1.4, b: 0.6, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'Which of these three emails is most likely a scam?',
        options: ['Email 1', 'Email 2', 'Email 3'],
        alt: 'Three emails with numbers. 1: from anna.k@mail.example, with a photo attached. 2: from info@cityhall.example, with a calendar. 3: from bank-help@secure-l0gin.xyz (with the number 0 in place of the letter o), with a big red button, a red warning sign and a clock.',
      },
      fr: {
        prompt: 'Lequel de ces trois e-mails est le plus probablement une arnaque ?',
        options: ['E-mail 1', 'E-mail 2', 'E-mail 3'],
        alt: 'Trois e-mails avec des numéros. 1 : de anna.k@mail.example, avec une photo jointe. 2 : de info@cityhall.example, avec un calendrier. 3 : de bank-help@secure-l0gin.xyz (avec le chiffre 0 à la place de la lettre o), avec un grand bouton rouge, un signe rouge d’alerte et une horloge.',
      },
      ar: {
        prompt: 'أيّ هذه الرسائل الثلاث هي على الأرجح احتيال؟',
        options: ['الرسالة 1', 'الرسالة 2', 'الرسالة 3'],
        alt: 'ثلاث رسائل بريد إلكتروني مرقّمة. 1: من anna.k@mail.example، ومعها صورة مرفقة. 2: من info@cityhall.example، ومعها تقويم. 3: من bank-help@secure-l0gin.xyz (فيه الرقم 0 مكان الحرف o)، ومعها زر أحمر كبير وعلامة تحذير حمراء وساعة.',
      },
    },
  },
  {
    key: 'safety-crossing-street-01',
    area: 'safety',
    competence: '4.3',
    kind: 'picture',
    image: 'safety-crossing-street-01.svg',
    irt: { a: 1.0, b: -2.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'Which picture shows a danger?',
        options: ['Picture 1', 'Picture 2', 'Picture 3'],
        alt: 'Three pictures with numbers. 1: a person stands on the pavement and looks at a phone. 2: a person crosses the road on a pedestrian crossing, looking at a phone, while a red car comes close. 3: a person sits on a bench and looks at a phone.',
      },
      fr: {
        prompt: 'Quelle image montre un danger ?',
        options: ['Image 1', 'Image 2', 'Image 3'],
        alt: 'Trois images avec des numéros. 1 : une personne est debout sur le trottoir et regarde un téléphone. 2 : une personne traverse la route sur un passage piéton en regardant un téléphone, et une voiture rouge arrive près d’elle. 3 : une personne est assise sur un banc et regarde un téléphone.',
      },
      ar: {
        prompt: 'أي صورة تُظهر خطراً؟',
        options: ['الصورة 1', 'الصورة 2', 'الصورة 3'],
        alt: 'ثلاث صور مرقّمة. 1: شخص واقف على الرصيف وينظر إلى هاتف. 2: شخص يعبر الشارع في ممرّ المشاة وهو ينظر إلى هاتف، وسيارة حمراء تقترب منه. 3: شخص جالس على مقعد وينظر إلى هاتف.',
      },
    },
  },
  {
    key: 'safety-bank-pin-01',
    area: 'safety',
    competence: '4.2',
    kind: 'single',
    irt: { a: 1.2, b: -1.8, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'Someone calls you and says they work for your bank. They ask for the PIN code of your card. What do you do?',
        options: [
          'Say no and end the call: a bank never asks for your PIN',
          'Give the PIN',
          'Give only half of the PIN',
          'Send the PIN by text message',
        ],
      },
      fr: {
        prompt:
          'Quelqu’un vous appelle et dit qu’il travaille pour votre banque. Il demande le code secret de votre carte. Que faites-vous ?',
        options: [
          'Dire non et raccrocher : une banque ne demande jamais votre code',
          'Donner le code',
          'Donner seulement la moitié du code',
          'Envoyer le code par SMS',
        ],
      },
      ar: {
        prompt: 'يتصل بك شخص ويقول إنه يعمل في بنكك. يطلب الرقم السري لبطاقتك. ماذا تفعل؟',
        options: [
          'أرفض وأنهي المكالمة: البنك لا يطلب الرقم السري أبداً',
          'أعطيه الرقم السري',
          'أعطيه نصف الرقم فقط',
          'أرسل الرقم برسالة نصية',
        ],
      },
    },
  },
  {
    key: 'safety-lock-screen-01',
    area: 'safety',
    competence: '4.1',
    kind: 'single',
    irt: { a: 1.0, b: -1.5, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'Why is it good to lock your phone with a code?',
        options: [
          'The battery lasts longer',
          'Calls are cheaper',
          'Other people cannot easily open it and see your things',
          'You get more apps',
        ],
      },
      fr: {
        prompt: 'Pourquoi est-ce bien de verrouiller votre téléphone avec un code ?',
        options: [
          'La batterie dure plus longtemps',
          'Les appels coûtent moins cher',
          'Les autres ne peuvent pas facilement l’ouvrir et voir vos affaires',
          'Vous avez plus d’applications',
        ],
      },
      ar: {
        prompt: 'لماذا من الجيد أن تقفل هاتفك برمز؟',
        options: [
          'تدوم البطارية أطول',
          'تصبح المكالمات أرخص',
          'لا يستطيع الآخرون فتحه بسهولة ورؤية أغراضك',
          'تحصل على تطبيقات أكثر',
        ],
      },
    },
  },
  {
    key: 'safety-eyes-break-01',
    area: 'safety',
    competence: '4.3',
    kind: 'single',
    irt: { a: 0.9, b: -1.7, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'You looked at your phone for a long time and your eyes hurt. What helps?',
        options: [
          'Bring the phone closer to your eyes',
          'Take a break and look at something far away',
          'Make the screen very bright in the dark',
          'Keep looking without a break',
        ],
      },
      fr: {
        prompt:
          'Vous avez regardé votre téléphone longtemps et vos yeux font mal. Qu’est-ce qui aide ?',
        options: [
          'Mettre le téléphone plus près des yeux',
          'Faire une pause et regarder quelque chose au loin',
          'Mettre l’écran très lumineux dans le noir',
          'Continuer à regarder sans pause',
        ],
      },
      ar: {
        prompt: 'نظرت إلى هاتفك وقتاً طويلاً وعيناك تؤلمانك. ما الذي يساعد؟',
        options: [
          'أقرّب الهاتف من عينيّ',
          'آخذ استراحة وأنظر إلى شيء بعيد',
          'أجعل الشاشة ساطعة جداً في الظلام',
          'أستمر في النظر دون استراحة',
        ],
      },
    },
  },
  {
    key: 'safety-strong-password-01',
    area: 'safety',
    competence: '4.1',
    kind: 'single',
    irt: { a: 1.3, b: -0.2, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'Which password is the strongest?',
        options: ['123456', 'amina1990', 'Blue-Tea-Bicycle-Rain-42', 'password'],
      },
      fr: {
        prompt: 'Quel mot de passe est le plus solide ?',
        options: ['123456', 'amina1990', 'Blue-Tea-Bicycle-Rain-42', 'motdepasse'],
      },
      ar: {
        prompt: 'أي كلمة مرور هي الأقوى؟',
        options: ['123456', 'amina1990', 'Blue-Tea-Bicycle-Rain-42', 'password'],
      },
    },
  },
  {
    key: 'safety-password-reuse-01',
    area: 'safety',
    competence: '4.1',
    kind: 'single',
    irt: { a: 1.2, b: 0.8, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt: 'Why is it risky to use the same password for all your accounts?',
        options: [
          'If a thief gets one password, they can open all your accounts',
          'The phone gets slower',
          'It is against the law',
          'The password stops working sooner',
        ],
      },
      fr: {
        prompt: 'Pourquoi est-ce risqué d’utiliser le même mot de passe pour tous vos comptes ?',
        options: [
          'Si un voleur trouve un mot de passe, il peut ouvrir tous vos comptes',
          'Le téléphone devient plus lent',
          'C’est interdit par la loi',
          'Le mot de passe arrête de marcher plus vite',
        ],
      },
      ar: {
        prompt: 'لماذا من الخطر أن تستخدم كلمة المرور نفسها لكل حساباتك؟',
        options: [
          'إذا حصل لصّ على كلمة مرور واحدة، يستطيع فتح كل حساباتك',
          'يصبح الهاتف أبطأ',
          'هذا ممنوع في القانون',
          'تتوقف كلمة المرور عن العمل بسرعة أكبر',
        ],
      },
    },
  },
  {
    key: 'safety-two-step-01',
    area: 'safety',
    competence: '4.1',
    kind: 'single',
    irt: { a: 1.3, b: 1.3, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'You log in to your account with your password. Then you get a code by text message that you must also type. What is this?',
        options: [
          'An advert',
          'A virus',
          'A message from a stranger that you should ignore',
          'Two-step verification: extra protection for your account',
        ],
      },
      fr: {
        prompt:
          'Vous vous connectez à votre compte avec votre mot de passe. Puis vous recevez un code par SMS que vous devez aussi taper. Qu’est-ce que c’est ?',
        options: [
          'Une publicité',
          'Un virus',
          'Un message d’un inconnu à ignorer',
          'La validation en deux étapes : une protection en plus pour votre compte',
        ],
      },
      ar: {
        prompt: 'تدخل إلى حسابك بكلمة المرور. ثم يصلك رمز برسالة نصية يجب أن تكتبه أيضاً. ما هذا؟',
        options: [
          'إعلان',
          'فيروس',
          'رسالة من شخص غريب يجب تجاهلها',
          'التحقق بخطوتين: حماية إضافية لحسابك',
        ],
      },
    },
  },
  {
    key: 'safety-code-request-01',
    area: 'safety',
    competence: '4.2',
    kind: 'single',
    irt: { a: 1.3, b: 0.7, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'Someone writes to you: "I sent you a code by mistake. Please send it to me." What do you do?',
        options: [
          'Send it, to be kind',
          'Do not send it: with this code they could take over your account',
          'Send only half of it',
          'Post it in your group chat',
        ],
      },
      fr: {
        prompt:
          'Quelqu’un vous écrit : « Je vous ai envoyé un code par erreur. Envoyez-le-moi, s’il vous plaît. » Que faites-vous ?',
        options: [
          'L’envoyer, pour être gentil',
          'Ne pas l’envoyer : avec ce code, la personne pourrait prendre votre compte',
          'En envoyer seulement la moitié',
          'Le publier dans votre groupe de discussion',
        ],
      },
      ar: {
        prompt: 'يكتب لك شخص: «أرسلت لك رمزاً بالخطأ. أرجو أن ترسله لي.» ماذا تفعل؟',
        options: [
          'أرسله لأكون لطيفاً',
          'لا أرسله: بهذا الرمز يمكنه أن يستولي على حسابي',
          'أرسل نصفه فقط',
          'أنشره في مجموعة الدردشة',
        ],
      },
    },
  },
  {
    key: 'safety-system-update-01',
    area: 'safety',
    competence: '4.1',
    kind: 'single',
    irt: { a: 1.1, b: 0.1, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt: 'Your phone says: "A system update is ready." What is best?',
        options: [
          'Install it soon, when the phone is charged and on Wi-Fi',
          'Never install updates',
          'Delete the Settings app',
          'Switch off Wi-Fi for ever',
        ],
      },
      fr: {
        prompt:
          'Votre téléphone dit : « Une mise à jour du système est prête. » Que faut-il faire ?',
        options: [
          'L’installer bientôt, quand le téléphone est chargé et connecté au Wi-Fi',
          'Ne jamais installer les mises à jour',
          'Supprimer l’application Réglages',
          'Couper le Wi-Fi pour toujours',
        ],
      },
      ar: {
        prompt: 'يقول هاتفك: «تحديث النظام جاهز.» ما الأفضل؟',
        options: [
          'أثبّته قريباً، عندما يكون الهاتف مشحوناً ومتصلاً بالواي فاي',
          'لا أثبّت التحديثات أبداً',
          'أحذف تطبيق الإعدادات',
          'أطفئ الواي فاي إلى الأبد',
        ],
      },
    },
  },
  {
    key: 'safety-app-store-01',
    area: 'safety',
    competence: '4.1',
    kind: 'single',
    irt: { a: 1.1, b: 0.2, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt: 'Where is it safest to get new apps?',
        options: [
          'From a link in a message from an unknown number',
          'From any window that pops up on a website',
          'From a file that a stranger sends you',
          'From the official app store of your phone',
        ],
      },
      fr: {
        prompt: 'Où est-il le plus sûr de prendre de nouvelles applications ?',
        options: [
          'Par un lien dans un message d’un numéro inconnu',
          'Dans n’importe quelle fenêtre qui s’ouvre sur un site',
          'Dans un fichier qu’un inconnu vous envoie',
          'Dans le magasin d’applications officiel de votre téléphone',
        ],
      },
      ar: {
        prompt: 'من أين من الأكثر أماناً أن تحصل على تطبيقات جديدة؟',
        options: [
          'من رابط في رسالة من رقم مجهول',
          'من أي نافذة تظهر فجأة في موقع إلكتروني',
          'من ملف يرسله لك شخص غريب',
          'من متجر التطبيقات الرسمي لهاتفك',
        ],
      },
    },
  },
  {
    key: 'safety-public-wifi-01',
    area: 'safety',
    competence: '4.1',
    kind: 'single',
    irt: { a: 1.2, b: 1.2, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'You use the free Wi-Fi at a train station. What is wiser to avoid doing there?',
        options: [
          'Reading the news',
          'Checking the weather',
          'Logging in to your bank account',
          'Looking at a map',
        ],
      },
      fr: {
        prompt:
          'Vous utilisez le Wi-Fi gratuit d’une gare. Qu’est-ce qu’il vaut mieux éviter de faire ?',
        options: [
          'Lire les informations',
          'Regarder la météo',
          'Vous connecter à votre compte bancaire',
          'Regarder une carte',
        ],
      },
      ar: {
        prompt: 'تستخدم الواي فاي المجاني في محطة القطار. ما الأفضل أن تتجنّبه هناك؟',
        options: [
          'قراءة الأخبار',
          'معرفة حالة الطقس',
          'الدخول إلى حسابك البنكي',
          'النظر إلى خريطة',
        ],
      },
    },
  },
  {
    key: 'safety-app-permissions-01',
    area: 'safety',
    competence: '4.2',
    kind: 'single',
    irt: { a: 1.2, b: 0.9, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'A torch (flashlight) app asks to read your contacts and to use your microphone. What do you do?',
        options: [
          'Say yes to everything: apps always need everything',
          'Say no: a torch does not need them',
          'Send your contacts to the app maker',
          'Restart the phone',
        ],
      },
      fr: {
        prompt:
          'Une application de lampe torche demande à lire vos contacts et à utiliser votre micro. Que faites-vous ?',
        options: [
          'Dire oui à tout : les applications ont toujours besoin de tout',
          'Dire non : une lampe n’en a pas besoin',
          'Envoyer vos contacts au fabricant de l’application',
          'Redémarrer le téléphone',
        ],
      },
      ar: {
        prompt: 'تطبيق مصباح يطلب قراءة جهات الاتصال واستخدام الميكروفون. ماذا تفعل؟',
        options: [
          'أوافق على كل شيء: التطبيقات تحتاج دائماً إلى كل شيء',
          'أرفض: المصباح لا يحتاج إلى ذلك',
          'أرسل جهات الاتصال إلى صانع التطبيق',
          'أعيد تشغيل الهاتف',
        ],
      },
    },
  },
  {
    key: 'safety-private-info-01',
    area: 'safety',
    competence: '4.2',
    kind: 'multiple',
    irt: { a: 1.1, b: -0.3, provisional: true },
    answer: [0, 1, 3],
    translations: {
      en: {
        prompt:
          'What should you NOT post for everyone to see on social media? Choose all the right answers.',
        options: [
          'A photo of your passport or ID card',
          'A photo of your bank card',
          'A photo of a sunset',
          'Your home address',
          'A recipe you like',
        ],
      },
      fr: {
        prompt:
          'Qu’est-ce qu’il ne faut PAS publier pour tout le monde sur les réseaux sociaux ? Choisissez toutes les bonnes réponses.',
        options: [
          'Une photo de votre passeport ou de votre carte d’identité',
          'Une photo de votre carte bancaire',
          'Une photo d’un coucher de soleil',
          'Votre adresse',
          'Une recette que vous aimez',
        ],
      },
      ar: {
        prompt:
          'ما الذي يجب ألّا تنشره للجميع على مواقع التواصل الاجتماعي؟ اختر كل الإجابات الصحيحة.',
        options: [
          'صورة جواز سفرك أو بطاقة هويتك',
          'صورة بطاقتك البنكية',
          'صورة لغروب الشمس',
          'عنوان بيتك',
          'وصفة طبخ تحبها',
        ],
      },
    },
  },
  {
    key: 'safety-scam-signs-01',
    area: 'safety',
    competence: '4.2',
    kind: 'multiple',
    irt: { a: 1.3, b: 1.2, provisional: true },
    answer: [0, 1, 3, 4],
    translations: {
      en: {
        prompt: 'Which signs often show that a message is a scam? Choose all the right answers.',
        options: [
          'It says you must act now or you will lose something',
          'It asks for your password or your card number',
          'It is from a friend you talk with every day, about your plans together',
          'It says you won a prize in a game you never played',
          'The address of the link looks strange',
        ],
      },
      fr: {
        prompt:
          'Quels signes montrent souvent qu’un message est une arnaque ? Choisissez toutes les bonnes réponses.',
        options: [
          'Il dit que vous devez agir tout de suite, ou vous allez perdre quelque chose',
          'Il demande votre mot de passe ou votre numéro de carte',
          'Il vient d’un ami à qui vous parlez chaque jour, au sujet de vos projets ensemble',
          'Il dit que vous avez gagné un prix à un jeu auquel vous n’avez jamais joué',
          'L’adresse du lien a l’air bizarre',
        ],
      },
      ar: {
        prompt: 'ما العلامات التي تدلّ غالباً على أن الرسالة احتيال؟ اختر كل الإجابات الصحيحة.',
        options: [
          'تقول إن عليك أن تتصرف الآن وإلا خسرت شيئاً',
          'تطلب كلمة المرور أو رقم البطاقة',
          'هي من صديق تكلّمه كل يوم، عن خططكما معاً',
          'تقول إنك ربحت جائزة في لعبة لم تلعبها أبداً',
          'عنوان الرابط يبدو غريباً',
        ],
      },
    },
  },
  {
    key: 'safety-job-scam-01',
    area: 'safety',
    competence: '4.2',
    kind: 'single',
    irt: { a: 1.2, b: 0.4, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'A job offer says: "Easy work from home, earn 500 € a day! First pay 50 € for your starter kit." What is it most likely?',
        options: ['A normal job', 'A public service', 'A scam', 'An offer from a bank'],
      },
      fr: {
        prompt:
          'Une offre d’emploi dit : « Travail facile à la maison, gagnez 500 € par jour ! Payez d’abord 50 € pour votre kit de départ. » Qu’est-ce que c’est, le plus probablement ?',
        options: ['Un emploi normal', 'Un service public', 'Une arnaque', 'Une offre d’une banque'],
      },
      ar: {
        prompt:
          'عرض عمل يقول: «عمل سهل من البيت، اربح 500 € في اليوم! ادفع أولاً 50 € ثمن أدوات البداية.» ما هو على الأرجح؟',
        options: ['عمل عادي', 'خدمة عامة', 'احتيال', 'عرض من بنك'],
      },
    },
  },
  {
    key: 'safety-cookies-01',
    area: 'safety',
    competence: '4.2',
    kind: 'single',
    irt: { a: 1.2, b: 1.9, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'A website shows a message about "cookies". What are cookies?',
        options: [
          'A virus that breaks your phone',
          'Small files that let websites remember you and follow what you do',
          'Free food vouchers',
          'Photos saved by the camera',
        ],
      },
      fr: {
        prompt: 'Un site montre un message sur les « cookies ». Que sont les cookies ?',
        options: [
          'Un virus qui casse votre téléphone',
          'De petits fichiers qui permettent aux sites de se souvenir de vous et de suivre ce que vous faites',
          'Des bons gratuits pour de la nourriture',
          'Des photos enregistrées par l’appareil photo',
        ],
      },
      ar: {
        prompt: 'يُظهر موقع إلكتروني رسالة عن «ملفات تعريف الارتباط» (cookies). ما هي هذه الملفات؟',
        options: [
          'فيروس يعطّل هاتفك',
          'ملفات صغيرة تسمح للمواقع بأن تتذكرك وتتابع ما تفعله',
          'قسائم طعام مجانية',
          'صور تحفظها الكاميرا',
        ],
      },
    },
  },
  {
    key: 'safety-photo-location-01',
    area: 'safety',
    competence: '4.2',
    kind: 'single',
    irt: { a: 1.2, b: 2.3, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'A photo file from a phone can hold hidden information. What can a stranger sometimes learn from a photo file you share?',
        options: [
          'Your PIN code',
          'How much money is in your bank account',
          'Your passwords',
          'Where and when the photo was taken',
        ],
      },
      fr: {
        prompt:
          'Le fichier d’une photo prise avec un téléphone peut contenir des informations cachées. Qu’est-ce qu’un inconnu peut parfois apprendre d’une photo que vous partagez ?',
        options: [
          'Votre code secret',
          'Combien d’argent il y a sur votre compte',
          'Vos mots de passe',
          'Où et quand la photo a été prise',
        ],
      },
      ar: {
        prompt:
          'ملف الصورة الملتقطة بالهاتف قد يحمل معلومات مخفية. ماذا يمكن لشخص غريب أحياناً أن يعرف من ملف صورة تشاركه؟',
        options: [
          'رقمك السري',
          'كم من المال في حسابك البنكي',
          'كلمات المرور',
          'أين ومتى التُقطت الصورة',
        ],
      },
    },
  },
  {
    key: 'safety-sleep-screen-01',
    area: 'safety',
    competence: '4.3',
    kind: 'single',
    irt: { a: 1.0, b: -0.6, c: 0.15, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt: 'You use your phone late at night and then you sleep badly. What can help?',
        options: [
          'Make the screen brighter',
          'Use the phone more in bed',
          'Turn the sound up',
          'Stop using the phone some time before sleep, or use night mode',
        ],
      },
      fr: {
        prompt:
          'Vous utilisez votre téléphone tard le soir, puis vous dormez mal. Qu’est-ce qui peut aider ?',
        options: [
          'Mettre l’écran plus lumineux',
          'Utiliser plus le téléphone au lit',
          'Monter le son',
          'Arrêter le téléphone un moment avant de dormir, ou utiliser le mode nuit',
        ],
      },
      ar: {
        prompt: 'تستخدم هاتفك في آخر الليل، ثم تنام نوماً سيئاً. ما الذي قد يساعد؟',
        options: [
          'أجعل الشاشة أكثر سطوعاً',
          'أستخدم الهاتف أكثر في السرير',
          'أرفع الصوت',
          'أتوقف عن استخدام الهاتف قبل النوم بوقت، أو أستخدم الوضع الليلي',
        ],
      },
    },
  },
  {
    key: 'safety-bullying-01',
    area: 'safety',
    competence: '4.3',
    kind: 'multiple',
    irt: { a: 1.1, b: 0.2, provisional: true },
    answer: [1, 2, 4],
    translations: {
      en: {
        prompt:
          'Someone sends you insulting messages again and again. What can you do? Choose all the right answers.',
        options: [
          'Send insults back',
          'Block the person',
          'Keep screenshots as proof',
          'Give the person your address to meet',
          'Report the messages in the app',
        ],
      },
      fr: {
        prompt:
          'Quelqu’un vous envoie des messages d’insultes encore et encore. Que pouvez-vous faire ? Choisissez toutes les bonnes réponses.',
        options: [
          'Répondre par des insultes',
          'Bloquer la personne',
          'Garder des captures d’écran comme preuves',
          'Donner votre adresse à la personne pour la rencontrer',
          'Signaler les messages dans l’application',
        ],
      },
      ar: {
        prompt:
          'يرسل لك شخص رسائل فيها شتائم مرة بعد مرة. ماذا يمكنك أن تفعل؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أردّ بالشتائم',
          'أحظر هذا الشخص',
          'أحتفظ بصور للشاشة كدليل',
          'أعطيه عنواني لنلتقي',
          'أبلّغ عن الرسائل في التطبيق',
        ],
      },
    },
  },
  {
    key: 'safety-recycle-phone-01',
    area: 'safety',
    competence: '4.4',
    kind: 'single',
    irt: { a: 1.0, b: -0.9, c: 0.15, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'Your old phone does not work any more. What is best for the environment?',
        options: [
          'Throw it in the normal rubbish bin',
          'Take it to a collection point or a shop that recycles phones',
          'Throw it in the river',
          'Burn it',
        ],
      },
      fr: {
        prompt:
          'Votre vieux téléphone ne marche plus. Qu’est-ce qui est le mieux pour l’environnement ?',
        options: [
          'Le jeter à la poubelle normale',
          'L’apporter à un point de collecte ou dans un magasin qui recycle les téléphones',
          'Le jeter dans la rivière',
          'Le brûler',
        ],
      },
      ar: {
        prompt: 'هاتفك القديم لم يعد يعمل. ما الأفضل للبيئة؟',
        options: [
          'أرميه في سلة المهملات العادية',
          'آخذه إلى نقطة جمع أو متجر يعيد تدوير الهواتف',
          'أرميه في النهر',
          'أحرقه',
        ],
      },
    },
  },
  {
    key: 'safety-video-energy-01',
    area: 'safety',
    competence: '4.4',
    kind: 'single',
    irt: { a: 1.1, b: 1.3, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt: 'Which habit uses less energy and less mobile data?',
        options: [
          'Watching videos in lower quality when high quality is not needed',
          'Always watching videos in the highest quality',
          'Leaving videos playing when nobody watches',
          'Downloading the same video again each time you watch it',
        ],
      },
      fr: {
        prompt: 'Quelle habitude utilise moins d’énergie et moins de données mobiles ?',
        options: [
          'Regarder les vidéos en qualité plus basse quand la haute qualité n’est pas utile',
          'Regarder toujours les vidéos dans la meilleure qualité',
          'Laisser des vidéos tourner quand personne ne regarde',
          'Télécharger encore la même vidéo chaque fois que vous la regardez',
        ],
      },
      ar: {
        prompt: 'أي عادة تستهلك طاقة أقل وبيانات جوّال أقل؟',
        options: [
          'مشاهدة الفيديو بجودة أقل عندما لا نحتاج إلى الجودة العالية',
          'مشاهدة الفيديو دائماً بأعلى جودة',
          'ترك الفيديو يعمل عندما لا يشاهده أحد',
          'تنزيل الفيديو نفسه من جديد في كل مرة تشاهده',
        ],
      },
    },
  },
  {
    key: 'safety-bank-call-01',
    area: 'safety',
    competence: '4.2',
    kind: 'multiple',
    irt: { a: 1.5, b: -1.0, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'A man you do not know calls you. He says he works for your bank and that there is a problem with your account. What should you do? Choose all the right answers.',
        options: [
          'Give him the code you just got by text message',
          'End the call',
          'Tell him your PIN so he can fix the problem',
          'Call your bank yourself, on the number written on your bank card',
          'Install the app he asks you to install',
        ],
      },
      fr: {
        prompt:
          'Un homme que vous ne connaissez pas vous appelle. Il dit qu’il travaille pour votre banque et qu’il y a un problème sur votre compte. Que faut-il faire ? Choisissez toutes les bonnes réponses.',
        options: [
          'Lui donner le code que vous venez de recevoir par SMS',
          'Raccrocher',
          'Lui dire votre code secret pour qu’il règle le problème',
          'Appeler vous-même votre banque, au numéro écrit sur votre carte bancaire',
          'Installer l’application qu’il vous demande d’installer',
        ],
      },
      ar: {
        prompt:
          'يتصل بك رجل لا تعرفه. يقول إنه يعمل في بنكك وإن هناك مشكلة في حسابك. ماذا يجب أن تفعل؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أعطه الرمز الذي وصلك للتو في رسالة نصية',
          'أنهِ المكالمة',
          'أخبره برقمك السري ليحلّ المشكلة',
          'اتصل أنت ببنكك على الرقم المكتوب على بطاقتك البنكية',
          'ثبّت التطبيق الذي يطلب منك تثبيته',
        ],
      },
    },
  },
  {
    key: 'safety-lost-phone-01',
    area: 'safety',
    competence: '4.1',
    kind: 'multiple',
    irt: { a: 1.4, b: -0.8, provisional: true },
    answer: [0, 3],
    translations: {
      en: {
        prompt:
          'One day your phone could be lost or stolen. What will help you then? Choose all the right answers.',
        options: [
          'A screen lock with a code or your fingerprint, so others cannot open it',
          'A strong phone case',
          'Your PIN written on the back of the phone',
          'A copy (backup) of your photos and contacts online',
          'No screen lock, so the person who finds it can use it',
        ],
      },
      fr: {
        prompt:
          'Un jour, votre téléphone peut être perdu ou volé. Qu’est-ce qui vous aidera alors ? Choisissez toutes les bonnes réponses.',
        options: [
          'Un verrouillage de l’écran avec un code ou votre empreinte, pour que les autres ne puissent pas l’ouvrir',
          'Une coque solide',
          'Votre code écrit au dos du téléphone',
          'Une copie (sauvegarde) en ligne de vos photos et de vos contacts',
          'Pas de verrouillage, pour que la personne qui le trouve puisse l’utiliser',
        ],
      },
      ar: {
        prompt: 'قد يضيع هاتفك أو يُسرق يوماً ما. ما الذي سيساعدك عندها؟ اختر كل الإجابات الصحيحة.',
        options: [
          'قفل للشاشة برمز أو ببصمة إصبعك، حتى لا يفتحه غيرك',
          'غطاء قويّ للهاتف',
          'رمزك السري مكتوباً على ظهر الهاتف',
          'نسخة احتياطية من صورك وجهات اتصالك على الإنترنت',
          'لا قفل للشاشة، حتى يستطيع من يجده أن يستعمله',
        ],
      },
    },
  },
  {
    key: 'safety-public-computer-01',
    area: 'safety',
    competence: '4.2',
    kind: 'multiple',
    irt: { a: 1.5, b: -1.0, provisional: true },
    answer: [0, 3],
    translations: {
      en: {
        prompt:
          'You used a computer at the library to read your email. What should you do before you leave? Choose all the right answers.',
        options: [
          'Sign out of your email',
          'Let the browser remember your password',
          'Leave your email open for the next person',
          'Close the browser',
          'Write your password on a paper next to the computer',
        ],
      },
      fr: {
        prompt:
          'Vous avez utilisé un ordinateur de la bibliothèque pour lire vos e-mails. Que faut-il faire avant de partir ? Choisissez toutes les bonnes réponses.',
        options: [
          'Vous déconnecter de votre messagerie',
          'Laisser le navigateur retenir votre mot de passe',
          'Laisser votre messagerie ouverte pour la personne suivante',
          'Fermer le navigateur',
          'Écrire votre mot de passe sur un papier à côté de l’ordinateur',
        ],
      },
      ar: {
        prompt:
          'استعملت حاسوباً في المكتبة لتقرأ بريدك الإلكتروني. ماذا يجب أن تفعل قبل أن تغادر؟ اختر كل الإجابات الصحيحة.',
        options: [
          'سجّل الخروج من بريدك الإلكتروني',
          'اسمح للمتصفح بأن يحفظ كلمة المرور',
          'اترك بريدك مفتوحاً للشخص التالي',
          'أغلق المتصفح',
          'اكتب كلمة المرور على ورقة بجانب الحاسوب',
        ],
      },
    },
  },
  {
    key: 'safety-privacy-settings-01',
    area: 'safety',
    competence: '4.2',
    kind: 'multiple',
    irt: { a: 1.5, b: 1.0, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'You open the privacy settings of a social media app. Which choices protect your privacy? Choose all the right answers.',
        options: [
          'Only your friends can see your posts',
          'Anyone can find you with your phone number',
          'Your location is not added to your posts',
          'Your profile is public',
          'The app may read all your contacts',
        ],
      },
      fr: {
        prompt:
          'Vous ouvrez les paramètres de confidentialité d’une application de réseau social. Quels choix protègent votre vie privée ? Choisissez toutes les bonnes réponses.',
        options: [
          'Seuls vos amis peuvent voir vos publications',
          'Tout le monde peut vous trouver avec votre numéro de téléphone',
          'Votre position n’est pas ajoutée à vos publications',
          'Votre profil est public',
          'L’application peut lire tous vos contacts',
        ],
      },
      ar: {
        prompt:
          'تفتح إعدادات الخصوصية في تطبيق للتواصل الاجتماعي. أيّ الخيارات تحمي خصوصيتك؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أصدقاؤك فقط يستطيعون رؤية منشوراتك',
          'يستطيع أي شخص أن يجدك برقم هاتفك',
          'لا يُضاف موقعك إلى منشوراتك',
          'ملفك الشخصي عام',
          'يُسمح للتطبيق بقراءة كل جهات اتصالك',
        ],
      },
    },
  },
  {
    key: 'safety-green-habits-01',
    area: 'safety',
    competence: '4.4',
    kind: 'multiple',
    irt: { a: 1.7, b: -1.2, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'Which habits are good for the environment when you use phones and computers? Choose all the right answers.',
        options: [
          'Buying a new phone every year, even if the old one still works',
          'Keeping your phone for a long time, and having it repaired if it breaks',
          'Printing every email so that you can read it on paper',
          'Switching off the computer when you do not use it, for example at night',
        ],
      },
      fr: {
        prompt:
          'Quelles habitudes sont bonnes pour l’environnement quand vous utilisez des téléphones et des ordinateurs ? Choisissez toutes les bonnes réponses.',
        options: [
          'Acheter un nouveau téléphone chaque année, même si l’ancien marche encore',
          'Garder votre téléphone longtemps, et le faire réparer s’il se casse',
          'Imprimer tous les e-mails pour les lire sur papier',
          'Éteindre l’ordinateur quand vous ne l’utilisez pas, par exemple la nuit',
        ],
      },
      ar: {
        prompt:
          'ما العادات المفيدة للبيئة عند استخدام الهواتف والحواسيب؟ اختر كل الإجابات الصحيحة.',
        options: [
          'شراء هاتف جديد كل سنة، حتى لو كان القديم ما زال يعمل',
          'الاحتفاظ بهاتفك مدة طويلة، وإصلاحه إذا تعطّل',
          'طباعة كل رسائل البريد الإلكتروني لقراءتها على الورق',
          'إطفاء الحاسوب عندما لا تستخدمه، في الليل مثلاً',
        ],
      },
    },
  },
  {
    key: 'safety-child-tablet-01',
    area: 'safety',
    competence: '4.3',
    kind: 'multiple',
    irt: { a: 1.8, b: -1.0, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'Your child is 8 years old and starts to use a tablet. What helps to keep your child safe? Choose all the right answers.',
        options: [
          'Turn on parental controls (the settings for children)',
          'Let your child accept friend requests from anyone',
          'Talk with your child about what they do and see online',
          'Save your bank card in the games, so that your child can buy what they want',
          'Let your child use the tablet alone in bed at night',
        ],
      },
      fr: {
        prompt:
          'Votre enfant a 8 ans et commence à utiliser une tablette. Qu’est-ce qui aide à le protéger ? Choisissez toutes les bonnes réponses.',
        options: [
          'Activer le contrôle parental (les réglages pour les enfants)',
          'Laisser votre enfant accepter les demandes d’amis de n’importe qui',
          'Parler avec votre enfant de ce qu’il fait et voit en ligne',
          'Enregistrer votre carte bancaire dans les jeux, pour que votre enfant achète ce qu’il veut',
          'Laisser votre enfant utiliser la tablette seul au lit, la nuit',
        ],
      },
      ar: {
        prompt:
          'طفلك عمره 8 سنوات وبدأ يستخدم جهازاً لوحياً. ما الذي يساعد على حمايته؟ اختر كل الإجابات الصحيحة.',
        options: [
          'فعّل الرقابة الأبوية (إعدادات خاصة بالأطفال)',
          'اسمح لطفلك بقبول طلبات الصداقة من أي شخص',
          'تحدّث مع طفلك عمّا يفعله ويراه على الإنترنت',
          'احفظ بطاقتك البنكية في الألعاب ليشتري طفلك ما يريد',
          'اسمح لطفلك باستخدام الجهاز وحده في السرير ليلاً',
        ],
      },
    },
  },
  {
    key: 'safety-fake-virus-01',
    area: 'safety',
    competence: '4.1',
    kind: 'multiple',
    irt: { a: 1.8, b: -0.8, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'You are reading a website. Suddenly a window opens: "Your phone has a virus! Tap here to clean it now." What should you do? Choose all the right answers.',
        options: [
          'Tap the window quickly to clean the phone',
          'Close the page',
          'Call the phone number shown in the window',
          'Do not install anything that the window offers',
          'Type your card number to buy the cleaning app',
        ],
      },
      fr: {
        prompt:
          'Vous lisez un site internet. Soudain, une fenêtre s’ouvre : « Votre téléphone a un virus ! Appuyez ici pour le nettoyer maintenant. » Que faut-il faire ? Choisissez toutes les bonnes réponses.',
        options: [
          'Appuyer vite sur la fenêtre pour nettoyer le téléphone',
          'Fermer la page',
          'Appeler le numéro de téléphone affiché dans la fenêtre',
          'Ne rien installer de ce que la fenêtre propose',
          'Taper le numéro de votre carte pour acheter l’application de nettoyage',
        ],
      },
      ar: {
        prompt:
          'أنت تتصفّح موقعاً على الإنترنت. فجأة تُفتح نافذة مكتوب فيها: «هاتفك مصاب بفيروس! اضغط هنا لتنظيفه الآن.» ماذا يجب أن تفعل؟ اختر كل الإجابات الصحيحة.',
        options: [
          'اضغط على النافذة بسرعة لتنظيف الهاتف',
          'أغلق الصفحة',
          'اتصل برقم الهاتف الظاهر في النافذة',
          'لا تثبّت أي شيء تعرضه النافذة',
          'اكتب رقم بطاقتك لتشتري تطبيق التنظيف',
        ],
      },
    },
  },
  {
    key: 'safety-check-official-01',
    area: 'safety',
    competence: '4.2',
    kind: 'multiple',
    irt: { a: 1.8, b: 0.8, provisional: true },
    answer: [0, 4],
    translations: {
      en: {
        prompt:
          'You get an email that seems to come from the tax office. It says that you must pay a fine today, with a link in the email. How can you check if the email is real? Choose all the right answers.',
        options: [
          'Type the address of the tax office’s website yourself, and log in to your account there',
          'Tap the link and see if the page looks official',
          'Reply to the email and ask if it is real',
          'Check that the email has the logo of the tax office',
          'Call the tax office on a number from its official website or from a letter it sent you before',
        ],
      },
      fr: {
        prompt:
          'Vous recevez un e-mail qui semble venir de l’administration des impôts. Il dit que vous devez payer une amende aujourd’hui, avec un lien dans l’e-mail. Comment vérifier si cet e-mail est vrai ? Choisissez toutes les bonnes réponses.',
        options: [
          'Taper vous-même l’adresse du site des impôts, et vous connecter à votre compte sur ce site',
          'Appuyer sur le lien et regarder si la page a l’air officielle',
          'Répondre à l’e-mail pour demander s’il est vrai',
          'Vérifier que l’e-mail porte le logo des impôts',
          'Appeler les impôts à un numéro trouvé sur leur site officiel ou sur un courrier qu’ils vous ont envoyé avant',
        ],
      },
      ar: {
        prompt:
          'تصلك رسالة بريد إلكتروني يبدو أنها من إدارة الضرائب. تقول إن عليك أن تدفع غرامة اليوم عبر رابط في الرسالة. كيف تتحقق من أن الرسالة حقيقية؟ اختر كل الإجابات الصحيحة.',
        options: [
          'اكتب بنفسك عنوان موقع إدارة الضرائب، وادخل إلى حسابك هناك',
          'اضغط على الرابط وانظر هل تبدو الصفحة رسمية',
          'ردّ على الرسالة واسأل هل هي حقيقية',
          'تأكّد أن في الرسالة شعار إدارة الضرائب',
          'اتصل بإدارة الضرائب على رقم من موقعها الرسمي أو من رسالة ورقية أرسلتها إليك من قبل',
        ],
      },
    },
  },
  {
    key: 'safety-account-hacked-01',
    area: 'safety',
    competence: '4.2',
    kind: 'multiple',
    irt: { a: 1.9, b: 1.0, provisional: true },
    answer: [0, 2, 3],
    translations: {
      en: {
        prompt:
          'Which signs can show that someone else is using your email account? Choose all the right answers.',
        options: [
          'Your friends get messages from you that you never wrote',
          'A shop where you bought something sends you its weekly newsletter',
          'You get an alert about a login from a device or a country you do not know',
          'Your password stops working, but you did not change it',
          'Your email app asks you to install an update',
        ],
      },
      fr: {
        prompt:
          'Quels signes peuvent montrer que quelqu’un d’autre utilise votre compte e-mail ? Choisissez toutes les bonnes réponses.',
        options: [
          'Vos amis reçoivent de votre part des messages que vous n’avez jamais écrits',
          'Un magasin où vous avez acheté quelque chose vous envoie sa lettre d’information chaque semaine',
          'Vous recevez une alerte sur une connexion depuis un appareil ou un pays que vous ne connaissez pas',
          'Votre mot de passe ne marche plus, alors que vous ne l’avez pas changé',
          'Votre application d’e-mail vous demande d’installer une mise à jour',
        ],
      },
      ar: {
        prompt:
          'ما العلامات التي قد تدلّ على أن شخصاً آخر يستخدم حساب بريدك الإلكتروني؟ اختر كل الإجابات الصحيحة.',
        options: [
          'تصل إلى أصدقائك رسائل منك لم تكتبها أبداً',
          'متجر اشتريت منه شيئاً يرسل إليك نشرته الأسبوعية',
          'يصلك تنبيه بتسجيل دخول من جهاز أو بلد لا تعرفه',
          'كلمة المرور لم تعد تعمل، مع أنك لم تغيّرها',
          'تطبيق البريد يطلب منك أن تثبّت تحديثاً',
        ],
      },
    },
  },
  {
    key: 'safety-sell-old-phone-01',
    area: 'safety',
    competence: '4.1',
    kind: 'ordering',
    irt: { a: 1.8, b: 1.2, provisional: true },
    answer: [2, 3, 0, 1],
    translations: {
      en: {
        prompt:
          'You are going to sell your old phone. Put the steps in order to protect your data.',
        options: [
          'Reset the phone to its factory settings (this erases everything on it)',
          'Give the phone to the buyer',
          'Back up your photos and contacts to your online account',
          'Sign out of your accounts on the phone',
        ],
      },
      fr: {
        prompt:
          'Vous allez vendre votre ancien téléphone. Mettez les étapes dans l’ordre pour protéger vos données.',
        options: [
          'Réinitialiser le téléphone aux paramètres d’usine (cela efface tout ce qu’il contient)',
          'Donner le téléphone à l’acheteur',
          'Sauvegarder vos photos et vos contacts dans votre compte en ligne',
          'Vous déconnecter de vos comptes sur le téléphone',
        ],
      },
      ar: {
        prompt: 'ستبيع هاتفك القديم. رتّب الخطوات لتحمي بياناتك.',
        options: [
          'أعد ضبط الهاتف على إعدادات المصنع (هذا يمحو كل ما فيه)',
          'سلّم الهاتف إلى المشتري',
          'احفظ نسخة احتياطية من صورك وجهات اتصالك في حسابك على الإنترنت',
          'سجّل الخروج من حساباتك على الهاتف',
        ],
      },
    },
  },
];
