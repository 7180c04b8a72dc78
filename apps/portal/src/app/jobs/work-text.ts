import {
  CONTRACT_TYPES,
  type JobMatchView,
  type MyApplication,
  type PipelineStage,
  REMOTE_OPTIONS,
  type RequirementCheck,
} from '@passerelle/contracts';
import { areaLabel, type MessageKey } from '@passerelle/i18n';

import type { Translate } from '../assessment/assessment-text';

/**
 * The learner's side of placement in words: each requirement of a job against their own
 * evidence (the same facts the employer's explanation shows, said to "you"), and where an
 * application stands.
 */

/** What the wording needs from the page: its language's words and names. */
export interface CheckWords {
  t: Translate;
  /** A language's name from its ISO 639 code. */
  language: (code: string) => string;
  /** A course's title from its id. */
  course: (courseId: string) => string;
}

const key = (k: string) => k as MessageKey;

function parts(check: RequirementCheck, words: CheckWords) {
  const { t } = words;
  switch (check.kind) {
    case 'level':
      return {
        what: t(areaLabel(check.requirement.area)),
        have: check.evidence
          ? t('work.have.level', { level: check.evidence.level })
          : t('work.have.noLevel'),
        needs: t('work.needs.level', { level: check.requirement.level }),
      };
    case 'language':
      return {
        what: words.language(check.requirement.language),
        have: t(key(check.evidence ? `work.have.${check.evidence.skill}` : 'work.have.noLanguage')),
        needs: t(key(`work.needs.${check.requirement.skill}`)),
      };
    case 'course': {
      const evidence = check.evidence;
      return {
        what: words.course(check.requirement.courseId),
        have: !evidence
          ? t('work.have.noCourse')
          : evidence.completedAt
            ? t('work.have.courseDone')
            : Math.round(evidence.percent) === 0
              ? t('work.have.courseStarted')
              : t('work.have.courseProgress', { percent: Math.round(evidence.percent) }),
        needs: t(check.requirement.required ? 'work.needs.course' : 'work.needs.coursePreferred'),
      };
    }
  }
}

/**
 * One requirement in plain words, then the verdict:
 * "Coding: you have level 4, the job asks for level 3 — met".
 */
export function checkText(check: RequirementCheck, words: CheckWords): string {
  return words.t('candidates.check', {
    evidence: words.t('work.check', parts(check, words)),
    status: words.t(key(`candidates.status.${check.status}`)),
  });
}

/** "Lyon · Partly remote · Apprenticeship · 35 h a week": what the job is, at a glance. */
export function jobFacts(job: JobMatchView, t: Translate): string[] {
  // A value this version does not know yet is shown as it came.
  const known = (values: readonly string[], prefix: string, value: string) =>
    values.includes(value) ? t(key(`${prefix}.${value}`)) : value;
  return [
    job.location,
    known(REMOTE_OPTIONS, 'jobs.remote', job.remote),
    known(CONTRACT_TYPES, 'jobs.contract', job.contractType),
    t('work.hours', { hours: job.hoursPerWeek }),
  ].filter((fact): fact is string => !!fact);
}

// ---------- where an application stands ----------

/** The forward stages, one step each, as the learner's step indicator shows them. */
export const STAGE_STEPS: readonly PipelineStage[] = [
  'suggested',
  'shortlisted',
  'invited',
  'interviewed',
  'offered',
  'hired',
];

export type StepState = 'done' | 'current' | 'todo';

export interface StageProgress {
  /** 1-based. */
  step: number;
  total: number;
  steps: { stage: PipelineStage; state: StepState }[];
}

/**
 * The step indicator of an application: null once it has left the way forward (rejected or
 * withdrawn), where steps would only suggest that something is still coming.
 */
export function stageProgress(
  application: Pick<MyApplication, 'stage' | 'withdrawnAt'>,
): StageProgress | null {
  const at = STAGE_STEPS.indexOf(application.stage);
  if (application.withdrawnAt || at < 0) return null;
  return {
    step: at + 1,
    total: STAGE_STEPS.length,
    steps: STAGE_STEPS.map((stage, i) => ({
      stage,
      state: i < at ? 'done' : i === at ? 'current' : 'todo',
    })),
  };
}

/** The stage's name: "On the short list"; a withdrawn application is "Withdrawn" whatever its stage. */
export function stageName(application: Pick<MyApplication, 'stage' | 'withdrawnAt'>): MessageKey {
  return key(application.withdrawnAt ? 'work.stage.withdrawn' : `work.stage.${application.stage}`);
}

/** What the stage means for the learner, in one sentence. */
export function stageHelp(application: Pick<MyApplication, 'stage' | 'withdrawnAt'>): MessageKey {
  return key(application.withdrawnAt ? 'work.help.withdrawn' : `work.help.${application.stage}`);
}

/** An interview invitation waiting for the learner's yes or no. */
export function awaitsAnswer(
  application: Pick<MyApplication, 'stage' | 'withdrawnAt' | 'invitationResponse'>,
): boolean {
  return (
    !application.withdrawnAt &&
    application.stage === 'invited' &&
    application.invitationResponse === null
  );
}

/** An application the learner can still take back: not withdrawn, and not decided. */
export function canWithdraw(application: Pick<MyApplication, 'stage' | 'withdrawnAt'>): boolean {
  return (
    !application.withdrawnAt && application.stage !== 'hired' && application.stage !== 'rejected'
  );
}
