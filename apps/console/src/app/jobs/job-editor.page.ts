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
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  COMPETENCE_AREAS,
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
  formState,
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
} from './job-draft';
import { courseRow, draftOf, jobForm, languageRow, showDraft } from './job-form';
import { publishedCourses } from './published-courses';

/**
 * One job posting, new or saved: what the work is, and what it asks of candidates (a minimum
 * level per area, languages, courses required or preferred). Checked in the browser with the
 * API's own rules before saving; the API's field errors show next to their fields. A saved
 * job moves draft → open → closed (and may open again), and leads to its candidates.
 */
@Component({
  selector: 'pc-job-editor-page',
  imports: [
    ReactiveFormsModule,
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
  private readonly fb = inject(NonNullableFormBuilder);
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
  /** The job as being edited, checked with the API's rules (see `job-form.ts`). */
  protected readonly form = jobForm(this.fb);
  private readonly formState = formState(this.form);
  protected readonly draft = computed(() => draftOf(this.formState.value()));
  /** Whether the form holds a job yet (a new one, or the saved one once loaded). */
  protected readonly ready = signal(false);
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
    const chosen = this.draft().languages.map((l) => l.language);
    const codes = [...COMMON_SPOKEN_LANGUAGE_CODES, ...chosen.filter(Boolean)];
    return [...new Set(codes)].map((code) => ({ code, name: spokenLanguageName(code, page) }));
  });
  /** Published courses, and any course a saved requirement names that is not among them. */
  protected readonly courseOptions = computed(() => {
    const published = this.courses().map((c) => ({ id: c.id, title: c.title }));
    const unknown = this.draft()
      .courses.map((c) => c.courseId)
      .filter((id) => id && !published.some((c) => c.id === id))
      .map((id) => ({ id, title: this.i18n.t('jobs.unknownCourse') }));
    return [...published, ...unknown];
  });
  /** The browser's own checks, shown once a save was tried, and updated as fields are fixed. */
  protected readonly problems = computed(() => (this.tried() ? this.formState.problems() : {}));
  protected readonly dirty = computed(
    () => this.ready() && JSON.stringify(this.draft()) !== this.snapshot(),
  );

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

  protected addLanguage(): void {
    this.form.controls.languages.push(languageRow(this.fb, newLanguageRow()));
  }

  protected removeLanguage(index: number): void {
    this.form.controls.languages.removeAt(index);
    this.forgetServerFields('requirements.languages');
  }

  protected addCourse(): void {
    this.form.controls.courses.push(courseRow(this.fb, newCourseRow()));
  }

  protected removeCourse(index: number): void {
    this.form.controls.courses.removeAt(index);
    this.forgetServerFields('requirements.courses');
  }

  /** Rows moved: the server's words about them no longer point at the right row. */
  private forgetServerFields(prefix: string): void {
    this.serverFields.update((fields) =>
      Object.fromEntries(Object.entries(fields).filter(([path]) => !path.startsWith(prefix))),
    );
  }

  protected async save(): Promise<void> {
    if (!this.ready() || this.saving.busy()) return;
    const draft = this.draft();
    this.tried.set(true);
    if (this.form.invalid) {
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
    this.job.set(job);
    this.organisationName.set(job.organisation.name);
    this.edit(jobDraft(job));
  }

  /** Puts a draft in the form: what is saved, against which later edits count as unsaved. */
  private edit(draft: JobDraft): void {
    showDraft(this.form, this.fb, draft);
    this.snapshot.set(JSON.stringify(this.draft()));
    this.ready.set(true);
  }

  private async load(organisationId: string, jobId: string): Promise<void> {
    this.tried.set(false);
    this.saving.clear();
    this.acting.clear();
    this.serverFields.set({});
    // Just created: the page already holds the saved job.
    const current = this.job();
    if (current && current.id === jobId) return;
    this.ready.set(false);
    this.job.set(null);
    await this.loading.run(async () => {
      if (jobId === 'new') {
        const organisation = await this.api.organisation(organisationId);
        this.organisationName.set(organisation.name);
        this.edit(newJobDraft());
        return;
      }
      this.show(await this.api.job(jobId));
    });
  }
}
