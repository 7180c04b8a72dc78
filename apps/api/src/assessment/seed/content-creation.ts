import type { SeedAssessmentItem } from './types';

/** Digital content creation (DigComp 3.1–3.4): photos, documents, reuse, first automation. */
export const CONTENT_CREATION_ITEMS: SeedAssessmentItem[] = [
  {
    key: 'content-take-photo-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'single',
    irt: { a: 1.0, b: -2.4, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'You want to take a photo of a paper document with your phone. Which app do you open?',
        options: ['The camera', 'The calculator', 'The clock', 'The phone (for calls)'],
      },
      fr: {
        prompt:
          'Vous voulez prendre en photo un document papier avec votre téléphone. Quelle application ouvrez-vous ?',
        options: [
          'L’appareil photo',
          'La calculatrice',
          'L’horloge',
          'Le téléphone (pour les appels)',
        ],
      },
      ar: {
        prompt: 'تريد أن تلتقط صورة لوثيقة ورقية بهاتفك. أي تطبيق تفتح؟',
        options: ['الكاميرا', 'الآلة الحاسبة', 'الساعة', 'الهاتف (للمكالمات)'],
      },
    },
  },
  {
    key: 'content-notes-app-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'single',
    irt: { a: 1.0, b: -1.9, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'You want to write a short shopping list on your phone. Which app is good for this?',
        options: ['The camera', 'The torch (flashlight)', 'The alarm clock', 'Notes'],
      },
      fr: {
        prompt:
          'Vous voulez écrire une petite liste de courses sur votre téléphone. Quelle application est bonne pour cela ?',
        options: ['L’appareil photo', 'La lampe torche', 'Le réveil', 'Notes (le bloc-notes)'],
      },
      ar: {
        prompt: 'تريد أن تكتب قائمة مشتريات قصيرة على هاتفك. أي تطبيق يصلح لذلك؟',
        options: ['الكاميرا', 'المصباح', 'المنبّه', 'الملاحظات'],
      },
    },
  },
  {
    key: 'content-keyboard-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'single',
    irt: { a: 1.1, b: -1.7, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'You want to write a message, but the keyboard does not appear. Where do you tap?',
        options: [
          'On the time at the top of the screen',
          'In the box where you write',
          'On the photo of the contact',
          'On the "back" button',
        ],
      },
      fr: {
        prompt: 'Vous voulez écrire un message, mais le clavier n’apparaît pas. Où appuyez-vous ?',
        options: [
          'Sur l’heure en haut de l’écran',
          'Dans la zone où l’on écrit',
          'Sur la photo du contact',
          'Sur le bouton « retour »',
        ],
      },
      ar: {
        prompt: 'تريد أن تكتب رسالة، لكن لوحة المفاتيح لا تظهر. أين تضغط؟',
        options: [
          'على الساعة في أعلى الشاشة',
          'في الخانة التي تكتب فيها',
          'على صورة جهة الاتصال',
          'على زر «رجوع»',
        ],
      },
    },
  },
  {
    key: 'content-emoji-key-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'single',
    irt: { a: 0.9, b: -1.6, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'You want to add a smiling face to your message. Which key do you tap on the keyboard?',
        options: [
          'The key with a smiling face',
          'The space bar',
          'The key that deletes',
          'The microphone key',
        ],
      },
      fr: {
        prompt:
          'Vous voulez ajouter un visage qui sourit à votre message. Sur quelle touche du clavier appuyez-vous ?',
        options: [
          'La touche avec un visage qui sourit',
          'La barre d’espace',
          'La touche pour effacer',
          'La touche du micro',
        ],
      },
      ar: {
        prompt: 'تريد أن تضيف وجهاً مبتسماً إلى رسالتك. على أي زر في لوحة المفاتيح تضغط؟',
        options: ['زر الوجه المبتسم', 'زر المسافة', 'زر الحذف', 'زر الميكروفون'],
      },
    },
  },
  {
    key: 'content-record-video-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'single',
    irt: { a: 1.0, b: -1.0, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'Your mentor asks you to record a short video to introduce yourself. In the camera app you choose "Video". What do you tap to start?',
        options: [
          'The flash icon',
          'The volume button, two times',
          'The big round button (often red)',
          'The lock button',
        ],
      },
      fr: {
        prompt:
          'Votre mentor vous demande d’enregistrer une petite vidéo pour vous présenter. Dans l’appareil photo, vous choisissez « Vidéo ». Sur quoi appuyez-vous pour commencer ?',
        options: [
          'L’icône du flash',
          'Le bouton du volume, deux fois',
          'Le grand bouton rond (souvent rouge)',
          'Le bouton de verrouillage',
        ],
      },
      ar: {
        prompt:
          'يطلب منك مرشدك أن تسجّل فيديو قصيراً تعرّف فيه بنفسك. في تطبيق الكاميرا تختار «فيديو». على ماذا تضغط لتبدأ؟',
        options: [
          'أيقونة الفلاش',
          'زر الصوت، مرتين',
          'الزر الدائري الكبير (غالباً أحمر)',
          'زر القفل',
        ],
      },
    },
  },
  {
    key: 'content-photo-tips-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'multiple',
    irt: { a: 1.1, b: -0.5, provisional: true },
    answer: [0, 1, 3],
    translations: {
      en: {
        prompt:
          'You take a photo of a form to send it. How do you make a clear photo that people can read? Choose all the right answers.',
        options: [
          'Use good light',
          'Hold the phone straight above the paper',
          'Cover part of the page with your fingers',
          'Check that the text is sharp, not blurry',
          'Take it in a dark room',
        ],
      },
      fr: {
        prompt:
          'Vous prenez en photo un formulaire pour l’envoyer. Comment faire une photo claire et facile à lire ? Choisissez toutes les bonnes réponses.',
        options: [
          'Avoir une bonne lumière',
          'Tenir le téléphone bien droit au-dessus de la feuille',
          'Cacher une partie de la page avec vos doigts',
          'Vérifier que le texte est net, pas flou',
          'La prendre dans une pièce sombre',
        ],
      },
      ar: {
        prompt:
          'تلتقط صورة لاستمارة لترسلها. كيف تجعل الصورة واضحة وسهلة القراءة؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أستخدم إضاءة جيدة',
          'أمسك الهاتف مستقيماً فوق الورقة',
          'أغطي جزءاً من الصفحة بأصابعي',
          'أتأكد أن الكتابة واضحة وغير مشوّشة',
          'ألتقطها في غرفة مظلمة',
        ],
      },
    },
  },
  {
    key: 'content-crop-tool-01',
    area: 'content-creation',
    competence: '3.2',
    kind: 'picture',
    image: 'content-crop-tool-01.svg',
    irt: { a: 1.2, b: 0.2, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt: 'You want to cut away the edges of this photo. Which tool do you use?',
        options: ['Number 1', 'Number 2', 'Number 3', 'Number 4'],
        alt: 'A photo of mountains and a sun. Under it, four tool buttons: 1 three dots joined by lines, 2 a round arrow, 3 two corner shapes that make a square frame, 4 a rubbish bin.',
      },
      fr: {
        prompt: 'Vous voulez couper les bords de cette photo. Quel outil utilisez-vous ?',
        options: ['Numéro 1', 'Numéro 2', 'Numéro 3', 'Numéro 4'],
        alt: 'Une photo de montagnes et d’un soleil. En dessous, quatre boutons d’outils : 1 trois points reliés par des traits, 2 une flèche en rond, 3 deux coins qui forment un cadre carré, 4 une poubelle.',
      },
      ar: {
        prompt: 'تريد أن تقصّ أطراف هذه الصورة. أي أداة تستخدم؟',
        options: ['رقم 1', 'رقم 2', 'رقم 3', 'رقم 4'],
        alt: 'صورة لجبال وشمس. تحتها أربعة أزرار أدوات: 1 ثلاث نقاط متصلة بخطوط، 2 سهم دائري، 3 زاويتان تشكّلان إطاراً مربعاً، 4 سلة مهملات.',
      },
    },
  },
  {
    key: 'content-slide-readable-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'picture',
    image: 'content-slide-readable-01.svg',
    irt: { a: 1.1, b: 0.3, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'You make a slide for a short talk. Which slide is the easiest to read?',
        options: ['Slide 1', 'Slide 2', 'Slide 3'],
        alt: 'Three slides. Slide 1: many lines of very small text that fill the whole slide. Slide 2: a big dark title, three short lines in big dark letters, and a picture. Slide 3: a title and four lines in pale yellow on a white background.',
      },
      fr: {
        prompt:
          'Vous préparez une diapositive pour un petit exposé. Quelle diapositive est la plus facile à lire ?',
        options: ['Diapositive 1', 'Diapositive 2', 'Diapositive 3'],
        alt: 'Trois diapositives. Diapositive 1 : beaucoup de lignes de texte très petit, sur toute la diapositive. Diapositive 2 : un grand titre foncé, trois lignes courtes en grandes lettres foncées, et une image. Diapositive 3 : un titre et quatre lignes en jaune pâle sur un fond blanc.',
      },
      ar: {
        prompt: 'تُعدّ شريحة لعرض قصير. أي شريحة هي الأسهل في القراءة؟',
        options: ['الشريحة 1', 'الشريحة 2', 'الشريحة 3'],
        alt: 'ثلاث شرائح. الشريحة 1: أسطر كثيرة بخط صغير جداً تملأ الشريحة كلها. الشريحة 2: عنوان كبير داكن، وثلاثة أسطر قصيرة بحروف كبيرة داكنة، وصورة. الشريحة 3: عنوان وأربعة أسطر بلون أصفر فاتح على خلفية بيضاء.',
      },
    },
  },
  {
    key: 'content-spell-check-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'single',
    irt: { a: 1.0, b: 0.2, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt:
          'Your phone draws a red wavy line under a word you typed. What does it usually mean?',
        options: [
          'The word may be spelled wrong',
          'The message was sent',
          'The word is very important',
          'The battery is low',
        ],
      },
      fr: {
        prompt:
          'Votre téléphone dessine une ligne rouge en vagues sous un mot que vous avez écrit. Qu’est-ce que cela veut dire en général ?',
        options: [
          'Le mot a peut-être une faute',
          'Le message est envoyé',
          'Le mot est très important',
          'La batterie est faible',
        ],
      },
      ar: {
        prompt: 'يرسم هاتفك خطاً أحمر متموّجاً تحت كلمة كتبتها. ماذا يعني ذلك عادةً؟',
        options: [
          'قد يكون في الكلمة خطأ إملائي',
          'أُرسلت الرسالة',
          'الكلمة مهمة جداً',
          'البطارية ضعيفة',
        ],
      },
    },
  },
  {
    key: 'content-keyboard-languages-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'single',
    irt: { a: 1.0, b: -0.2, c: 0.15, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'You want to write in your first language and in the language of your new country, on the same phone. What can you do?',
        options: [
          'Buy a second phone',
          'Add both languages to the keyboard and switch between them (often with the globe key)',
          'Write only with emojis',
          'Nothing: a phone has only one language',
        ],
      },
      fr: {
        prompt:
          'Vous voulez écrire dans votre langue et dans la langue de votre nouveau pays, sur le même téléphone. Que pouvez-vous faire ?',
        options: [
          'Acheter un deuxième téléphone',
          'Ajouter les deux langues au clavier et passer de l’une à l’autre (souvent avec la touche globe)',
          'Écrire seulement avec des émojis',
          'Rien : un téléphone a une seule langue',
        ],
      },
      ar: {
        prompt: 'تريد أن تكتب بلغتك الأم وبلغة بلدك الجديد، على الهاتف نفسه. ماذا يمكنك أن تفعل؟',
        options: [
          'أشتري هاتفاً ثانياً',
          'أضيف اللغتين إلى لوحة المفاتيح وأنتقل بينهما (غالباً بزر الكرة الأرضية)',
          'أكتب بالرموز التعبيرية فقط',
          'لا شيء: في الهاتف لغة واحدة فقط',
        ],
      },
    },
  },
  {
    key: 'content-letter-pdf-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'ordering',
    irt: { a: 1.0, b: 0.8, provisional: true },
    answer: [3, 0, 2, 1],
    translations: {
      en: {
        prompt:
          'You want to write a letter on your phone and send it as a PDF file. Put the steps in order.',
        options: [
          'Write the letter',
          'Attach the PDF to an email and send it',
          'Save it as a PDF file',
          'Open an app for writing texts (a word processor)',
        ],
      },
      fr: {
        prompt:
          'Vous voulez écrire une lettre sur votre téléphone et l’envoyer en fichier PDF. Mettez les étapes dans l’ordre.',
        options: [
          'Écrire la lettre',
          'Joindre le PDF à un e-mail et l’envoyer',
          'L’enregistrer en fichier PDF',
          'Ouvrir une application pour écrire des textes (traitement de texte)',
        ],
      },
      ar: {
        prompt: 'تريد أن تكتب رسالة على هاتفك وترسلها كملف PDF. رتّب الخطوات.',
        options: [
          'اكتب الرسالة',
          'أرفق ملف PDF برسالة بريد إلكتروني وأرسلها',
          'احفظها كملف PDF',
          'افتح تطبيقاً لكتابة النصوص',
        ],
      },
    },
  },
  {
    key: 'content-copy-paste-01',
    area: 'content-creation',
    competence: '3.2',
    kind: 'ordering',
    irt: { a: 1.1, b: 0.4, provisional: true },
    answer: [1, 3, 0, 2],
    translations: {
      en: {
        prompt:
          'You want to copy your address from a message into an online form. Put the steps in order.',
        options: [
          'Go to the form, then press and hold in the empty field',
          'Press and hold on your address in the message',
          'Tap "Paste"',
          'Tap "Copy"',
        ],
      },
      fr: {
        prompt:
          'Vous voulez copier votre adresse d’un message vers un formulaire en ligne. Mettez les étapes dans l’ordre.',
        options: [
          'Aller dans le formulaire, puis garder le doigt appuyé dans le champ vide',
          'Garder le doigt appuyé sur votre adresse dans le message',
          'Appuyer sur « Coller »',
          'Appuyer sur « Copier »',
        ],
      },
      ar: {
        prompt: 'تريد أن تنسخ عنوانك من رسالة إلى استمارة على الإنترنت. رتّب الخطوات.',
        options: [
          'اذهب إلى الاستمارة، ثم اضغط مطوّلاً في الخانة الفارغة',
          'اضغط مطوّلاً على عنوانك في الرسالة',
          'اضغط «لصق»',
          'اضغط «نسخ»',
        ],
      },
    },
  },
  {
    key: 'content-combine-pages-01',
    area: 'content-creation',
    competence: '3.2',
    kind: 'single',
    irt: { a: 1.2, b: 1.3, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'You have three photos of the three pages of a form. The office wants only ONE file. What do you do?',
        options: [
          'Send the three photos in three separate emails',
          'Send only the first page',
          'Take a photo of the three photos together',
          'Put the three pages into one PDF file (for example with a scanner app)',
        ],
      },
      fr: {
        prompt:
          'Vous avez trois photos des trois pages d’un formulaire. L’administration veut UN seul fichier. Que faites-vous ?',
        options: [
          'Envoyer les trois photos dans trois e-mails séparés',
          'Envoyer seulement la première page',
          'Prendre une photo des trois photos ensemble',
          'Mettre les trois pages dans un seul fichier PDF (par exemple avec une application de scan)',
        ],
      },
      ar: {
        prompt:
          'عندك ثلاث صور لصفحات استمارة من ثلاث صفحات. تريد الإدارة ملفاً واحداً فقط. ماذا تفعل؟',
        options: [
          'أرسل الصور الثلاث في ثلاث رسائل منفصلة',
          'أرسل الصفحة الأولى فقط',
          'ألتقط صورة للصور الثلاث معاً',
          'أضع الصفحات الثلاث في ملف PDF واحد (مثلاً بتطبيق مسح ضوئي)',
        ],
      },
    },
  },
  {
    key: 'content-resize-photo-01',
    area: 'content-creation',
    competence: '3.2',
    kind: 'single',
    irt: { a: 1.2, b: 1.6, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt: 'A website accepts photos up to 2 MB. Your photo is 6 MB. What can you do?',
        options: [
          'Make the photo smaller (resize or compress it), then upload it',
          'Change the name of the file',
          'Upload the same file again and again',
          'Add more colours to the photo',
        ],
      },
      fr: {
        prompt:
          'Un site accepte les photos jusqu’à 2 Mo. Votre photo fait 6 Mo. Que pouvez-vous faire ?',
        options: [
          'Rendre la photo plus légère (la réduire ou la compresser), puis l’envoyer',
          'Changer le nom du fichier',
          'Envoyer le même fichier encore et encore',
          'Ajouter des couleurs à la photo',
        ],
      },
      ar: {
        prompt:
          'موقع إلكتروني يقبل الصور حتى 2 ميغابايت. حجم صورتك 6 ميغابايت. ماذا يمكنك أن تفعل؟',
        options: [
          'أصغّر حجم الصورة (أقلّل أبعادها أو أضغطها) ثم أرفعها',
          'أغيّر اسم الملف',
          'أرفع الملف نفسه مرة بعد مرة',
          'أضيف ألواناً أكثر إلى الصورة',
        ],
      },
    },
  },
  {
    key: 'content-pdf-why-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'single',
    irt: { a: 1.1, b: 1.5, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'An employer asks for your CV "as a PDF". Why do many employers ask for PDF?',
        options: [
          'It is a kind of photo',
          'It looks the same on every device and is not easy to change by mistake',
          'It can only be opened on a phone',
          'It is a kind of music file',
        ],
      },
      fr: {
        prompt:
          'Un employeur demande votre CV « en PDF ». Pourquoi beaucoup d’employeurs demandent-ils un PDF ?',
        options: [
          'C’est une sorte de photo',
          'Il s’affiche pareil sur tous les appareils, et on ne le change pas facilement par erreur',
          'On ne peut l’ouvrir que sur un téléphone',
          'C’est une sorte de fichier de musique',
        ],
      },
      ar: {
        prompt: 'يطلب صاحب عمل سيرتك الذاتية «بصيغة PDF». لماذا يطلب كثير من أصحاب العمل ملف PDF؟',
        options: [
          'إنه نوع من الصور',
          'يظهر بالشكل نفسه على كل الأجهزة، ولا يتغيّر بسهولة عن طريق الخطأ',
          'لا يُفتح إلا على الهاتف',
          'إنه نوع من ملفات الموسيقى',
        ],
      },
    },
  },
  {
    key: 'content-formula-total-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'single',
    irt: { a: 1.3, b: 2.0, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt:
          'You make a table of your working hours in a spreadsheet. You want the total to change by itself when you change a number. What do you use?',
        options: [
          'A bigger font',
          'A new sheet for each change',
          'A photo of the table',
          'A formula (for example SUM) in place of a total typed by hand',
        ],
      },
      fr: {
        prompt:
          'Vous faites un tableau de vos heures de travail dans un tableur. Vous voulez que le total change tout seul quand vous changez un nombre. Qu’utilisez-vous ?',
        options: [
          'Une police plus grande',
          'Une nouvelle feuille à chaque changement',
          'Une photo du tableau',
          'Une formule (par exemple SOMME) à la place d’un total écrit à la main',
        ],
      },
      ar: {
        prompt:
          'تعمل جدولاً لساعات عملك في برنامج جداول بيانات. تريد أن يتغيّر المجموع وحده عندما تغيّر رقماً. ماذا تستخدم؟',
        options: [
          'خطاً أكبر',
          'ورقة جديدة لكل تغيير',
          'صورة للجدول',
          'معادلة (مثلاً SUM) بدل مجموع مكتوب باليد',
        ],
      },
    },
  },
  {
    key: 'content-licence-cc-01',
    area: 'content-creation',
    competence: '3.3',
    kind: 'picture',
    image: 'content-licence-cc-01.svg',
    irt: { a: 1.3, b: 1.7, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'Some pictures on the internet carry a sign that says how you may use them. Which sign means: you may use the picture again if you give the name of its author?',
        options: ['Number 1', 'Number 2', 'Number 3', 'Number 4'],
        alt: 'Four signs with numbers: 1 a letter C in a circle, 2 two small letters c in a circle, next to a person in a circle, 3 a red heart, 4 an arrow pointing down to a line.',
      },
      fr: {
        prompt:
          'Certaines images sur internet ont un signe qui dit comment on peut les utiliser. Quel signe veut dire : vous pouvez réutiliser l’image si vous donnez le nom de son auteur ?',
        options: ['Numéro 1', 'Numéro 2', 'Numéro 3', 'Numéro 4'],
        alt: 'Quatre signes avec des numéros : 1 une lettre C dans un rond, 2 deux petites lettres c dans un rond, à côté d’une personne dans un rond, 3 un cœur rouge, 4 une flèche vers le bas au-dessus d’un trait.',
      },
      ar: {
        prompt:
          'بعض الصور على الإنترنت عليها علامة تقول كيف يمكنك استخدامها. أي علامة تعني: يمكنك أن تستخدم الصورة من جديد إذا ذكرت اسم صاحبها؟',
        options: ['رقم 1', 'رقم 2', 'رقم 3', 'رقم 4'],
        alt: 'أربع علامات مرقّمة: 1 حرف C داخل دائرة، 2 حرفا c صغيران داخل دائرة، بجانب شخص داخل دائرة، 3 قلب أحمر، 4 سهم يشير إلى الأسفل فوق خط.',
      },
    },
  },
  {
    key: 'content-copyright-photo-01',
    area: 'content-creation',
    competence: '3.3',
    kind: 'single',
    irt: { a: 1.2, b: 1.1, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'You find a nice photo on a website. You want to use it on a flyer for your small business. Can you?',
        options: [
          'Yes: everything on the internet is free',
          'Yes, if you make it smaller',
          'Only if its licence allows it or the owner says yes',
          'Yes, if you change the colours',
        ],
      },
      fr: {
        prompt:
          'Vous trouvez une belle photo sur un site. Vous voulez l’utiliser sur un flyer (une petite affiche) pour votre petite entreprise. Est-ce possible ?',
        options: [
          'Oui : tout sur internet est gratuit',
          'Oui, si vous la rendez plus petite',
          'Seulement si sa licence le permet ou si son propriétaire est d’accord',
          'Oui, si vous changez les couleurs',
        ],
      },
      ar: {
        prompt:
          'وجدت صورة جميلة على موقع إلكتروني. تريد أن تستخدمها في إعلان ورقي لمشروعك الصغير. هل يجوز ذلك؟',
        options: [
          'نعم: كل ما على الإنترنت مجاني',
          'نعم، إذا صغّرتها',
          'فقط إذا سمحت رخصتها بذلك أو وافق صاحبها',
          'نعم، إذا غيّرت الألوان',
        ],
      },
    },
  },
  {
    key: 'content-own-photo-01',
    area: 'content-creation',
    competence: '3.3',
    kind: 'single',
    irt: { a: 1.0, b: 0.6, c: 0.2, provisional: true },
    answer: [3],
    translations: {
      en: {
        prompt: 'You took a photo yourself. Who has the rights to this photo (the copyright)?',
        options: ['The phone company', 'The internet', 'Nobody', 'You'],
      },
      fr: {
        prompt:
          'Vous avez pris une photo vous-même. Qui a les droits sur cette photo (le droit d’auteur) ?',
        options: ['La marque du téléphone', 'Internet', 'Personne', 'Vous'],
      },
      ar: {
        prompt: 'التقطت صورة بنفسك. من يملك حقوق هذه الصورة (حق المؤلف)؟',
        options: ['شركة الهاتف', 'الإنترنت', 'لا أحد', 'أنت'],
      },
    },
  },
  {
    key: 'content-cite-source-01',
    area: 'content-creation',
    competence: '3.3',
    kind: 'single',
    irt: { a: 1.1, b: 1.0, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt: 'You use a sentence from a website in your presentation. What is correct?',
        options: [
          'Say that it is your own text',
          'Put it in quotation marks and give the source',
          'Change one word: then it is yours',
          'Nothing: websites have no authors',
        ],
      },
      fr: {
        prompt:
          'Vous utilisez une phrase d’un site internet dans votre présentation. Qu’est-ce qui est correct ?',
        options: [
          'Dire que c’est votre texte',
          'La mettre entre guillemets et donner la source',
          'Changer un mot : alors elle est à vous',
          'Rien : les sites n’ont pas d’auteur',
        ],
      },
      ar: {
        prompt: 'تستخدم جملة من موقع إلكتروني في عرضك. ما الصحيح؟',
        options: [
          'أقول إنها من كتابتي',
          'أضعها بين علامتَي تنصيص وأذكر المصدر',
          'أغيّر كلمة واحدة فتصبح لي',
          'لا شيء: المواقع ليس لها كتّاب',
        ],
      },
    },
  },
  {
    key: 'content-program-idea-01',
    area: 'content-creation',
    competence: '3.4',
    kind: 'single',
    irt: { a: 1.1, b: 0.8, c: 0.2, provisional: true },
    answer: [0],
    translations: {
      en: {
        prompt: 'What is a computer program?',
        options: [
          'A list of instructions that a computer follows',
          'A kind of screen',
          'A cable for the internet',
          'A photo saved on the computer',
        ],
      },
      fr: {
        prompt: 'Qu’est-ce qu’un programme informatique ?',
        options: [
          'Une liste d’instructions que l’ordinateur suit',
          'Une sorte d’écran',
          'Un câble pour internet',
          'Une photo enregistrée dans l’ordinateur',
        ],
      },
      ar: {
        prompt: 'ما هو برنامج الحاسوب؟',
        options: [
          'قائمة تعليمات ينفّذها الحاسوب',
          'نوع من الشاشات',
          'كابل للإنترنت',
          'صورة محفوظة في الحاسوب',
        ],
      },
    },
  },
  {
    key: 'content-alarm-repeat-01',
    area: 'content-creation',
    competence: '3.4',
    kind: 'single',
    irt: { a: 1.0, b: -0.4, c: 0.2, provisional: true },
    answer: [2],
    translations: {
      en: {
        prompt:
          'You work on Monday, Tuesday and Wednesday. You set an alarm for 6:00 on your phone. Which setting makes it ring only on your work days?',
        options: [
          'Repeat: every day',
          'Repeat: never',
          'Repeat: Monday, Tuesday, Wednesday',
          'Repeat: Thursday, Friday',
        ],
      },
      fr: {
        prompt:
          'Vous travaillez le lundi, le mardi et le mercredi. Vous mettez une alarme à 6:00 sur votre téléphone. Quel réglage la fait sonner seulement les jours de travail ?',
        options: [
          'Répéter : tous les jours',
          'Répéter : jamais',
          'Répéter : lundi, mardi, mercredi',
          'Répéter : jeudi, vendredi',
        ],
      },
      ar: {
        prompt:
          'تعمل أيام الاثنين والثلاثاء والأربعاء. تضبط منبّهاً على هاتفك الساعة 6:00. أي إعداد يجعله يرنّ في أيام عملك فقط؟',
        options: [
          'تكرار: كل يوم',
          'تكرار: أبداً',
          'تكرار: الاثنين، الثلاثاء، الأربعاء',
          'تكرار: الخميس، الجمعة',
        ],
      },
    },
  },
  {
    key: 'content-email-rule-01',
    area: 'content-creation',
    competence: '3.4',
    kind: 'single',
    irt: { a: 1.2, b: 2.2, c: 0.2, provisional: true },
    answer: [1],
    translations: {
      en: {
        prompt:
          'You want your email app to move every email from the job centre into a folder by itself. What do you create?',
        options: [
          'A new password',
          'A rule (also called a filter)',
          'A new email address',
          'A photo for your contact',
        ],
      },
      fr: {
        prompt:
          'Vous voulez que votre application e-mail range toute seule chaque e-mail de l’agence pour l’emploi dans un dossier. Que créez-vous ?',
        options: [
          'Un nouveau mot de passe',
          'Une règle (on dit aussi un filtre)',
          'Une nouvelle adresse e-mail',
          'Une photo pour votre contact',
        ],
      },
      ar: {
        prompt: 'تريد أن ينقل تطبيق البريد تلقائياً كل رسالة من مكتب التشغيل إلى مجلد. ماذا تنشئ؟',
        options: [
          'كلمة مرور جديدة',
          'قاعدة (تُسمّى أيضاً مرشِّحاً)',
          'عنوان بريد إلكتروني جديد',
          'صورة لجهة الاتصال',
        ],
      },
    },
  },
  {
    key: 'content-notes-list-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'ordering',
    irt: { a: 1.3, b: -1.3, provisional: true },
    answer: [1, 3, 0, 2],
    translations: {
      en: {
        prompt: 'Put the steps in order to write a shopping list in the Notes app.',
        options: [
          'Write the things to buy, one on each line',
          'Open the Notes app',
          'Tap "Done": the note is saved',
          'Tap the button to make a new note',
        ],
      },
      fr: {
        prompt:
          'Mettez les étapes dans l’ordre pour écrire une liste de courses dans l’application Notes.',
        options: [
          'Écrire les choses à acheter, une par ligne',
          'Ouvrir l’application Notes',
          'Appuyer sur « OK » : la note est enregistrée',
          'Appuyer sur le bouton pour créer une nouvelle note',
        ],
      },
      ar: {
        prompt: 'رتّب الخطوات لتكتب قائمة مشتريات في تطبيق الملاحظات.',
        options: [
          'اكتب الأشياء التي ستشتريها، كل شيء في سطر',
          'افتح تطبيق الملاحظات',
          'اضغط على «تم»: تُحفظ الملاحظة',
          'اضغط على الزر لإنشاء ملاحظة جديدة',
        ],
      },
    },
  },
  {
    key: 'content-edit-photo-01',
    area: 'content-creation',
    competence: '3.2',
    kind: 'multiple',
    irt: { a: 1.4, b: -0.9, provisional: true },
    answer: [0, 1, 3],
    translations: {
      en: {
        prompt:
          'You want to change a photo before you send it. What can you usually do in your phone’s photo app? Choose all the right answers.',
        options: [
          'Cut off the edges (crop)',
          'Turn it the right way up (rotate)',
          'Change the phone’s ringtone',
          'Make it brighter',
          'See who has looked at the photo',
        ],
      },
      fr: {
        prompt:
          'Vous voulez modifier une photo avant de l’envoyer. Que pouvez-vous faire, en général, dans l’application Photos de votre téléphone ? Choisissez toutes les bonnes réponses.',
        options: [
          'Couper les bords (recadrer)',
          'La tourner dans le bon sens (pivoter)',
          'Changer la sonnerie du téléphone',
          'La rendre plus lumineuse',
          'Voir qui a regardé la photo',
        ],
      },
      ar: {
        prompt:
          'تريد أن تعدّل صورة قبل أن ترسلها. ماذا يمكنك عادةً أن تفعل في تطبيق الصور في هاتفك؟ اختر كل الإجابات الصحيحة.',
        options: [
          'قصّ أطرافها (اقتصاص)',
          'تدويرها إلى الاتجاه الصحيح',
          'تغيير نغمة رنين الهاتف',
          'جعلها أكثر إضاءة',
          'معرفة من شاهد الصورة',
        ],
      },
    },
  },
  {
    key: 'content-sell-ad-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'multiple',
    irt: { a: 1.4, b: -1.0, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'You want to sell your old bicycle on a website for second-hand things. What should your ad have? Choose all the right answers.',
        options: [
          'A clear photo of your bicycle',
          'Your passport number',
          'The price',
          'A photo of a new bicycle from a shop’s website',
          'A short description: size, colour, condition',
        ],
      },
      fr: {
        prompt:
          'Vous voulez vendre votre vieux vélo sur un site de petites annonces d’occasion. Que doit contenir votre annonce ? Choisissez toutes les bonnes réponses.',
        options: [
          'Une photo nette de votre vélo',
          'Votre numéro de passeport',
          'Le prix',
          'La photo d’un vélo neuf prise sur le site d’un magasin',
          'Une courte description : taille, couleur, état',
        ],
      },
      ar: {
        prompt:
          'تريد أن تبيع درّاجتك القديمة على موقع للأغراض المستعملة. ماذا يجب أن يحتوي إعلانك؟ اختر كل الإجابات الصحيحة.',
        options: [
          'صورة واضحة لدرّاجتك',
          'رقم جواز سفرك',
          'السعر',
          'صورة درّاجة جديدة من موقع متجر',
          'وصف قصير: الحجم واللون والحالة',
        ],
      },
    },
  },
  {
    key: 'content-cv-layout-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'multiple',
    irt: { a: 1.4, b: 0.9, provisional: true },
    answer: [0, 2, 4],
    translations: {
      en: {
        prompt:
          'You write your CV in a writing program (a word processor). What makes it easier to read? Choose all the right answers.',
        options: [
          'A heading in bold for each part, like "Experience" and "Languages"',
          'Many different fonts and colours',
          'The same simple font everywhere',
          'All the text in one long paragraph',
          'Short lists, with a dot at the start of each line',
        ],
      },
      fr: {
        prompt:
          'Vous écrivez votre CV dans un logiciel de traitement de texte. Qu’est-ce qui le rend plus facile à lire ? Choisissez toutes les bonnes réponses.',
        options: [
          'Un titre en gras pour chaque partie, comme « Expérience » et « Langues »',
          'Beaucoup de polices et de couleurs différentes',
          'La même police simple partout',
          'Tout le texte en un seul long paragraphe',
          'Des listes courtes, avec un point au début de chaque ligne',
        ],
      },
      ar: {
        prompt:
          'تكتب سيرتك الذاتية في برنامج لكتابة النصوص. ما الذي يجعلها أسهل في القراءة؟ اختر كل الإجابات الصحيحة.',
        options: [
          'عنوان بخط عريض لكل قسم، مثل «الخبرة» و«اللغات»',
          'خطوط وألوان كثيرة مختلفة',
          'الخط البسيط نفسه في كل مكان',
          'كل النص في فقرة واحدة طويلة',
          'قوائم قصيرة، بنقطة في بداية كل سطر',
        ],
      },
    },
  },
  {
    key: 'content-fix-typo-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'multiple',
    irt: { a: 1.8, b: -1.2, provisional: true },
    answer: [0, 3],
    translations: {
      en: {
        prompt:
          'You are writing a message and you typed a word wrong. How can you correct it before you send the message? Choose all the right answers.',
        options: [
          'Tap the delete key (⌫) and type the word again',
          'Press the volume button',
          'Tap the camera button',
          'Tap the right word in the suggestions above the keyboard',
          'Close the chat app',
        ],
      },
      fr: {
        prompt:
          'Vous écrivez un message et vous avez mal tapé un mot. Comment le corriger avant d’envoyer le message ? Choisissez toutes les bonnes réponses.',
        options: [
          'Appuyer sur la touche pour effacer (⌫) et taper le mot de nouveau',
          'Appuyer sur le bouton du volume',
          'Appuyer sur le bouton de l’appareil photo',
          'Appuyer sur le bon mot dans les suggestions au-dessus du clavier',
          'Fermer l’application de messagerie',
        ],
      },
      ar: {
        prompt:
          'تكتب رسالة وأخطأت في كتابة كلمة. كيف تصحّحها قبل أن ترسل الرسالة؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أضغط على زر الحذف (⌫) وأكتب الكلمة من جديد',
          'أضغط على زر مستوى الصوت',
          'أضغط على زر الكاميرا',
          'أضغط على الكلمة الصحيحة في الاقتراحات فوق لوحة المفاتيح',
          'أغلق تطبيق الرسائل',
        ],
      },
    },
  },
  {
    key: 'content-mark-photo-01',
    area: 'content-creation',
    competence: '3.2',
    kind: 'ordering',
    irt: { a: 1.7, b: -1.0, provisional: true },
    answer: [1, 3, 4, 0, 2],
    translations: {
      en: {
        prompt:
          'There is a wet patch on a wall of your flat. You want to send your landlord a photo with a circle around the patch. Put the steps in order.',
        options: [
          'Draw a circle around the wet patch',
          'Take a photo of the wall',
          'Tap "Done" to save, then send the photo to your landlord',
          'Open the photo and tap "Edit"',
          'Choose the pen tool (to draw)',
        ],
      },
      fr: {
        prompt:
          'Il y a une tache d’humidité sur un mur de votre logement. Vous voulez envoyer à votre propriétaire une photo avec un cercle autour de la tache. Mettez les étapes dans l’ordre.',
        options: [
          'Dessiner un cercle autour de la tache',
          'Prendre le mur en photo',
          'Appuyer sur « Terminé » pour enregistrer, puis envoyer la photo au propriétaire',
          'Ouvrir la photo et appuyer sur « Modifier »',
          'Choisir l’outil crayon (pour dessiner)',
        ],
      },
      ar: {
        prompt:
          'على أحد جدران شقتك بقعة رطوبة. تريد أن ترسل إلى صاحب البيت صورة عليها دائرة حول البقعة. رتّب الخطوات.',
        options: [
          'ارسم دائرة حول البقعة',
          'التقط صورة للجدار',
          'اضغط على «تم» للحفظ، ثم أرسل الصورة إلى صاحب البيت',
          'افتح الصورة واضغط على «تعديل»',
          'اختر أداة القلم (للرسم)',
        ],
      },
    },
  },
  {
    key: 'content-friend-drawing-01',
    area: 'content-creation',
    competence: '3.3',
    kind: 'multiple',
    irt: { a: 1.8, b: -0.8, provisional: true },
    answer: [1, 4],
    translations: {
      en: {
        prompt:
          'Your friend made a nice drawing. You want to post it on your social media page. What is right? Choose all the right answers.',
        options: [
          'Say that you made the drawing',
          'Ask your friend first if you may post it',
          'Post it: everything a friend sends you is yours',
          'Change the colours: then it is your drawing',
          'Write that your friend made it, with her name',
        ],
      },
      fr: {
        prompt:
          'Votre amie a fait un beau dessin. Vous voulez le publier sur votre page d’un réseau social. Qu’est-ce qui est correct ? Choisissez toutes les bonnes réponses.',
        options: [
          'Dire que c’est vous qui avez fait le dessin',
          'Demander d’abord à votre amie si vous pouvez le publier',
          'Le publier : tout ce qu’une amie vous envoie est à vous',
          'Changer les couleurs : ensuite, c’est votre dessin',
          'Écrire que le dessin est de votre amie, avec son nom',
        ],
      },
      ar: {
        prompt:
          'رسمت صديقتك رسمة جميلة. تريد أن تنشرها على صفحتك في مواقع التواصل الاجتماعي. ما التصرف الصحيح؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أن تقول إنك أنت من رسمها',
          'أن تسأل صديقتك أولاً هل تسمح لك بنشرها',
          'أن تنشرها، فكل ما ترسله إليك صديقتك يصبح ملكك',
          'أن تغيّر ألوانها، فتصبح رسمتك أنت',
          'أن تكتب أن صديقتك هي التي رسمتها، مع ذكر اسمها',
        ],
      },
    },
  },
  {
    key: 'content-undo-01',
    area: 'content-creation',
    competence: '3.1',
    kind: 'multiple',
    irt: { a: 1.9, b: 0.8, provisional: true },
    answer: [1, 3],
    translations: {
      en: {
        prompt:
          'You are writing a letter in a word processor on a computer. By mistake, you deleted a whole paragraph. How can you get it back at once? Choose all the right answers.',
        options: [
          'Press the Delete key again',
          'Click "Undo" (the arrow that turns back)',
          'Print the letter',
          'Press Ctrl + Z on the keyboard (on a Mac: Cmd + Z)',
          'Change the font',
        ],
      },
      fr: {
        prompt:
          'Vous écrivez une lettre dans un traitement de texte, sur un ordinateur. Par erreur, vous avez effacé tout un paragraphe. Comment le faire revenir tout de suite ? Choisissez toutes les bonnes réponses.',
        options: [
          'Appuyer encore sur la touche Suppr',
          'Cliquer sur « Annuler » (la flèche qui revient en arrière)',
          'Imprimer la lettre',
          'Appuyer sur Ctrl + Z sur le clavier (sur un Mac : Cmd + Z)',
          'Changer la police',
        ],
      },
      ar: {
        prompt:
          'تكتب رسالة في برنامج لتحرير النصوص على الحاسوب. حذفت فقرة كاملة بالخطأ. كيف تستعيدها فوراً؟ اختر كل الإجابات الصحيحة.',
        options: [
          'أضغط على مفتاح الحذف مرة أخرى',
          'أنقر على «تراجع» (السهم الذي يلتفّ إلى الخلف)',
          'أطبع الرسالة',
          'أضغط على Ctrl + Z في لوحة المفاتيح (في جهاز Mac: Cmd + Z)',
          'أغيّر نوع الخط',
        ],
      },
    },
  },
  {
    key: 'content-fill-pdf-01',
    area: 'content-creation',
    competence: '3.2',
    kind: 'multiple',
    irt: { a: 1.8, b: 1.0, provisional: true },
    answer: [0, 4],
    translations: {
      en: {
        prompt:
          'An office sends you a form as a PDF file. You must fill it in and send it back. Which ways work? Choose all the right answers.',
        options: [
          'Open it in an app that lets you type in the PDF, fill it in, then save it',
          'Change the name of the file to your name',
          'Send the empty form back with "done" in the email',
          'Take a screenshot of the empty form and send it',
          'Print it, fill it in by hand, then scan it with your phone',
        ],
      },
      fr: {
        prompt:
          'Une administration vous envoie un formulaire en fichier PDF. Vous devez le remplir et le renvoyer. Quelles solutions marchent ? Choisissez toutes les bonnes réponses.',
        options: [
          'L’ouvrir dans une application qui permet d’écrire dans le PDF, le remplir, puis l’enregistrer',
          'Changer le nom du fichier pour mettre votre nom',
          'Renvoyer le formulaire vide en écrivant « c’est fait » dans l’e-mail',
          'Faire une capture d’écran du formulaire vide et l’envoyer',
          'L’imprimer, le remplir à la main, puis le scanner avec votre téléphone',
        ],
      },
      ar: {
        prompt:
          'ترسل لك إحدى الإدارات استمارة في ملف PDF. عليك أن تملأها وتعيد إرسالها. ما الطرق التي تصلح لذلك؟ اختر كل الإجابات الصحيحة.',
        options: [
          'فتحها في تطبيق يسمح بالكتابة في ملف PDF، وملؤها، ثم حفظها',
          'تغيير اسم الملف إلى اسمك',
          'إعادة الاستمارة فارغة مع كتابة «تمّ» في البريد',
          'التقاط لقطة شاشة للاستمارة الفارغة وإرسالها',
          'طباعتها وملؤها باليد، ثم مسحها ضوئياً بهاتفك',
        ],
      },
    },
  },
  {
    key: 'content-automation-rule-01',
    area: 'content-creation',
    competence: '3.4',
    kind: 'multiple',
    irt: { a: 1.7, b: 1.2, provisional: true },
    answer: [2, 3],
    translations: {
      en: {
        prompt:
          'Some phones let you make simple rules that run by themselves. You make this rule: "When I arrive at work, turn on silent mode." What is true? Choose all the right answers.',
        options: [
          'The rule also turns silent mode off when you leave work',
          'The rule turns on silent mode every day at 8:00',
          'The rule has a condition (you arrive at work) and an action (turn on silent mode)',
          'The phone must be able to know where you are',
          'The rule works only on the day you made it',
        ],
      },
      fr: {
        prompt:
          'Certains téléphones permettent de créer des règles simples qui s’exécutent toutes seules. Vous créez cette règle : « Quand j’arrive au travail, activer le mode silencieux. » Qu’est-ce qui est vrai ? Choisissez toutes les bonnes réponses.',
        options: [
          'La règle désactive aussi le mode silencieux quand vous quittez le travail',
          'La règle active le mode silencieux tous les jours à 8:00',
          'La règle a une condition (vous arrivez au travail) et une action (activer le mode silencieux)',
          'Le téléphone doit pouvoir savoir où vous êtes',
          'La règle marche seulement le jour où vous l’avez créée',
        ],
      },
      ar: {
        prompt:
          'بعض الهواتف تسمح لك بإنشاء قواعد بسيطة تعمل وحدها. تنشئ هذه القاعدة: «عندما أصل إلى العمل، شغّل الوضع الصامت.» ما الصحيح؟ اختر كل الإجابات الصحيحة.',
        options: [
          'القاعدة تطفئ الوضع الصامت أيضاً عندما تغادر العمل',
          'القاعدة تشغّل الوضع الصامت كل يوم الساعة 8:00',
          'في القاعدة شرط (تصل إلى العمل) وإجراء (تشغيل الوضع الصامت)',
          'يجب أن يستطيع الهاتف معرفة مكانك',
          'القاعدة تعمل فقط في اليوم الذي أنشأتها فيه',
        ],
      },
    },
  },
];
