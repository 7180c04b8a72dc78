/**
 * Anchor items: two per area, kept fixed when the bank is calibrated so that the scale (what a
 * level means) stays where the authors put it. Chosen for well-understood, mid-range
 * difficulty (|b| ≤ 0.4), good discrimination and little room for guessing: plain questions
 * whose difficulty authors can judge with confidence, where most learners of the area sit.
 */
export const ANCHOR_ITEM_KEYS: readonly string[] = [
  'info-find-download-01',
  'info-health-rumour-01',
  'comm-email-subject-01',
  'comm-meeting-mute-01',
  'content-crop-tool-01',
  'content-copy-paste-01',
  'safety-strong-password-01',
  'safety-system-update-01',
  'ps-wifi-steps-01',
  'ps-airplane-mode-01',
  'coding-read-assign-01',
  'coding-doubling-01',
];
