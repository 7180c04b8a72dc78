import type { SeedAssessmentItem } from './types';

/** Problem solving (DigComp 5.1–5.4): fixing, choosing tools, using them well, learning more. */
export const PROBLEM_SOLVING_ITEMS: SeedAssessmentItem[] = [
  {
    key: 'ps-battery-low-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'picture',
    image: 'ps-battery-low-01.svg',
    irt: { a: 1.0, b: -2.5, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'Which battery is almost empty?',
        options: ['Number 1', 'Number 2', 'Number 3', 'Number 4'],
        alt: 'Four battery icons with numbers: 1 full and green, 2 half full and green, 3 only a thin red line inside, 4 half full with a lightning sign.',
      },
      fr: {
        prompt: 'Quelle batterie est presque vide ?',
        options: ['Numéro 1', 'Numéro 2', 'Numéro 3', 'Numéro 4'],
        alt: 'Quatre icônes de batterie avec des numéros : 1 pleine et verte, 2 à moitié pleine et verte, 3 seulement un petit trait rouge dedans, 4 à moitié pleine avec un éclair.',
      },
      ar: {
        prompt: 'أي بطارية تكاد تكون فارغة؟',
        options: ['رقم 1', 'رقم 2', 'رقم 3', 'رقم 4'],
        alt: 'أربع أيقونات بطارية مرقّمة: 1 ممتلئة وخضراء، 2 نصف ممتلئة وخضراء، 3 فيها خط أحمر رفيع فقط، 4 نصف ممتلئة وعليها علامة برق.',
      },
    },
  },
  {
    key: 'ps-charge-phone-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'single',
    irt: { a: 0.9, b: -2.7, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'Your phone says the battery is at 5 %. What do you do?',
        options: [
          'Make a long video call',
          'Connect it to the charger',
          'Turn the sound up',
          'Take many photos',
        ],
      },
      fr: {
        prompt: 'Votre téléphone dit que la batterie est à 5 %. Que faites-vous ?',
        options: [
          'Faire un long appel vidéo',
          'Le brancher sur le chargeur',
          'Monter le son',
          'Prendre beaucoup de photos',
        ],
      },
      ar: {
        prompt: 'يقول هاتفك إن البطارية عند 5 %. ماذا تفعل؟',
        options: ['أجري مكالمة فيديو طويلة', 'أوصله بالشاحن', 'أرفع الصوت', 'ألتقط صوراً كثيرة'],
      },
    },
  },
  {
    key: 'ps-app-frozen-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'single',
    irt: { a: 1.1, b: -1.6, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'An app freezes: it does not react when you tap. What is a good first thing to try?',
        options: [
          'Throw the phone away',
          'Buy a new phone',
          'Hit the screen',
          'Close the app and open it again',
        ],
      },
      fr: {
        prompt:
          'Une application est bloquée : elle ne réagit plus quand vous appuyez. Qu’est-ce qu’il faut essayer d’abord ?',
        options: [
          'Jeter le téléphone',
          'Acheter un nouveau téléphone',
          'Taper fort sur l’écran',
          'Fermer l’application et l’ouvrir à nouveau',
        ],
      },
      ar: {
        prompt: 'تطبيق متوقّف: لا يستجيب عندما تضغط. ما أول شيء جيد تجرّبه؟',
        options: [
          'أرمي الهاتف',
          'أشتري هاتفاً جديداً',
          'أضرب الشاشة',
          'أغلق التطبيق وأفتحه من جديد',
        ],
      },
    },
  },
  {
    key: 'ps-no-sound-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'single',
    irt: { a: 1.0, b: -1.5, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt: 'You cannot hear the sound of a video on your phone. What do you check first?',
        options: ['The volume and the silent mode', 'The camera', 'The wallpaper', 'The clock'],
      },
      fr: {
        prompt:
          'Vous n’entendez pas le son d’une vidéo sur votre téléphone. Que vérifiez-vous d’abord ?',
        options: [
          'Le volume et le mode silencieux',
          'L’appareil photo',
          'Le fond d’écran',
          'L’horloge',
        ],
      },
      ar: {
        prompt: 'لا تسمع صوت فيديو على هاتفك. ماذا تفحص أولاً؟',
        options: ['مستوى الصوت والوضع الصامت', 'الكاميرا', 'خلفية الشاشة', 'الساعة'],
      },
    },
  },
  {
    key: 'ps-airplane-mode-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'picture',
    image: 'ps-airplane-mode-01.svg',
    irt: { a: 1.2, b: 0.3, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'You cannot call or use the internet. The top of your screen looks like this. What is the problem?',
        options: [
          'Airplane mode is on',
          'The battery is empty',
          'The sound is off',
          'The screen is broken',
        ],
        alt: 'The top bar of a phone screen: on the left, a white airplane; on the right, empty signal bars with a line through them, and a full battery.',
      },
      fr: {
        prompt:
          'Vous ne pouvez pas appeler ni utiliser internet. Le haut de votre écran ressemble à ceci. Quel est le problème ?',
        options: [
          'Le mode avion est activé',
          'La batterie est vide',
          'Le son est coupé',
          'L’écran est cassé',
        ],
        alt: 'La barre en haut d’un écran de téléphone : à gauche, un avion blanc ; à droite, des barres de réseau vides et barrées, et une batterie pleine.',
      },
      ar: {
        prompt: 'لا تستطيع الاتصال ولا استخدام الإنترنت. أعلى شاشتك يبدو هكذا. ما المشكلة؟',
        options: ['وضع الطيران مفعّل', 'البطارية فارغة', 'الصوت مطفأ', 'الشاشة مكسورة'],
        alt: 'الشريط في أعلى شاشة الهاتف: على اليسار طائرة بيضاء؛ وعلى اليمين أعمدة إشارة فارغة عليها خط، وبطارية ممتلئة.',
      },
    },
  },
  {
    key: 'ps-wifi-steps-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'ordering',
    irt: { a: 1.1, b: 0.0, provisional: true },
    answer: [1, 3, 2, 0],
    translations: {
      en: {
        prompt: 'Put the steps in order to connect your phone to a new Wi-Fi network.',
        options: [
          'Type the password and connect',
          'Open Settings',
          'Choose the name of the network',
          'Tap "Wi-Fi"',
        ],
      },
      fr: {
        prompt:
          'Mettez les étapes dans l’ordre pour connecter votre téléphone à un nouveau réseau Wi-Fi.',
        options: [
          'Taper le mot de passe et se connecter',
          'Ouvrir les Réglages',
          'Choisir le nom du réseau',
          'Appuyer sur « Wi-Fi »',
        ],
      },
      ar: {
        prompt: 'رتّب الخطوات لتوصل هاتفك بشبكة واي فاي جديدة.',
        options: [
          'اكتب كلمة المرور واتصل',
          'افتح الإعدادات',
          'اختر اسم الشبكة',
          'اضغط على «واي فاي»',
        ],
      },
    },
  },
  {
    key: 'ps-storage-full-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'single',
    irt: { a: 1.2, b: 0.4, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'Your phone says the storage is full, and you cannot take photos. What helps?',
        options: [
          'Charge the battery',
          'Make the screen brighter',
          'Delete videos and apps you do not need, or move them to online storage',
          'Change your ringtone',
        ],
      },
      fr: {
        prompt:
          'Votre téléphone dit que le stockage est plein, et vous ne pouvez pas prendre de photos. Qu’est-ce qui aide ?',
        options: [
          'Charger la batterie',
          'Mettre l’écran plus lumineux',
          'Supprimer les vidéos et les applications inutiles, ou les mettre dans un stockage en ligne',
          'Changer de sonnerie',
        ],
      },
      ar: {
        prompt: 'يقول هاتفك إن مساحة التخزين ممتلئة، ولا تستطيع التقاط صور. ما الذي يساعد؟',
        options: [
          'أشحن البطارية',
          'أجعل الشاشة أكثر سطوعاً',
          'أحذف الفيديوهات والتطبيقات التي لا أحتاجها، أو أنقلها إلى التخزين على الإنترنت',
          'أغيّر نغمة الرنين',
        ],
      },
    },
  },
  {
    key: 'ps-forgot-password-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'single',
    irt: { a: 1.1, b: -0.5, c: 0.15, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'You forgot the password of your email account. What do you do?',
        options: [
          'Make a new email address every day',
          'Tap "Forgot password?" and follow the steps',
          'Ask a stranger to guess it',
          'Try random passwords 100 times',
        ],
      },
      fr: {
        prompt: 'Vous avez oublié le mot de passe de votre e-mail. Que faites-vous ?',
        options: [
          'Créer une nouvelle adresse e-mail chaque jour',
          'Appuyer sur « Mot de passe oublié ? » et suivre les étapes',
          'Demander à un inconnu de le deviner',
          'Essayer 100 mots de passe au hasard',
        ],
      },
      ar: {
        prompt: 'نسيت كلمة مرور بريدك الإلكتروني. ماذا تفعل؟',
        options: [
          'أنشئ عنوان بريد جديداً كل يوم',
          'أضغط على «نسيت كلمة المرور؟» وأتبع الخطوات',
          'أطلب من شخص غريب أن يخمّنها',
          'أجرّب 100 كلمة مرور عشوائية',
        ],
      },
    },
  },
  {
    key: 'ps-error-404-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'single',
    irt: { a: 1.2, b: 1.3, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt: 'A website shows "Error 404 – page not found". What does it usually mean?',
        options: [
          'Your phone is broken',
          'You have a virus',
          'Your account is blocked',
          'The address is wrong, or the page does not exist any more',
        ],
      },
      fr: {
        prompt:
          'Un site affiche « Erreur 404 – page introuvable ». Qu’est-ce que cela veut dire en général ?',
        options: [
          'Votre téléphone est cassé',
          'Vous avez un virus',
          'Votre compte est bloqué',
          'L’adresse est fausse, ou la page n’existe plus',
        ],
      },
      ar: {
        prompt: 'يُظهر موقع إلكتروني «خطأ 404 – الصفحة غير موجودة». ماذا يعني ذلك عادةً؟',
        options: [
          'هاتفك مكسور',
          'عندك فيروس',
          'حسابك محظور',
          'العنوان خطأ، أو الصفحة لم تعد موجودة',
        ],
      },
    },
  },
  {
    key: 'ps-error-help-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'single',
    irt: { a: 1.1, b: 0.5, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'Your phone shows an error message you do not understand. What is a smart way to find help?',
        options: [
          'Search for the exact words of the message on the internet, or ask a mentor',
          'Ignore every message for ever',
          'Reset the phone at once and lose everything',
          'Post your password in a help forum',
        ],
      },
      fr: {
        prompt:
          'Votre téléphone affiche un message d’erreur que vous ne comprenez pas. Quelle est une bonne façon de trouver de l’aide ?',
        options: [
          'Chercher les mots exacts du message sur internet, ou demander à un mentor',
          'Ignorer tous les messages pour toujours',
          'Réinitialiser le téléphone tout de suite et tout perdre',
          'Publier votre mot de passe dans un forum d’aide',
        ],
      },
      ar: {
        prompt: 'يُظهر هاتفك رسالة خطأ لا تفهمها. ما الطريقة الذكية لتجد مساعدة؟',
        options: [
          'أبحث عن كلمات الرسالة نفسها على الإنترنت، أو أسأل مرشداً',
          'أتجاهل كل الرسائل إلى الأبد',
          'أعيد ضبط الهاتف فوراً وأخسر كل شيء',
          'أنشر كلمة المرور في منتدى مساعدة',
        ],
      },
    },
  },
  {
    key: 'ps-backup-before-reset-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'single',
    irt: { a: 1.3, b: 2.0, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'A mentor tells you to reset your phone to its factory settings. What must you do first?',
        options: [
          'Nothing: a reset keeps everything',
          'Take off the screen protector',
          'Make a backup of your photos, contacts and documents',
          'Turn the sound off',
        ],
      },
      fr: {
        prompt:
          'Un mentor vous dit de remettre votre téléphone aux réglages d’usine. Que devez-vous faire d’abord ?',
        options: [
          'Rien : une réinitialisation garde tout',
          'Enlever le film de protection de l’écran',
          'Faire une sauvegarde de vos photos, contacts et documents',
          'Couper le son',
        ],
      },
      ar: {
        prompt: 'يطلب منك مرشد أن تعيد هاتفك إلى إعدادات المصنع. ماذا يجب أن تفعل أولاً؟',
        options: [
          'لا شيء: إعادة الضبط تحفظ كل شيء',
          'أنزع واقي الشاشة',
          'أعمل نسخة احتياطية لصوري وجهات الاتصال والوثائق',
          'أطفئ الصوت',
        ],
      },
    },
  },
  {
    key: 'ps-opening-hours-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'single',
    irt: { a: 1.0, b: -1.3, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'You need to know what time the pharmacy closes today. What is the quickest way?',
        options: [
          'Send it a letter',
          'Search for the pharmacy in a map app or on the internet',
          'Wait until tomorrow',
          'Open the calculator',
        ],
      },
      fr: {
        prompt:
          'Vous voulez savoir à quelle heure la pharmacie ferme aujourd’hui. Quel est le moyen le plus rapide ?',
        options: [
          'Lui envoyer une lettre',
          'Chercher la pharmacie dans une application de cartes ou sur internet',
          'Attendre demain',
          'Ouvrir la calculatrice',
        ],
      },
      ar: {
        prompt: 'تريد أن تعرف متى تغلق الصيدلية اليوم. ما أسرع طريقة؟',
        options: [
          'أرسل لها رسالة بالبريد',
          'أبحث عن الصيدلية في تطبيق خرائط أو على الإنترنت',
          'أنتظر حتى الغد',
          'أفتح الآلة الحاسبة',
        ],
      },
    },
  },
  {
    key: 'ps-text-size-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'single',
    irt: { a: 1.0, b: -0.3, c: 0.15, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'The text on your phone is too small for you to read. What can you do?',
        options: [
          'Read it in the dark',
          'Make the text bigger in the settings (display or accessibility)',
          'Nothing can be done',
          'Hold the phone farther away',
        ],
      },
      fr: {
        prompt: 'Le texte sur votre téléphone est trop petit pour vous. Que pouvez-vous faire ?',
        options: [
          'Le lire dans le noir',
          'Agrandir le texte dans les réglages (affichage ou accessibilité)',
          'On ne peut rien faire',
          'Tenir le téléphone plus loin',
        ],
      },
      ar: {
        prompt: 'الكتابة على هاتفك صغيرة جداً عليك. ماذا يمكنك أن تفعل؟',
        options: [
          'أقرؤها في الظلام',
          'أكبّر الخط في الإعدادات (العرض أو تسهيلات الاستخدام)',
          'لا يمكن فعل شيء',
          'أبعد الهاتف عن عينيّ',
        ],
      },
    },
  },
  {
    key: 'ps-read-aloud-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'single',
    irt: { a: 1.1, b: 0.8, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt: 'Reading long texts is hard for you. Which phone feature can help?',
        options: [
          'Airplane mode',
          'The torch (flashlight)',
          'Do not disturb',
          'A feature that reads the text aloud (screen reader)',
        ],
      },
      fr: {
        prompt:
          'Lire de longs textes est difficile pour vous. Quelle fonction du téléphone peut aider ?',
        options: [
          'Le mode avion',
          'La lampe torche',
          'Ne pas déranger',
          'Une fonction qui lit le texte à voix haute (lecteur d’écran)',
        ],
      },
      ar: {
        prompt: 'قراءة النصوص الطويلة صعبة عليك. أي ميزة في الهاتف قد تساعد؟',
        options: [
          'وضع الطيران',
          'المصباح',
          'عدم الإزعاج',
          'ميزة تقرأ النص بصوت عالٍ (قارئ الشاشة)',
        ],
      },
    },
  },
  {
    key: 'ps-mobile-data-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'single',
    irt: { a: 1.2, b: 1.4, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt: 'Your mobile data runs out quickly every month. What helps most?',
        options: [
          'Use Wi-Fi when you can, and turn off videos that play by themselves',
          'Make your phone calls shorter',
          'Charge your phone more often',
          'Make the screen brighter',
        ],
      },
      fr: {
        prompt: 'Vos données mobiles sont vite finies chaque mois. Qu’est-ce qui aide le plus ?',
        options: [
          'Utiliser le Wi-Fi quand c’est possible, et arrêter les vidéos qui démarrent toutes seules',
          'Faire des appels plus courts',
          'Charger votre téléphone plus souvent',
          'Mettre l’écran plus lumineux',
        ],
      },
      ar: {
        prompt: 'تنتهي بيانات الجوّال عندك بسرعة كل شهر. ما الذي يساعد أكثر؟',
        options: [
          'أستخدم الواي فاي عندما أستطيع، وأوقف الفيديوهات التي تعمل وحدها',
          'أجعل مكالماتي أقصر',
          'أشحن هاتفي أكثر',
          'أجعل الشاشة أكثر سطوعاً',
        ],
      },
    },
  },
  {
    key: 'ps-phone-plan-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'single',
    irt: { a: 1.3, b: 0.9, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'Two phone plans: plan A costs 10 € a month with 5 GB of data; plan B costs 15 € a month with 20 GB. You use about 12 GB a month. Which plan fits you better?',
        options: ['Plan A', 'Plan B', 'Both are the same', 'Neither can work'],
      },
      fr: {
        prompt:
          'Deux forfaits : le forfait A coûte 10 € par mois avec 5 Go d’internet ; le forfait B coûte 15 € par mois avec 20 Go. Vous utilisez environ 12 Go par mois. Quel forfait vous convient le mieux ?',
        options: ['Le forfait A', 'Le forfait B', 'Les deux sont pareils', 'Aucun ne peut marcher'],
      },
      ar: {
        prompt:
          'باقتان للهاتف: الباقة A بـ10 € في الشهر مع 5 غيغابايت؛ الباقة B بـ15 € في الشهر مع 20 غيغابايت. تستخدم تقريباً 12 غيغابايت في الشهر. أي باقة تناسبك أكثر؟',
        options: ['الباقة A', 'الباقة B', 'الاثنتان متساويتان', 'لا تصلح أي واحدة'],
      },
    },
  },
  {
    key: 'ps-photo-poster-01',
    area: 'problem-solving',
    competence: '5.3',
    kind: 'single',
    irt: { a: 1.0, b: -1.8, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'At the bus stop there is a poster with useful phone numbers. You have no pen. What can you do?',
        options: [
          'Take the poster with you',
          'Try to remember all the numbers',
          'Take a photo of the poster with your phone',
          'Forget it',
        ],
      },
      fr: {
        prompt:
          'À l’arrêt de bus, il y a une affiche avec des numéros de téléphone utiles. Vous n’avez pas de stylo. Que pouvez-vous faire ?',
        options: [
          'Prendre l’affiche avec vous',
          'Essayer de retenir tous les numéros',
          'Prendre l’affiche en photo avec votre téléphone',
          'L’oublier',
        ],
      },
      ar: {
        prompt: 'في موقف الحافلة ملصق عليه أرقام هواتف مفيدة. ليس معك قلم. ماذا يمكنك أن تفعل؟',
        options: [
          'آخذ الملصق معي',
          'أحاول أن أحفظ كل الأرقام',
          'ألتقط صورة للملصق بهاتفي',
          'أنساه',
        ],
      },
    },
  },
  {
    key: 'ps-language-practice-01',
    area: 'problem-solving',
    competence: '5.3',
    kind: 'single',
    irt: { a: 1.0, b: 0.0, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'You want to practise the language of your new country every day. Which idea uses your phone well?',
        options: [
          'Switch the phone off',
          'Watch videos only in your first language',
          'Use a language app, and set your phone to the new language',
          'Delete the keyboard',
        ],
      },
      fr: {
        prompt:
          'Vous voulez pratiquer la langue de votre nouveau pays chaque jour. Quelle idée utilise bien votre téléphone ?',
        options: [
          'Éteindre le téléphone',
          'Regarder des vidéos seulement dans votre langue',
          'Utiliser une application pour apprendre les langues, et mettre votre téléphone dans la nouvelle langue',
          'Supprimer le clavier',
        ],
      },
      ar: {
        prompt: 'تريد أن تتدرّب كل يوم على لغة بلدك الجديد. أي فكرة تستخدم هاتفك جيداً؟',
        options: [
          'أطفئ الهاتف',
          'أشاهد الفيديوهات بلغتي الأم فقط',
          'أستخدم تطبيقاً لتعلّم اللغات، وأضبط هاتفي على اللغة الجديدة',
          'أحذف لوحة المفاتيح',
        ],
      },
    },
  },
  {
    key: 'ps-offline-map-01',
    area: 'problem-solving',
    competence: '5.3',
    kind: 'single',
    irt: { a: 1.2, b: 1.7, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'You are going to a place with no mobile internet. How can you still use a map there?',
        options: [
          'Turn on airplane mode when you arrive',
          'Take the SIM card out',
          'You cannot: maps always need the internet',
          'Download the map for offline use before you go',
        ],
      },
      fr: {
        prompt:
          'Vous allez dans un endroit sans internet mobile. Comment pouvoir quand même utiliser une carte là-bas ?',
        options: [
          'Activer le mode avion en arrivant',
          'Enlever la carte SIM',
          'C’est impossible : les cartes ont toujours besoin d’internet',
          'Télécharger la carte pour l’utiliser hors connexion, avant de partir',
        ],
      },
      ar: {
        prompt: 'ستذهب إلى مكان لا يوجد فيه إنترنت جوّال. كيف تستطيع أن تستخدم الخريطة هناك؟',
        options: [
          'أفعّل وضع الطيران عندما أصل',
          'أُخرج شريحة الهاتف',
          'لا يمكن: الخرائط تحتاج دائماً إلى الإنترنت',
          'أنزّل الخريطة للاستخدام دون اتصال قبل أن أذهب',
        ],
      },
    },
  },
  {
    key: 'ps-apply-online-01',
    area: 'problem-solving',
    competence: '5.3',
    kind: 'ordering',
    irt: { a: 1.1, b: 1.2, provisional: true },
    answer: [2, 0, 4, 3, 1],
    translations: {
      en: {
        prompt: 'You apply for a job online. Put the steps in order.',
        options: [
          'Read what the employer asks for',
          'Write down the date, and ask for news if you hear nothing after some days',
          'Find a job offer that fits you',
          'Send your application on the website or by email',
          'Prepare your CV and a short letter for this job',
        ],
      },
      fr: {
        prompt: 'Vous postulez à un emploi en ligne. Mettez les étapes dans l’ordre.',
        options: [
          'Lire ce que l’employeur demande',
          'Noter la date, et demander des nouvelles si vous n’avez pas de réponse après quelques jours',
          'Trouver une offre d’emploi qui vous correspond',
          'Envoyer votre candidature sur le site ou par e-mail',
          'Préparer votre CV et une courte lettre pour ce poste',
        ],
      },
      ar: {
        prompt: 'تتقدّم لوظيفة عبر الإنترنت. رتّب الخطوات.',
        options: [
          'اقرأ ما يطلبه صاحب العمل',
          'سجّل التاريخ، واسأل عن الجديد إذا لم يصلك ردّ بعد بضعة أيام',
          'ابحث عن عرض عمل يناسبك',
          'أرسل طلبك عبر الموقع أو بالبريد الإلكتروني',
          'جهّز سيرتك الذاتية ورسالة قصيرة لهذه الوظيفة',
        ],
      },
    },
  },
  {
    key: 'ps-learn-course-01',
    area: 'problem-solving',
    competence: '5.4',
    kind: 'single',
    irt: { a: 1.0, b: -0.9, c: 0.15, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'You want to work in an office, but you have never used a computer. What is a good next step?',
        options: [
          'Join a free digital skills course, or ask a mentor',
          'Hide it from everyone',
          'Give up on this job',
          'Buy an expensive computer before you learn anything',
        ],
      },
      fr: {
        prompt:
          'Vous voulez travailler dans un bureau, mais vous n’avez jamais utilisé d’ordinateur. Quelle est une bonne prochaine étape ?',
        options: [
          'Suivre un cours gratuit sur le numérique, ou demander à un mentor',
          'Le cacher à tout le monde',
          'Abandonner ce travail',
          'Acheter un ordinateur cher avant d’apprendre',
        ],
      },
      ar: {
        prompt: 'تريد أن تعمل في مكتب، لكنك لم تستخدم حاسوباً أبداً. ما الخطوة التالية الجيدة؟',
        options: [
          'أشارك في دورة مجانية للمهارات الرقمية، أو أسأل مرشداً',
          'أخفي ذلك عن الجميع',
          'أتخلّى عن هذا العمل',
          'أشتري حاسوباً غالياً قبل أن أتعلم',
        ],
      },
    },
  },
  {
    key: 'ps-tutorial-01',
    area: 'problem-solving',
    competence: '5.4',
    kind: 'single',
    irt: { a: 1.0, b: 0.2, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'You do not know how to do something in a spreadsheet app. What is a good way to learn it by yourself?',
        options: [
          'Press keys at random until it works',
          'Delete the file',
          'Wait until someone does it for you',
          'Watch a short tutorial video or read the help pages',
        ],
      },
      fr: {
        prompt:
          'Vous ne savez pas faire quelque chose dans un tableur. Quelle est une bonne façon d’apprendre par vous-même ?',
        options: [
          'Appuyer sur des touches au hasard jusqu’à ce que ça marche',
          'Supprimer le fichier',
          'Attendre que quelqu’un le fasse pour vous',
          'Regarder une courte vidéo d’explication ou lire les pages d’aide',
        ],
      },
      ar: {
        prompt: 'لا تعرف كيف تفعل شيئاً في برنامج جداول البيانات. ما الطريقة الجيدة لتتعلمه بنفسك؟',
        options: [
          'أضغط على أزرار عشوائية حتى ينجح',
          'أحذف الملف',
          'أنتظر أن يفعله أحد عني',
          'أشاهد فيديو شرح قصيراً أو أقرأ صفحات المساعدة',
        ],
      },
    },
  },
  {
    key: 'ps-skills-employers-01',
    area: 'problem-solving',
    competence: '5.4',
    kind: 'multiple',
    irt: { a: 1.2, b: 1.0, provisional: true },
    answer: [1, 2, 4],
    translations: {
      en: {
        prompt:
          'You want to know which digital skills employers in your field ask for. What can you do? Choose all the right answers.',
        options: [
          'Guess, without looking',
          'Read several job offers in your field and note the skills they ask for',
          'Ask a mentor or a job coach',
          'Ask only people who do not work in this field',
          'Look at the skills listed on job websites for your field',
        ],
      },
      fr: {
        prompt:
          'Vous voulez savoir quelles compétences numériques les employeurs de votre métier demandent. Que pouvez-vous faire ? Choisissez toutes les bonnes réponses.',
        options: [
          'Deviner, sans regarder',
          'Lire plusieurs offres d’emploi de votre métier et noter les compétences demandées',
          'Demander à un mentor ou à un conseiller emploi',
          'Demander seulement à des gens qui ne travaillent pas dans ce métier',
          'Regarder les compétences indiquées sur les sites d’emploi pour votre métier',
        ],
      },
      ar: {
        prompt:
          'تريد أن تعرف ما المهارات الرقمية التي يطلبها أصحاب العمل في مجالك. ماذا يمكنك أن تفعل؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أخمّن دون أن أبحث',
          'أقرأ عدة عروض عمل في مجالي وأسجّل المهارات المطلوبة',
          'أسأل مرشداً أو مستشار توظيف',
          'أسأل فقط أشخاصاً لا يعملون في هذا المجال',
          'أنظر إلى المهارات المذكورة في مواقع الوظائف الخاصة بمجالي',
        ],
      },
    },
  },
  {
    key: 'ps-restart-phone-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'ordering',
    irt: { a: 1.3, b: -1.9, provisional: true },
    answer: [2, 0, 1, 3],
    translations: {
      en: {
        prompt:
          'Your phone is very slow and apps do not open. Put the steps in order to restart it.',
        options: [
          'Tap "Restart"',
          'Wait until the phone is on again',
          'Press and hold the power button',
          'Unlock it with your code',
        ],
      },
      fr: {
        prompt:
          'Votre téléphone est très lent et les applications ne s’ouvrent pas. Mettez les étapes dans l’ordre pour le redémarrer.',
        options: [
          'Appuyer sur « Redémarrer »',
          'Attendre que le téléphone se rallume',
          'Appuyer longtemps sur le bouton marche/arrêt',
          'Le déverrouiller avec votre code',
        ],
      },
      ar: {
        prompt: 'هاتفك بطيء جداً والتطبيقات لا تُفتح. رتّب الخطوات لإعادة تشغيله.',
        options: [
          'اضغط على «إعادة التشغيل»',
          'انتظر حتى يعمل الهاتف من جديد',
          'اضغط مطوّلاً على زر التشغيل',
          'افتح قفله برمزك',
        ],
      },
    },
  },
  {
    key: 'ps-no-internet-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'multiple',
    irt: { a: 1.5, b: -0.9, provisional: true },
    answer: [1, 2],
    translations: {
      en: {
        prompt:
          'Websites and apps do not load on your phone. What should you check? Choose all the right answers.',
        options: [
          'Is the sound loud enough?',
          'Is Wi-Fi or mobile data turned on?',
          'Is airplane mode turned off?',
          'Is the screen bright enough?',
          'Is the phone in the right language?',
        ],
      },
      fr: {
        prompt:
          'Les sites internet et les applications ne se chargent pas sur votre téléphone. Que faut-il vérifier ? Choisissez toutes les bonnes réponses.',
        options: [
          'Le son est-il assez fort ?',
          'Le Wi-Fi ou les données mobiles sont-ils activés ?',
          'Le mode avion est-il désactivé ?',
          'L’écran est-il assez lumineux ?',
          'Le téléphone est-il dans la bonne langue ?',
        ],
      },
      ar: {
        prompt:
          'المواقع والتطبيقات لا تُحمَّل على هاتفك. ماذا يجب أن تتحقق منه؟ اختر كل الإجابات الصحيحة.',
        options: [
          'هل الصوت مرتفع بما يكفي؟',
          'هل الواي فاي أو بيانات الهاتف مشغّلة؟',
          'هل وضع الطيران مُطفأ؟',
          'هل الشاشة مضيئة بما يكفي؟',
          'هل الهاتف باللغة الصحيحة؟',
        ],
      },
    },
  },
  {
    key: 'ps-calendar-reminder-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'ordering',
    irt: { a: 1.4, b: -1.1, provisional: true },
    answer: [2, 3, 0, 1],
    translations: {
      en: {
        prompt:
          'You have a doctor’s appointment on Friday at 09:00 and you do not want to forget it. Put the steps in order to add it to your phone’s calendar.',
        options: [
          'Write "Doctor" and choose Friday, 09:00',
          'Tap "Save"',
          'Open the Calendar app',
          'Tap the "+" button to add an event',
        ],
      },
      fr: {
        prompt:
          'Vous avez un rendez-vous chez le médecin vendredi à 09:00 et vous ne voulez pas l’oublier. Mettez les étapes dans l’ordre pour l’ajouter à l’agenda de votre téléphone.',
        options: [
          'Écrire « Médecin » et choisir vendredi, 09:00',
          'Appuyer sur « Enregistrer »',
          'Ouvrir l’application Agenda',
          'Appuyer sur le bouton « + » pour ajouter un événement',
        ],
      },
      ar: {
        prompt:
          'لديك موعد عند الطبيب يوم الجمعة الساعة 09:00 ولا تريد أن تنساه. رتّب الخطوات لتضيفه إلى تقويم هاتفك.',
        options: [
          'اكتب «الطبيب» واختر الجمعة، 09:00',
          'اضغط على «حفظ»',
          'افتح تطبيق التقويم',
          'اضغط على زر «+» لإضافة موعد',
        ],
      },
    },
  },
  {
    key: 'ps-video-interview-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'multiple',
    irt: { a: 1.4, b: 0.8, provisional: true },
    answer: [0, 1, 3],
    translations: {
      en: {
        prompt:
          'Tomorrow you have a job interview by video call. The employer sent you a link. What is good to do today? Choose all the right answers.',
        options: [
          'Open the link, and install the app it needs if there is one',
          'Test your camera and microphone',
          'Plan to turn on airplane mode, so that nobody calls you during the interview',
          'Check that the internet works well where you will sit',
          'Wait until the interview starts to open the link for the first time',
        ],
      },
      fr: {
        prompt:
          'Demain, vous avez un entretien d’embauche par appel vidéo. L’employeur vous a envoyé un lien. Qu’est-il bon de faire aujourd’hui ? Choisissez toutes les bonnes réponses.',
        options: [
          'Ouvrir le lien, et installer l’application demandée s’il y en a une',
          'Tester votre caméra et votre micro',
          'Prévoir d’activer le mode avion, pour que personne ne vous appelle pendant l’entretien',
          'Vérifier qu’internet marche bien là où vous serez assis',
          'Attendre le début de l’entretien pour ouvrir le lien pour la première fois',
        ],
      },
      ar: {
        prompt:
          'غداً لديك مقابلة عمل بمكالمة فيديو. أرسل لك صاحب العمل رابطاً. ما الجيد أن تفعله اليوم؟ اختر كل الإجابات الصحيحة.',
        options: [
          'افتح الرابط، وثبّت التطبيق الذي يحتاجه إن وُجد',
          'جرّب الكاميرا والميكروفون',
          'خطّط لتشغيل وضع الطيران حتى لا يتصل بك أحد أثناء المقابلة',
          'تأكّد أن الإنترنت يعمل جيداً في المكان الذي ستجلس فيه',
          'انتظر بداية المقابلة لتفتح الرابط أول مرة',
        ],
      },
    },
  },
  {
    key: 'ps-job-search-tools-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'multiple',
    irt: { a: 1.4, b: -2.0, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'You are looking for a job near where you live. Which apps or websites can help you? Choose all the right answers.',
        options: [
          'A job search app',
          'A weather app',
          'The website of the public employment office',
          'A game',
          'A calculator',
        ],
      },
      fr: {
        prompt:
          'Vous cherchez un travail près de chez vous. Quelles applications ou quels sites peuvent vous aider ? Choisissez toutes les bonnes réponses.',
        options: [
          'Une application de recherche d’emploi',
          'Une application météo',
          'Le site de l’agence publique pour l’emploi',
          'Un jeu',
          'Une calculatrice',
        ],
      },
      ar: {
        prompt:
          'تبحث عن عمل قريب من مكان سكنك. أيّ التطبيقات أو المواقع يمكن أن تساعدك؟ اختر كل الإجابات الصحيحة.',
        options: [
          'تطبيق للبحث عن عمل',
          'تطبيق الطقس',
          'موقع مكتب التوظيف الحكومي',
          'لعبة',
          'آلة حاسبة',
        ],
      },
    },
  },
  {
    key: 'ps-form-not-valid-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'multiple',
    irt: { a: 1.5, b: -0.2, provisional: true },
    answer: [0, 2, 3],
    translations: {
      en: {
        prompt:
          'You book an appointment at the town hall online. When you tap "Send", the form comes back with the message "Some fields are not valid". What should you do? Choose all the right answers.',
        options: [
          'Look for the fields marked in red and read the message under them',
          'Tap "Send" again and again until it works',
          'Fill in every field marked with a star (*)',
          'Write the date the way the form shows it, for example 05/03/1990',
          'Leave the form and wait for the town hall to call you',
        ],
      },
      fr: {
        prompt:
          'Vous prenez rendez-vous en ligne à la mairie. Quand vous appuyez sur « Envoyer », le formulaire revient avec le message « Certains champs ne sont pas valides ». Que faut-il faire ? Choisissez toutes les bonnes réponses.',
        options: [
          'Chercher les champs marqués en rouge et lire le message en dessous',
          'Appuyer sur « Envoyer » encore et encore jusqu’à ce que ça marche',
          'Remplir chaque champ marqué d’une étoile (*)',
          'Écrire la date comme le formulaire la montre, par exemple 05/03/1990',
          'Quitter le formulaire et attendre que la mairie vous appelle',
        ],
      },
      ar: {
        prompt:
          'تحجز موعداً في البلدية عبر الإنترنت. عندما تضغط على «إرسال»، تعود الاستمارة مع رسالة «بعض الحقول غير صالحة». ماذا يجب أن تفعل؟ اختر كل الإجابات الصحيحة.',
        options: [
          'ابحث عن الحقول المعلَّمة باللون الأحمر واقرأ الرسالة التي تحتها',
          'اضغط على «إرسال» مرة بعد مرة حتى ينجح الأمر',
          'املأ كل حقل عليه نجمة \u2066(*)\u2069',
          'اكتب التاريخ بالشكل الذي تُظهره الاستمارة، مثلاً \u206605/03/1990\u2069',
          'اترك الاستمارة وانتظر أن تتصل بك البلدية',
        ],
      },
    },
  },
  {
    key: 'ps-app-notifications-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'multiple',
    irt: { a: 1.5, b: 0.2, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'You use the app of the employment office, but you do not get its notifications, so you miss job offers. What should you check? Choose all the right answers.',
        options: [
          'Are notifications allowed for this app in the phone’s settings?',
          'Does the camera work?',
          'Is "Do not disturb" turned off?',
          'Is the screen bright enough?',
          'Does the battery saver stop the app when you are not using it?',
        ],
      },
      fr: {
        prompt:
          'Vous utilisez l’application de l’agence pour l’emploi, mais vous ne recevez pas ses notifications, et vous ratez des offres d’emploi. Que faut-il vérifier ? Choisissez toutes les bonnes réponses.',
        options: [
          'Les notifications sont-elles autorisées pour cette application dans les réglages du téléphone ?',
          'L’appareil photo marche-t-il ?',
          'Le mode « Ne pas déranger » est-il désactivé ?',
          'L’écran est-il assez lumineux ?',
          'L’économiseur de batterie arrête-t-il l’application quand vous ne l’utilisez pas ?',
        ],
      },
      ar: {
        prompt:
          'تستخدم تطبيق مكتب التوظيف، لكن لا تصلك إشعاراته، فتفوتك عروض العمل. ماذا يجب أن تتحقق منه؟ اختر كل الإجابات الصحيحة.',
        options: [
          'هل الإشعارات مسموحة لهذا التطبيق في إعدادات الهاتف؟',
          'هل الكاميرا تعمل؟',
          'هل وضع «عدم الإزعاج» مُطفأ؟',
          'هل الشاشة مضيئة بما يكفي؟',
          'هل يوقف وضع توفير البطارية التطبيقَ عندما لا تستخدمه؟',
        ],
      },
    },
  },
  {
    key: 'ps-share-link-01',
    area: 'problem-solving',
    competence: '5.3',
    kind: 'ordering',
    irt: { a: 1.4, b: 0.3, provisional: true },
    answer: [1, 3, 0, 2],
    translations: {
      en: {
        prompt:
          'You want to send an employer a video of your work. The file is too big for an email, so you share it with a link. Put the steps in order.',
        options: [
          'Copy the link',
          'Upload the video to your online storage (cloud)',
          'Paste the link into your email and send it',
          'Tap "Share" on the video and choose "Anyone with the link can view"',
        ],
      },
      fr: {
        prompt:
          'Vous voulez envoyer à un employeur une vidéo de votre travail. Le fichier est trop gros pour un e-mail, alors vous le partagez avec un lien. Mettez les étapes dans l’ordre.',
        options: [
          'Copier le lien',
          'Mettre la vidéo dans votre espace de stockage en ligne (cloud)',
          'Coller le lien dans votre e-mail et l’envoyer',
          'Appuyer sur « Partager » sur la vidéo et choisir « Toute personne disposant du lien peut voir »',
        ],
      },
      ar: {
        prompt:
          'تريد أن ترسل إلى صاحب عمل فيديو عن عملك. الملف أكبر من أن يُرسَل بالبريد الإلكتروني، لذلك تشاركه برابط. رتّب الخطوات.',
        options: [
          'انسخ الرابط',
          'ارفع الفيديو إلى مساحة التخزين الخاصة بك على الإنترنت (السحابة)',
          'الصق الرابط في رسالتك الإلكترونية وأرسلها',
          'اضغط على «مشاركة» على الفيديو واختر «يمكن لأي شخص لديه الرابط المشاهدة»',
        ],
      },
    },
  },
  {
    key: 'ps-phone-black-screen-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'multiple',
    irt: { a: 1.7, b: -2.2, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'Your phone does not turn on: the screen stays black. What can you try? Choose all the right answers.',
        options: [
          'Put it in water for a minute',
          'Connect it to the charger and wait a few minutes',
          'Hit it hard on the table',
          'Press and hold the power button for a few seconds',
        ],
      },
      fr: {
        prompt:
          'Votre téléphone ne s’allume pas : l’écran reste noir. Que pouvez-vous essayer ? Choisissez toutes les bonnes réponses.',
        options: [
          'Le mettre dans l’eau pendant une minute',
          'Le brancher au chargeur et attendre quelques minutes',
          'Le frapper fort contre la table',
          'Rester appuyé quelques secondes sur le bouton marche/arrêt',
        ],
      },
      ar: {
        prompt: 'هاتفك لا يعمل: الشاشة تبقى سوداء. ماذا يمكنك أن تجرّب؟ اختر كل الإجابات الصحيحة.',
        options: [
          'ضعه في الماء مدة دقيقة',
          'صِله بالشاحن وانتظر بضع دقائق',
          'اضربه بقوة على الطاولة',
          'اضغط مطوّلاً على زر التشغيل بضع ثوانٍ',
        ],
      },
    },
  },
  {
    key: 'ps-torch-keys-01',
    area: 'problem-solving',
    competence: '5.3',
    kind: 'ordering',
    irt: { a: 1.8, b: -2.0, provisional: true },
    answer: [1, 0, 3, 2],
    translations: {
      en: {
        prompt:
          'It is dark and you dropped your keys. Put the steps in order to find them with your phone’s torch (flashlight).',
        options: [
          'Tap the torch icon to turn on the light',
          'Swipe down from the top of the screen to open the quick settings',
          'Tap the torch icon again to turn off the light',
          'Look for your keys with the light',
        ],
      },
      fr: {
        prompt:
          'Il fait noir et vous avez fait tomber vos clés. Mettez les étapes dans l’ordre pour les retrouver avec la lampe torche de votre téléphone.',
        options: [
          'Appuyer sur l’icône de la lampe torche pour allumer la lumière',
          'Faire glisser le doigt du haut de l’écran vers le bas pour ouvrir les réglages rapides',
          'Appuyer à nouveau sur l’icône de la lampe torche pour éteindre la lumière',
          'Chercher vos clés avec la lumière',
        ],
      },
      ar: {
        prompt: 'المكان مظلم وسقطت منك مفاتيحك. رتّب الخطوات لتجدها بمصباح هاتفك.',
        options: [
          'اضغط على رمز المصباح لتشغيل الضوء',
          'اسحب إصبعك من أعلى الشاشة إلى الأسفل لتفتح الإعدادات السريعة',
          'اضغط على رمز المصباح مرة أخرى لإطفاء الضوء',
          'ابحث عن مفاتيحك بالضوء',
        ],
      },
    },
  },
  {
    key: 'ps-doctor-advice-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'multiple',
    irt: { a: 1.8, b: -1.8, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'At the doctor’s, you get a lot of advice and you are afraid you will forget it. Which phone tools can help you keep it? Choose all the right answers.',
        options: [
          'The Notes app, to write it down',
          'The calculator',
          'The voice recorder, if the doctor agrees',
          'The torch (flashlight)',
        ],
      },
      fr: {
        prompt:
          'Chez le médecin, vous recevez beaucoup de conseils et vous avez peur de les oublier. Quels outils du téléphone peuvent vous aider à les garder ? Choisissez toutes les bonnes réponses.',
        options: [
          'L’application Notes, pour les écrire',
          'La calculatrice',
          'L’enregistreur vocal, si le médecin est d’accord',
          'La lampe torche',
        ],
      },
      ar: {
        prompt:
          'عند الطبيب تسمع نصائح كثيرة وتخاف أن تنساها. ما أدوات الهاتف التي تساعدك على الاحتفاظ بها؟ اختر كل الإجابات الصحيحة.',
        options: [
          'تطبيق الملاحظات، لتكتبها فيه',
          'الآلة الحاسبة',
          'مسجّل الصوت، إذا وافق الطبيب',
          'المصباح',
        ],
      },
    },
  },
  {
    key: 'ps-call-abroad-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'multiple',
    irt: { a: 1.7, b: -1.2, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'Your family lives in another country. You want to talk with them often without paying a lot. What can you use? Choose all the right answers.',
        options: [
          'Calls and video calls in a chat app, over Wi-Fi',
          'Normal international calls, which your phone plan charges by the minute',
          'Voice messages in a chat app',
          'Airplane mode',
        ],
      },
      fr: {
        prompt:
          'Votre famille vit dans un autre pays. Vous voulez lui parler souvent sans payer cher. Que pouvez-vous utiliser ? Choisissez toutes les bonnes réponses.',
        options: [
          'Des appels et des appels vidéo dans une application de messagerie, en Wi-Fi',
          'Des appels internationaux normaux, que votre forfait fait payer à la minute',
          'Des messages vocaux dans une application de messagerie',
          'Le mode avion',
        ],
      },
      ar: {
        prompt:
          'تعيش عائلتك في بلد آخر. تريد أن تتحدث معها كثيراً دون أن تدفع كثيراً. ماذا يمكنك أن تستخدم؟ اختر كل الإجابات الصحيحة.',
        options: [
          'المكالمات الصوتية ومكالمات الفيديو في تطبيق دردشة، عبر الواي فاي',
          'المكالمات الدولية العادية التي تحسبها باقة هاتفك بالدقيقة',
          'الرسائل الصوتية في تطبيق دردشة',
          'وضع الطيران',
        ],
      },
    },
  },
  {
    key: 'ps-work-app-skills-01',
    area: 'problem-solving',
    competence: '5.4',
    kind: 'multiple',
    irt: { a: 1.8, b: -1.0, provisional: true },
    answer: [0, 3],
    translations: {
      en: {
        prompt:
          'Your new employer asks you to install an app on your phone and to enter your working hours in it every day. You will get a username and a password. Which skills do you need for this? Choose all the right answers.',
        options: [
          'Installing an app from the app store',
          'Editing a video',
          'Making a formula in a spreadsheet',
          'Logging in with a username and a password',
        ],
      },
      fr: {
        prompt:
          'Votre nouvel employeur vous demande d’installer une application sur votre téléphone et d’y noter vos heures de travail chaque jour. Vous recevrez un identifiant et un mot de passe. De quelles compétences avez-vous besoin pour cela ? Choisissez toutes les bonnes réponses.',
        options: [
          'Installer une application depuis le magasin d’applications',
          'Monter une vidéo',
          'Faire une formule dans un tableur',
          'Se connecter avec un identifiant et un mot de passe',
        ],
      },
      ar: {
        prompt:
          'يطلب منك صاحب العمل الجديد أن تثبّت تطبيقاً على هاتفك وأن تسجّل فيه ساعات عملك كل يوم. ستحصل على اسم مستخدم وكلمة مرور. ما المهارات التي تحتاجها لذلك؟ اختر كل الإجابات الصحيحة.',
        options: [
          'تثبيت تطبيق من متجر التطبيقات',
          'تحرير مقطع فيديو',
          'كتابة معادلة في جدول بيانات',
          'تسجيل الدخول باسم مستخدم وكلمة مرور',
        ],
      },
    },
  },
  {
    key: 'ps-call-microphone-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'multiple',
    irt: { a: 1.8, b: -0.8, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'During a video call, the other person says: "I can see you, but I cannot hear you." What should you check? Choose all the right answers.',
        options: [
          'Is your camera turned on?',
          'Is your microphone turned off in the call (a microphone with a line through it)?',
          'Is your screen bright enough?',
          'Is your finger or your phone case covering the microphone?',
        ],
      },
      fr: {
        prompt:
          'Pendant un appel vidéo, l’autre personne dit : « Je vous vois, mais je ne vous entends pas. » Que faut-il vérifier ? Choisissez toutes les bonnes réponses.',
        options: [
          'Votre caméra est-elle allumée ?',
          'Votre micro est-il coupé dans l’appel (un micro barré) ?',
          'Votre écran est-il assez lumineux ?',
          'Votre doigt ou la coque du téléphone cache-t-il le micro ?',
        ],
      },
      ar: {
        prompt:
          'أثناء مكالمة فيديو يقول لك الشخص الآخر: «أراك، لكني لا أسمعك.» ماذا يجب أن تتحقق منه؟ اختر كل الإجابات الصحيحة.',
        options: [
          'هل الكاميرا مشغّلة؟',
          'هل الميكروفون مكتوم في المكالمة (رمز ميكروفون عليه خط)؟',
          'هل الشاشة مضيئة بما يكفي؟',
          'هل يغطّي إصبعك أو غطاء الهاتف الميكروفون؟',
        ],
      },
    },
  },
  {
    key: 'ps-skills-self-check-01',
    area: 'problem-solving',
    competence: '5.4',
    kind: 'multiple',
    irt: { a: 1.7, b: -0.2, provisional: true },
    answer: [2, 4],
    translations: {
      en: {
        prompt:
          'You want to know which digital skills you already have and which ones you still need to learn. What helps? Choose all the right answers.',
        options: [
          'Count how many apps are on your phone',
          'Check how new your phone is',
          'Take a free online test of your digital skills',
          'Compare your phone with your friends’ phones',
          'Write down the tasks on your phone or computer that were hard for you this week',
        ],
      },
      fr: {
        prompt:
          'Vous voulez savoir quelles compétences numériques vous avez déjà et lesquelles vous devez encore apprendre. Qu’est-ce qui aide ? Choisissez toutes les bonnes réponses.',
        options: [
          'Compter les applications de votre téléphone',
          'Regarder si votre téléphone est récent',
          'Faire un test gratuit en ligne de vos compétences numériques',
          'Comparer votre téléphone avec ceux de vos amis',
          'Noter les tâches sur téléphone ou sur ordinateur qui ont été difficiles pour vous cette semaine',
        ],
      },
      ar: {
        prompt:
          'تريد أن تعرف ما المهارات الرقمية التي عندك وما المهارات التي ما زلت تحتاج إلى تعلّمها. ما الذي يساعدك؟ اختر كل الإجابات الصحيحة.',
        options: [
          'عُدّ التطبيقات الموجودة على هاتفك',
          'تحقّق مما إذا كان هاتفك حديثاً',
          'أجرِ اختباراً مجانياً لمهاراتك الرقمية على الإنترنت',
          'قارن هاتفك بهواتف أصدقائك',
          'دوّن المهام التي وجدتها صعبة هذا الأسبوع على الهاتف أو الحاسوب',
        ],
      },
    },
  },
  {
    key: 'ps-meeting-poll-01',
    area: 'problem-solving',
    competence: '5.3',
    kind: 'multiple',
    irt: { a: 1.8, b: 0.0, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'You and 8 other parents must choose a day for a meeting at the school. How can you quickly find the day that suits most people? Choose all the right answers.',
        options: [
          'Send a letter by post to each parent',
          'Make a poll in the parents’ group chat, with the possible days',
          'Post the question on your public social media page',
          'Use an online scheduling tool, where everyone ticks the days that suit them',
        ],
      },
      fr: {
        prompt:
          'Vous et 8 autres parents devez choisir un jour pour une réunion à l’école. Comment trouver vite le jour qui convient au plus grand nombre ? Choisissez toutes les bonnes réponses.',
        options: [
          'Envoyer une lettre par la poste à chaque parent',
          'Faire un sondage dans le groupe de discussion des parents, avec les jours possibles',
          'Poser la question sur votre page publique de réseau social',
          'Utiliser un outil de planification en ligne, où chacun coche les jours qui lui conviennent',
        ],
      },
      ar: {
        prompt:
          'عليك أن تتفق مع 8 أولياء أمور آخرين على يوم لاجتماع في المدرسة. كيف تعرف بسرعة اليوم الذي يناسب أكثرهم؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أرسل رسالة بالبريد العادي إلى كل ولي أمر',
          'أنشئ استطلاع رأي في مجموعة دردشة الأهل، فيه الأيام الممكنة',
          'اطرح السؤال على صفحتك العامة في وسائل التواصل الاجتماعي',
          'استخدم أداة مواعيد على الإنترنت، يختار فيها كل شخص الأيام التي تناسبه',
        ],
      },
    },
  },
  {
    key: 'ps-bluetooth-earphones-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'multiple',
    irt: { a: 1.8, b: 0.2, provisional: true },
    answer: [1, 2, 4],
    translations: {
      en: {
        prompt:
          'Your new wireless (Bluetooth) earphones do not connect to your phone. What should you check? Choose all the right answers.',
        options: [
          'Is the screen bright enough?',
          'Is Bluetooth turned on on the phone?',
          'Are the earphones charged and switched on?',
          'Is mobile data turned on?',
          'Did you choose the earphones in the phone’s list of Bluetooth devices?',
        ],
      },
      fr: {
        prompt:
          'Vos nouveaux écouteurs sans fil (Bluetooth) ne se connectent pas à votre téléphone. Que faut-il vérifier ? Choisissez toutes les bonnes réponses.',
        options: [
          'L’écran est-il assez lumineux ?',
          'Le Bluetooth est-il activé sur le téléphone ?',
          'Les écouteurs sont-ils chargés et allumés ?',
          'Les données mobiles sont-elles activées ?',
          'Avez-vous choisi les écouteurs dans la liste des appareils Bluetooth du téléphone ?',
        ],
      },
      ar: {
        prompt:
          'سمّاعات الأذن اللاسلكية (بلوتوث) الجديدة لا تتصل بهاتفك. ماذا يجب أن تتحقق منه؟ اختر كل الإجابات الصحيحة.',
        options: [
          'هل الشاشة مضيئة بما يكفي؟',
          'هل البلوتوث مشغّل في الهاتف؟',
          'هل السمّاعات مشحونة ومشغّلة؟',
          'هل بيانات الهاتف مشغّلة؟',
          'هل اخترت السمّاعات من قائمة أجهزة البلوتوث في الهاتف؟',
        ],
      },
    },
  },
  {
    key: 'ps-slow-laptop-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'multiple',
    irt: { a: 1.7, b: 0.8, provisional: true },
    answer: [0, 1, 3],
    translations: {
      en: {
        prompt: 'Your laptop has become very slow. What can help? Choose all the right answers.',
        options: [
          'Close the programs and browser tabs you are not using',
          'Restart the laptop',
          'Make the screen brighter',
          'If the disk is almost full, delete files and programs you no longer need',
          'Change the desktop picture (wallpaper)',
        ],
      },
      fr: {
        prompt:
          'Votre ordinateur portable est devenu très lent. Qu’est-ce qui peut aider ? Choisissez toutes les bonnes réponses.',
        options: [
          'Fermer les programmes et les onglets du navigateur que vous n’utilisez pas',
          'Redémarrer l’ordinateur',
          'Rendre l’écran plus lumineux',
          'Si le disque est presque plein, supprimer les fichiers et les programmes dont vous n’avez plus besoin',
          'Changer l’image du bureau (le fond d’écran)',
        ],
      },
      ar: {
        prompt: 'أصبح حاسوبك المحمول بطيئاً جداً. ما الذي يمكن أن يساعد؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أغلق البرامج وعلامات تبويب المتصفح التي لا تستخدمها',
          'أعد تشغيل الحاسوب',
          'اجعل الشاشة أكثر إضاءة',
          'إذا كان القرص ممتلئاً تقريباً، فاحذف الملفات والبرامج التي لم تعد تحتاجها',
          'غيّر صورة سطح المكتب (الخلفية)',
        ],
      },
    },
  },
  {
    key: 'ps-sign-pdf-01',
    area: 'problem-solving',
    competence: '5.2',
    kind: 'multiple',
    irt: { a: 1.8, b: 1.0, provisional: true },
    answer: [0, 2],
    translations: {
      en: {
        prompt:
          'An office sends you a form as a PDF file. It wants the form back by email, filled in and signed. You have no printer at home. What can work? Choose all the right answers.',
        options: [
          'Open the PDF in an app that lets you type in the form and add your signature',
          'Take a screenshot of the empty form and send it back',
          'Print it at a library, fill it in and sign it by hand, then scan it with your phone',
          'Write your answers in the text of an email, without the form',
        ],
      },
      fr: {
        prompt:
          'Un service vous envoie un formulaire en fichier PDF. Il veut le recevoir par e-mail, rempli et signé. Vous n’avez pas d’imprimante chez vous. Qu’est-ce qui peut marcher ? Choisissez toutes les bonnes réponses.',
        options: [
          'Ouvrir le PDF dans une application qui permet d’écrire dans le formulaire et d’ajouter votre signature',
          'Faire une capture d’écran du formulaire vide et la renvoyer',
          'L’imprimer dans une bibliothèque, le remplir et le signer à la main, puis le scanner avec votre téléphone',
          'Écrire vos réponses dans le texte d’un e-mail, sans le formulaire',
        ],
      },
      ar: {
        prompt:
          'ترسل إليك إحدى الإدارات استمارة في ملف PDF، وتريد أن تعيدها إليها بالبريد الإلكتروني مملوءة وموقّعة. ليس عندك طابعة في البيت. ما الذي يمكن أن ينجح؟ اختر كل الإجابات الصحيحة.',
        options: [
          'افتح ملف PDF في تطبيق يتيح لك الكتابة في الاستمارة وإضافة توقيعك',
          'التقط صورة لشاشة الاستمارة الفارغة وأرسلها',
          'اطبعها في مكتبة عامة، واملأها ووقّعها بيدك، ثم امسحها ضوئياً بهاتفك',
          'اكتب إجاباتك في نص رسالة البريد الإلكتروني، دون الاستمارة',
        ],
      },
    },
  },
  {
    key: 'ps-website-broken-01',
    area: 'problem-solving',
    competence: '5.1',
    kind: 'multiple',
    irt: { a: 1.9, b: 1.2, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'On your computer, the "Next" button of a form on a job website does nothing when you click it. Other websites work well, so your internet connection is fine. What is useful to try? Choose all the right answers.',
        options: [
          'Reload the page',
          'Restart your router (the internet box at home)',
          'Open the same page in another browser',
          'Make the screen brighter',
          'Clear the browser’s saved data (cache), then try again',
        ],
      },
      fr: {
        prompt:
          'Sur votre ordinateur, le bouton « Suivant » d’un formulaire sur un site d’emploi ne fait rien quand vous cliquez dessus. Les autres sites marchent bien : votre connexion internet fonctionne. Qu’est-il utile d’essayer ? Choisissez toutes les bonnes réponses.',
        options: [
          'Recharger la page',
          'Redémarrer la box internet (le routeur)',
          'Ouvrir la même page dans un autre navigateur',
          'Rendre l’écran plus lumineux',
          'Effacer les données enregistrées du navigateur (le cache), puis réessayer',
        ],
      },
      ar: {
        prompt:
          'على حاسوبك، زر «التالي» في استمارة على موقع للتوظيف لا يفعل شيئاً عندما تنقر عليه. المواقع الأخرى تعمل جيداً، أي أن اتصالك بالإنترنت سليم. ما الذي يفيد أن تجرّبه؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أعد تحميل الصفحة',
          'أعد تشغيل جهاز الإنترنت في البيت (الراوتر)',
          'افتح الصفحة نفسها في متصفح آخر',
          'اجعل الشاشة أكثر إضاءة',
          'امسح البيانات المحفوظة في المتصفح (الذاكرة المؤقتة)، ثم حاول مرة أخرى',
        ],
      },
    },
  },
];
