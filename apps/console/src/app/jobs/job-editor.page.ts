import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import {
  COMPETENCE_AREAS,
  type CompetenceArea,
  CONTRACT_TYPES,
  JOB_DESCRIPTION_MAX_LENGTH,
  JOB_HOURS_MAX,
  JOB_HOURS_MIN,
  JOB_LOCATION_MAX_LENGTH,
  JOB_REQUIREMENT_LIMITS,
  JOB_TITLE_MAX_LENGTH,
  type JobStatus,
  type JobView,
  LANGUAGE_SKILLS,
  LEVEL_MAX,
  LEVEL_MIN,
  levelGroupOf,
  REMOTE_OPTIONS,
} from '@passerelle/contracts';
import { areaLabel, groupLabel, type UiMessage } from '@passerelle/i18n';
import {
  FieldComponent,
  FieldControlDirective,
  I18n,
  IconComponent,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';
import {
  COMMON_SPOKEN_LANGUAGE_CODES,
  spokenLanguageName,
} from '@passerelle/web-ui/spoken-languages';

import { formatDate } from '../shared/format';
import {
  contractLabel,
  jobStatusLabel,
  remoteLabel,
  skillLabel,
  statusActions,
} from '../shared/jobs';
import { OrganisationsApi } from '../shared/organisations.api';
import { Saving } from '../shared/saving';
import type { HoldsDrafts } from '../shared/unsaved-changes.guard';
import {
  changedFields,
  hasProblemUnder,
  type JobDraft,
  jobDraft,
  jobFieldMessages,
  jobRequest,
  newCourseRow,
  newJobDraft,
  newLanguageRow,
  validateJobDraft,
} from './job-draft';
import { publishedCourses } from './published-courses';

type TextField = 'title' | 'description' | 'location' | 'hours' | 'startDate';

/**
 * One job posting, new or saved: what the work is, and what it asks of candidates (a minimum
 * level per area, languages, courses required or preferred). Checked in the browser with the
 * API's own rules before saving; the API's field errors show next to their fields. A saved
 * job moves draft → open → closed (and may open again), and leads to its candidates.
 */
@Component({
  selector: 'pc-job-editor-page',
  imports: [
    RouterLink,
    FieldComponent,
    FieldControlDirective,
    IconComponent,
    TranslatePipe,
    MessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrls: ['../shared/forms.css', '../shared/jobs.css', './job-editor.page.css'],
  templateUrl: './job-editor.page.html',
})
export class JobEditorPage implements HoldsDrafts {
  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18n);
  readonly organisationId = input.required<string>();
  /** `new` for a job not saved yet. */
  readonly jobId = input.required<string>();

  protected readonly areas = COMPETENCE_AREAS;
  protected readonly remoteOptions = REMOTE_OPTIONS;
  protected readonly contractTypes = CONTRACT_TYPES;
  protected readonly skills = LANGUAGE_SKILLS;
  protected readonly limits = {
    title: JOB_TITLE_MAX_LENGTH,
    description: JOB_DESCRIPTION_MAX_LENGTH,
    location: JOB_LOCATION_MAX_LENGTH,
    hoursMin: JOB_HOURS_MIN,
    hoursMax: JOB_HOURS_MAX,
    languages: JOB_REQUIREMENT_LIMITS.languagesMax,
    courses: JOB_REQUIREMENT_LIMITS.coursesMax,
  };
  protected readonly levels = Array.from(
    { length: LEVEL_MAX - LEVEL_MIN + 1 },
    (_, i) => LEVEL_MIN + i,
  ).map((level) => ({ level, group: groupLabel(levelGroupOf(level)) }));
  protected readonly areaLabel = areaLabel;
  protected readonly remoteLabel = remoteLabel;
  protected readonly contractLabel = contractLabel;
  protected readonly skillLabel = skillLabel;
  protected readonly statusLabel = jobStatusLabel;

  protected readonly job = signal<JobView | null>(null);
  protected readonly organisationName = signal<string | null>(null);
  protected readonly draft = signal<JobDraft | null>(null);
  protected readonly courses = publishedCourses();
  protected readonly loading = new Saving();
  protected readonly saving = new Saving();
  protected readonly acting = new Saving();
  protected readonly tried = signal(false);
  protected readonly savedOnce = signal(false);
  protected readonly announcement = signal('');
  private readonly snapshot = signal('');
  private readonly serverFields = signal<Record<string, UiMessage>>({});

  protected readonly isNew = computed(() => this.jobId() === 'new');
  protected readonly actions = computed(() => {
    const job = this.job();
    return job ? statusActions(job.status) : [];
  });
  protected readonly languageOptions = computed(() => {
    const page = this.i18n.language();
    const chosen = this.draft()?.languages.map((l) => l.language) ?? [];
    const codes = [...COMMON_SPOKEN_LANGUAGE_CODES, ...chosen.filter(Boolean)];
    return [...new Set(codes)].map((code) => ({ code, name: spokenLanguageName(code, page) }));
  });
  /** Published courses, and any course a saved requirement names that is not among them. */
  protected readonly courseOptions = computed(() => {
    const published = this.courses().map((c) => ({ id: c.id, title: c.title }));
    const unknown = (this.draft()?.courses ?? [])
      .map((c) => c.courseId)
      .filter((id) => id && !published.some((c) => c.id === id))
      .map((id) => ({ id, title: this.i18n.t('jobs.unknownCourse') }));
    return [...published, ...unknown];
  });
  /** The browser's own checks, shown once a save was tried, and updated as fields are fixed. */
  protected readonly problems = computed(() => {
    const draft = this.draft();
    return this.tried() && draft ? validateJobDraft(draft) : {};
  });
  protected readonly dirty = computed(() => {
    const draft = this.draft();
    return draft !== null && JSON.stringify(draft) !== this.snapshot();
  });

  constructor() {
    effect(() => {
      const organisationId = this.organisationId();
      const jobId = this.jobId();
      untracked(() => void this.load(organisationId, jobId));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.dirty();
  }

  /** A field's message: the browser's check first, else what the server said. */
  protected error(...paths: string[]): UiMessage | null {
    const problems = this.problems();
    const server = this.serverFields();
    for (const path of paths) {
      const message = problems[path] ?? server[path] ?? this.saving.field(path);
      if (message) return message;
    }
    return null;
  }

  /** Whether a requirement row holds an error, to outline it. */
  protected rowHasError(prefix: string): boolean {
    return (
      hasProblemUnder(this.problems(), prefix) ||
      hasProblemUnder(this.serverFields(), prefix) ||
      this.saving.hasErrorsUnder(prefix)
    );
  }

  protected date(iso: string): string {
    return formatDate(this.i18n.language(), iso);
  }

  private change(change: (draft: JobDraft) => JobDraft): void {
    this.draft.update((draft) => (draft ? change(draft) : draft));
  }

  protected set(field: TextField, value: string): void {
    this.change((draft) => ({ ...draft, [field]: value }));
  }

  protected setRemote(value: string): void {
    this.change((draft) => ({ ...draft, remote: value as JobDraft['remote'] }));
  }

  protected setContract(value: string): void {
    this.change((draft) => ({ ...draft, contractType: value as JobDraft['contractType'] }));
  }

  protected setLevel(area: CompetenceArea, value: string): void {
    this.change((draft) => {
      const levels = { ...draft.levels };
      if (value === '') delete levels[area];
      else levels[area] = Number(value);
      return { ...draft, levels };
    });
  }

  protected addLanguage(): void {
    this.change((draft) => ({ ...draft, languages: [...draft.languages, newLanguageRow()] }));
  }

  protected setLanguage(index: number, field: 'language' | 'skill', value: string): void {
    this.change((draft) => ({
      ...draft,
      languages: draft.languages.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    }));
  }

  protected removeLanguage(index: number): void {
    this.change((draft) => ({
      ...draft,
      languages: draft.languages.filter((_, i) => i !== index),
    }));
    this.forgetServerFields('requirements.languages');
  }

  protected addCourse(): void {
    this.change((draft) => ({ ...draft, courses: [...draft.courses, newCourseRow()] }));
  }

  protected setCourse(index: number, courseId: string): void {
    this.change((draft) => ({
      ...draft,
      courses: draft.courses.map((row, i) => (i === index ? { ...row, courseId } : row)),
    }));
  }

  protected setRequired(index: number, value: string): void {
    this.change((draft) => ({
      ...draft,
      courses: draft.courses.map((row, i) =>
        i === index ? { ...row, required: value === 'required' } : row,
      ),
    }));
  }

  protected removeCourse(index: number): void {
    this.change((draft) => ({ ...draft, courses: draft.courses.filter((_, i) => i !== index) }));
    this.forgetServerFields('requirements.courses');
  }

  /** Rows moved: the server's words about them no longer point at the right row. */
  private forgetServerFields(prefix: string): void {
    this.serverFields.update((fields) =>
      Object.fromEntries(Object.entries(fields).filter(([path]) => !path.startsWith(prefix))),
    );
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    if (!draft || this.saving.busy()) return;
    this.tried.set(true);
    if (Object.keys(validateJobDraft(draft)).length > 0) {
      this.saving.clear();
      this.serverFields.set({});
      this.saving.error.set({ key: 'errors.checkFields' });
      return;
    }
    const request = jobRequest(draft);
    const saved = this.job();
    const organisationId = this.organisationId();
    const result: { job?: JobView } = {};
    this.serverFields.set({});
    const done = await this.saving.run(async () => {
      try {
        result.job = saved
          ? await this.api.updateJob(saved.id, changedFields(jobRequest(jobDraft(saved)), request))
          : await this.api.createJob(organisationId, request);
      } catch (error) {
        this.serverFields.set(jobFieldMessages(error));
        throw error;
      }
    });
    const job = result.job;
    if (!done || !job) return;
    this.tried.set(false);
    this.savedOnce.set(true);
    this.show(job);
    this.announcement.set(this.i18n.t('jobs.saved'));
    if (this.isNew()) {
      await this.router.navigate(['/organisations', organisationId, 'jobs', job.id], {
        replaceUrl: true,
      });
    }
  }

  protected async changeStatus(job: JobView, status: JobStatus): Promise<void> {
    const done = await this.acting.run(async () => {
      // Only the status changes: edits in progress stay.
      this.job.set(await this.api.changeJobStatus(job.id, status));
    }, 'jobs.errors.statusChanged');
    if (done) {
      this.announcement.set(
        this.i18n.t('jobs.statusNow', { status: this.i18n.t(jobStatusLabel(status)) }),
      );
    }
  }

  private show(job: JobView): void {
    const draft = jobDraft(job);
    this.job.set(job);
    this.organisationName.set(job.organisation.name);
    this.draft.set(draft);
    this.snapshot.set(JSON.stringify(draft));
  }

  private async load(organisationId: string, jobId: string): Promise<void> {
    this.tried.set(false);
    this.saving.clear();
    this.acting.clear();
    this.serverFields.set({});
    // Just created: the page already holds the saved job.
    const current = this.job();
    if (current && current.id === jobId) return;
    this.draft.set(null);
    this.job.set(null);
    await this.loading.run(async () => {
      if (jobId === 'new') {
        const organisation = await this.api.organisation(organisationId);
        const draft = newJobDraft();
        this.organisationName.set(organisation.name);
        this.draft.set(draft);
        this.snapshot.set(JSON.stringify(draft));
        return;
      }
      this.show(await this.api.job(jobId));
    });
  }
}
