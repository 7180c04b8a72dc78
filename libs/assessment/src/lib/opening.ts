import { CompetenceArea, DeviceAccess, type IntakeRequest, Schooling } from '@passerelle/contracts';

import type { DigCompArea } from './engine';

/** The parts of the intake the opening rule reads. */
export type OpeningIntake = Pick<IntakeRequest, 'devices' | 'schooling' | 'jobGoal'>;

/**
 * Words of a job goal in coding, in the languages learners write in (lower case; a goal
 * "contains" one when a word of it starts with it). "IT" is matched apart, in capitals, so that
 * the English pronoun does not count.
 */
const CODING_WORDS = [
  'code',
  'coding',
  'coder',
  'program',
  'develop',
  'développ',
  'software',
  'logiciel',
  'web',
  'informati',
  'data',
  'برمج',
  'مبرمج',
  'تطوير',
  'كود',
  'ويب',
];

/** Whether the learner's job goal is in coding (or IT). */
export function aimsAtCoding(jobGoal: string): boolean {
  if (/(^|[^\p{L}])IT([^\p{L}]|$)/u.test(jobGoal)) return true;
  const words = jobGoal.toLocaleLowerCase().split(/[^\p{L}\p{M}]+/u);
  return words.some((word) =>
    CODING_WORDS.some((start) => word.startsWith(start) || word.startsWith(`ال${start}`)),
  );
}

const LITTLE_SCHOOLING: readonly Schooling[] = [Schooling.None, Schooling.Primary];

/**
 * Whether the intake points to digital basics rather than to coding: little or no schooling
 * (none or primary), no computer (a phone only, or no device named), or a job goal that is not
 * in coding. Only a learner who aims at coding, has a computer and went past primary school
 * may meet a coding question first.
 */
export function pointsToDigitalBasics(intake: OpeningIntake): boolean {
  return littleSchooling(intake) || noComputer(intake) || !aimsAtCoding(intake.jobGoal);
}

/**
 * The area of the first question, or null to let the engine choose (it may open with coding).
 * For digital basics the test opens with what people do every day: messaging and calls
 * (Communication and collaboration) for learners with little schooling or only a phone;
 * looking things up (Information and data literacy) for the others.
 */
export function openingArea(intake: OpeningIntake): DigCompArea | null {
  if (!pointsToDigitalBasics(intake)) return null;
  return littleSchooling(intake) || noComputer(intake)
    ? CompetenceArea.Communication
    : CompetenceArea.Information;
}

function littleSchooling(intake: OpeningIntake): boolean {
  return LITTLE_SCHOOLING.includes(intake.schooling);
}

function noComputer(intake: OpeningIntake): boolean {
  return !intake.devices.some((device) => device !== DeviceAccess.Phone);
}

/**
 * What the intake says about the learner's abilities before any answer: per area, a shift of
 * the prior mean in population SDs (scaled by the engine's `intakeWeight`; missing areas 0).
 * Authored guesses, kept modest because they apply to everyone with the same answers:
 *
 * - schooling: none −0.8, primary −0.5, secondary or vocational 0, university +0.4, on every
 *   area (schooling is the strongest predictor of digital skills in the surveys of adults);
 * - no computer (a phone only, or no device): −0.3 more on content creation, problem solving
 *   and coding, which on a phone alone one rarely practises;
 * - a job goal in coding (or IT): +0.3 on coding.
 */
export function intakePrior(intake: OpeningIntake): IntakePrior {
  const schooling = SCHOOLING_SHIFT[intake.schooling] ?? 0;
  const prior: Record<CompetenceArea, number> = {
    [CompetenceArea.Information]: schooling,
    [CompetenceArea.Communication]: schooling,
    [CompetenceArea.ContentCreation]: schooling,
    [CompetenceArea.Safety]: schooling,
    [CompetenceArea.ProblemSolving]: schooling,
    [CompetenceArea.Coding]: schooling,
  };
  if (noComputer(intake)) {
    prior[CompetenceArea.ContentCreation] -= 0.3;
    prior[CompetenceArea.ProblemSolving] -= 0.3;
    prior[CompetenceArea.Coding] -= 0.3;
  }
  if (aimsAtCoding(intake.jobGoal)) prior[CompetenceArea.Coding] += 0.3;
  for (const area of Object.keys(prior) as CompetenceArea[]) {
    prior[area] = Math.round(prior[area] * 100) / 100;
  }
  return prior;
}

/** Per area, the shift of the prior mean in population SDs (see `intakePrior`). */
export type IntakePrior = Partial<Record<CompetenceArea, number>>;

const SCHOOLING_SHIFT: Record<Schooling, number> = {
  [Schooling.None]: -0.8,
  [Schooling.Primary]: -0.5,
  [Schooling.Secondary]: 0,
  [Schooling.Vocational]: 0,
  [Schooling.University]: 0.4,
};
