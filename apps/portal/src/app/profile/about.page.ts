import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type FormControl,
  type FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
} from '@angular/forms';
import { JOB_HOURS_MAX, JOB_HOURS_MIN, PROFILE_LIMITS, RightToWork } from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import {
  FieldComponent,
  FieldControlDirective,
  IconComponent,
  MessagePipe,
  TranslatePipe,
} from '@passerelle/web-ui';

import { ProfileStore } from './profile.store';
import {
  draftChanged,
  emptyExperience,
  type ExperienceField,
  experienceField,
  type ExperienceRow,
  type FieldErrors,
  placeServerErrors,
  type ProfileDraft,
  submissionOf,
} from './profile-form';

/** One job's controls; `key` is not shown: it keeps the row's DOM (and focus). */
type JobForm = FormGroup<{
  key: FormControl<number>;
  title: FormControl<string>;
  organisation: FormControl<string>;
  from: FormControl<string>;
  to: FormControl<string>;
  description: FormControl<string>;
}>;

function hasInputType(document: Document, type: string): boolean {
  const input = document.createElement('input');
  input.setAttribute('type', type);
  return input.type === type;
}

/**
 * "About you": what the learner writes for employers — a headline and a few words, the jobs
 * they did, when and where they can work, and (sensitive) their right to work. Errors show
 * under each field, from the browser's checks first, then from the API's answer.
 */
@Component({
  selector: 'pl-profile-about-page',
  imports: [
    ReactiveFormsModule,
    FieldComponent,
    FieldControlDirective,
    IconComponent,
    MessagePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './about.page.html',
  styleUrl: './about.page.css',
})
export class AboutPage {
  private readonly store = inject(ProfileStore);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly addJobButton = viewChild<ElementRef<HTMLButtonElement>>('addJobButton');
  private readonly fb = inject(NonNullableFormBuilder);

  /** Where the browser has no month picker, the field is plain text and says how to write it. */
  protected readonly monthPicker = hasInputType(inject(DOCUMENT), 'month');
  protected readonly limits = PROFILE_LIMITS;
  protected readonly hints = {
    headline: { key: 'profile.about.headlineHint' },
    bio: { key: 'profile.about.bioHint' },
    month: { key: 'profile.about.monthHint' },
    to: { key: 'profile.about.jobToHint' },
    availableFrom: { key: 'profile.about.availableFromHint' },
    hours: { key: 'profile.about.hoursHint', params: { min: JOB_HOURS_MIN, max: JOB_HOURS_MAX } },
    places: { key: 'profile.about.placesHint', params: { max: PROFILE_LIMITS.locations } },
  } satisfies Record<string, UiMessage>;
  protected readonly rightToWorkOptions: readonly {
    id: string;
    value: RightToWork | null;
    label: MessageKey;
  }[] = [
    { id: 'yes', value: RightToWork.Yes, label: 'profile.rightToWork.yes' },
    { id: 'pending', value: RightToWork.Pending, label: 'profile.rightToWork.pending' },
    { id: 'no', value: RightToWork.No, label: 'profile.rightToWork.no' },
    { id: 'undisclosed', value: null, label: 'profile.rightToWork.undisclosed' },
  ];

  /**
   * The form as typed: a typed reactive form whose value is a `ProfileDraft`. The store keeps
   * the draft, so that edits outlive this page; the form writes every change there and shows
   * what the store is given (the server's profile, or what a save kept).
   */
  protected readonly form = this.fb.group({
    headline: '',
    bio: '',
    experience: this.fb.array<JobForm>([]),
    availableFrom: '',
    hoursPerWeek: '',
    places: '',
    remoteOk: false,
    rightToWork: this.fb.control<RightToWork | null>(null),
  });
  /** The draft this form last gave the store, not to be shown back. */
  private written: ProfileDraft | null = null;
  protected readonly draft = this.store.about;
  /** The jobs' controls, again whenever the draft changes. */
  protected readonly jobs = computed(() => {
    this.draft();
    return [...this.form.controls.experience.controls];
  });
  protected readonly busy = signal(false);
  protected readonly formError = signal<UiMessage | null>(null);
  protected readonly notice = signal<UiMessage | null>(null);
  /** Once the learner tried to save, the browser's checks follow what they type. */
  private readonly submitted = signal(false);
  private readonly serverErrors = signal<FieldErrors>({});
  private readonly clientErrors = computed<FieldErrors>(() => {
    const draft = this.draft();
    return this.submitted() && draft ? submissionOf(draft).errors : {};
  });
  protected readonly changed = computed(() => {
    const draft = this.draft();
    const saved = this.store.view()?.profile;
    return !!draft && !!saved && draftChanged(draft, saved);
  });

  constructor() {
    effect(() => {
      const draft = this.draft();
      if (draft && draft !== this.written) untracked(() => this.show(draft));
    });
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      this.notice.set(null);
      this.written = this.form.getRawValue();
      this.draft.set(this.written);
    });
  }

  protected error(name: string): UiMessage | null {
    return this.clientErrors()[name] ?? this.serverErrors()[name] ?? null;
  }

  protected jobError(key: number, field: ExperienceField): UiMessage | null {
    return this.error(experienceField(key, field));
  }

  private jobForm(job: ExperienceRow): JobForm {
    return this.fb.group({
      key: job.key,
      title: job.title,
      organisation: job.organisation,
      from: job.from,
      to: job.to,
      description: job.description,
    });
  }

  /** Puts a draft in the form without writing it back. */
  private show(draft: ProfileDraft): void {
    const { experience } = this.form.controls;
    experience.clear({ emitEvent: false });
    for (const job of draft.experience) experience.push(this.jobForm(job), { emitEvent: false });
    this.form.setValue(draft, { emitEvent: false });
  }

  protected addJob(): void {
    const job = emptyExperience();
    this.form.controls.experience.push(this.jobForm(job));
    // Straight to the new job's first field, so that a screen reader user knows it is there.
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLInputElement>(`[data-job-title="${job.key}"]`)
          ?.focus(),
      { injector: this.injector },
    );
  }

  protected removeJob(key: number): void {
    const experience = this.form.controls.experience;
    const index = experience.controls.findIndex((job) => job.controls.key.value === key);
    if (index >= 0) experience.removeAt(index);
    // The button that was pressed is gone: focus goes to "Add a job".
    afterNextRender(() => this.addJobButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected async save(): Promise<void> {
    const draft = this.draft();
    if (!draft) return;
    this.submitted.set(true);
    this.serverErrors.set({});
    this.formError.set(null);
    this.notice.set(null);
    const { request, errors, rowKeys } = submissionOf(draft);
    if (Object.keys(errors).length > 0) {
      this.formError.set({ key: 'errors.checkFields' });
      return;
    }
    this.busy.set(true);
    try {
      await this.store.saveAbout(request);
      this.submitted.set(false);
      this.notice.set({ key: 'profile.about.saved' });
    } catch (error) {
      const explained = explainError(error);
      this.formError.set(explained.message);
      this.serverErrors.set(placeServerErrors(explained.fields, rowKeys));
    } finally {
      this.busy.set(false);
    }
  }
}
