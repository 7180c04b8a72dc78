import type { gradingEn } from './grading.en';

/** The grader's words on exercise results (see `gradingEn`). */
export const gradingAr: Record<keyof typeof gradingEn, string> = {
  'grading.expected': 'المتوقع',
  'grading.received': 'الناتج',
  'grading.expectedLength': 'الطول المتوقع',
  'grading.receivedLength': 'الطول الناتج',
  'grading.expectedValue': 'القيمة المتوقعة',
  'grading.expectedPattern': 'النمط المتوقع',
  'grading.receivedString': 'النص الناتج',
  'grading.expectedPath': 'الخاصية المتوقعة',
  'grading.expectedConstructor': 'النوع المتوقع',
  'grading.thrown': 'الخطأ الذي حدث',
  'grading.not': 'ليس',
  'grading.didNotThrow': 'الدالة لم تُحدث أي خطأ.',
  'grading.problem.assertion-failed': 'النتيجة ليست ما يتوقعه الاختبار.',
  'grading.problem.exception': 'توقّف الكود بسبب خطأ. يقول الخطأ:',
  'grading.problem.syntax-error':
    'هناك شيء مكتوب بشكل غير صحيح في الكود (خطأ في الصياغة). انظر إلى السطر المذكور:',
  'grading.problem.module-not-found': 'لم تجد الاختبارات ملفك. يقول الخطأ:',
  'grading.problem.missing-export':
    'لم تجد الاختبارات الدالة التي كتبتها. تحقّق من اسمها ومن كلمة «export». يقول الخطأ:',
  'grading.problem.stack-overflow': 'دالة تستدعي نفسها مرة بعد مرة بلا نهاية. يقول الخطأ:',
  'grading.problem.no-tests': 'ليس لهذا التمرين اختبارات. أخبر مرشدك من فضلك.',
  'grading.problem.never-finished': 'هذا الاختبار لم ينتهِ أبداً: إنه ينتظر شيئاً لا يحدث.',
  'grading.problem.timeout':
    'استغرق الكود وقتاً أطول من المسموح فتمّ إيقافه. هل هناك حلقة لا تنتهي؟',
  'grading.problem.memory-limit': 'استخدم الكود ذاكرة أكثر من المسموح.',
  'grading.problem.grader-failed': 'لم تستطع باسيريل فحص هذا الكود. حاول مرة أخرى بعد قليل.',
};
