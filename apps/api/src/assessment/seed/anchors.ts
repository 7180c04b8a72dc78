/**
 * Anchor items: two per area, kept fixed when the bank is calibrated so that the scale (what a
 * level means) stays where the authors put it. An anchor holds the scale only if learners answer
 * it, and the engine asks where placement decides: so each area's anchors sit near its two main
 * decisions (one below θ = 0, near the foundation | intermediate cut at −1; one above, near the
 * intermediate | advanced cut at 1, or the JavaScript course's target at 0 in problem solving and
 * coding), free of guessing, among the items the engine serves most (15–29 % of simulated
 * learners in the benchmark). Two difficulties per area fix both the place and the spread of
 * the area's scale.
 */
export const ANCHOR_ITEM_KEYS: readonly string[] = [
  'info-check-news-01',
  'info-file-names-01',
  'comm-polite-message-01',
  'comm-share-photos-01',
  'content-sell-ad-01',
  'content-cv-layout-01',
  'safety-public-computer-01',
  'safety-privacy-settings-01',
  'ps-no-internet-01',
  'ps-app-notifications-01',
  'coding-read-battery-01',
  'coding-read-countdown-01',
];
