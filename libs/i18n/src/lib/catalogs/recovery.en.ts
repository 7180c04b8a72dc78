/** Password recovery: by a link sent by email, or by a code from a mentor. */
export const recoveryEn = {
  'recovery.forgot': 'Forgot your password?',
  'recovery.title': 'Get back into your account',
  'recovery.emailIntro':
    'Write the email of your account. We send you a link. With the link, you choose a new password.',
  'recovery.send': 'Send me a link',
  'recovery.sent':
    'If an account has this email, we sent a link to it. Open your mailbox. The link works only for a short time.',
  'recovery.noEmailTitle': 'No email?',
  'recovery.noEmailText':
    'Ask your mentor for a reset code. Then write the code here, with your username.',
  'recovery.haveCode': 'I have a code',
  'recovery.backToSignIn': 'Back to sign in',
  'recovery.newPasswordTitle': 'Choose a new password',
  'recovery.newPasswordIntro':
    'Write a new password. Then you are signed in here, and signed out on your other devices.',
  'recovery.newPassword': 'New password',
  'recovery.save': 'Save the new password',
  'recovery.linkUnusable':
    'This link does not work any more. It was used, or it is too old. Ask for a new link.',
  'recovery.askAgain': 'Ask for a new link',
  'recovery.codeTitle': 'Use a code from your mentor',
  'recovery.codeIntro':
    'Your mentor gave you a code. Write your username, the code and a new password.',
  'recovery.code': 'Code',
  'recovery.codeHint': '8 numbers, for example 1234 5678',
  'recovery.codeInvalid':
    'The username or the code is wrong, or the code is too old. Check them, or ask your mentor for a new code.',
  'recovery.staffEmailOnly':
    'Staff accounts use email. Write the email you sign in with, and we send you a link.',
  'recovery.issue.title': 'Password help',
  'recovery.issue.intro':
    'Did {name} forget their password? Make a one-time code and give it to them in person. They enter it in the portal, with their username and a new password.',
  'recovery.issue.make': 'Make a reset code',
  'recovery.issue.code': 'Reset code for {name}',
  'recovery.issue.expires':
    'It works once, until {date}. It shows only now; a new code replaces this one.',
};
