import type { recoveryEn } from './recovery.en';

export const recoveryAr: Record<keyof typeof recoveryEn, string> = {
  'recovery.forgot': 'نسيت كلمة المرور؟',
  'recovery.title': 'العودة إلى حسابك',
  'recovery.emailIntro':
    'اكتب البريد الإلكتروني لحسابك. نرسل لك رابطًا. بالرابط تختار كلمة مرور جديدة.',
  'recovery.send': 'أرسل لي رابطًا',
  'recovery.sent':
    'إذا كان هناك حساب بهذا البريد، أرسلنا إليه رابطًا. افتح بريدك. الرابط يعمل لوقت قصير فقط.',
  'recovery.noEmailTitle': 'ليس لديك بريد إلكتروني؟',
  'recovery.noEmailText': 'اطلب رمزًا من مرشدك. ثم اكتب الرمز هنا مع اسم المستخدم.',
  'recovery.haveCode': 'لدي رمز',
  'recovery.backToSignIn': 'العودة إلى تسجيل الدخول',
  'recovery.newPasswordTitle': 'اختر كلمة مرور جديدة',
  'recovery.newPasswordIntro': 'اكتب كلمة مرور جديدة. بعدها تدخل هنا، وتخرج من أجهزتك الأخرى.',
  'recovery.newPassword': 'كلمة المرور الجديدة',
  'recovery.save': 'احفظ كلمة المرور الجديدة',
  'recovery.linkUnusable':
    'هذا الرابط لا يعمل الآن. استُخدم من قبل، أو هو قديم جدًا. اطلب رابطًا جديدًا.',
  'recovery.askAgain': 'اطلب رابطًا جديدًا',
  'recovery.codeTitle': 'استخدم رمزًا من مرشدك',
  'recovery.codeIntro': 'أعطاك مرشدك رمزًا. اكتب اسم المستخدم والرمز وكلمة مرور جديدة.',
  'recovery.code': 'الرمز',
  // The example code is isolated left-to-right, so that its two groups keep their order.
  'recovery.codeHint': '8 أرقام، مثلًا \u20661234 5678\u2069',
  'recovery.codeInvalid':
    'اسم المستخدم أو الرمز خطأ، أو الرمز قديم جدًا. تحقق منهما، أو اطلب رمزًا جديدًا من مرشدك.',
  'recovery.staffEmailOnly':
    'حسابات الفريق تستخدم البريد الإلكتروني. اكتب بريد الدخول، ونرسل لك رابطًا.',
  'recovery.issue.title': 'مساعدة في كلمة المرور',
  'recovery.issue.intro':
    'هل نسي {name} كلمة المرور؟ أنشئ رمزًا لمرة واحدة وأعطه له شخصيًا. يكتبه في البوابة مع اسم المستخدم وكلمة مرور جديدة.',
  'recovery.issue.make': 'أنشئ رمزًا',
  'recovery.issue.code': 'رمز {name}',
  'recovery.issue.expires': 'يعمل مرة واحدة، حتى {date}. يظهر الآن فقط؛ والرمز الجديد يحل محله.',
};
