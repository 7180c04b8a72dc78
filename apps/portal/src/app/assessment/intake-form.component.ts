import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  type OnInit,
  output,
  signal,
} from '@angular/core';
import {
  type FormControl,
  type FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
} from '@angular/forms';
import {
  DEVICE_ACCESS,
  type DeviceAccess,
  type IntakeProfile,
  type IntakeRequest,
  JOB_GOAL_MAX_LENGTH,
  LANGUAGE_SKILLS,
  type LanguageSkill,
  type Schooling,
  SCHOOLING_LEVELS,
  SPOKEN_LANGUAGES_MAX,
} from '@passerelle/contracts';
import type { MessageKey, UiMessage } from '@passerelle/i18n';
import { explainError } from '@passerelle/web-auth';
import { formState, I18n, IconComponent, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
import {
  COMMON_SPOKEN_LANGUAGE_CODES,
  spokenLanguageLabel,
} from '@passerelle/web-ui/spoken-languages';

import { AssessmentApi } from './assessment.api';

interface LanguageRow {
  /** Keeps a row's DOM (and focus) when another row is removed. */
  key: number;
  language: string;
  skill: LanguageSkill | '';
}

type RowForm = FormGroup<{
  key: FormControl<number>;
  language: FormControl<string>;
  skill: FormControl<LanguageSkill | ''>;
}>;

let nextRow = 0;
const row = (language = '', skill: LanguageSkill | '' = ''): LanguageRow => ({
  key: nextRow++,
  language,
  skill,
});

/**
 * What the learner tells before the test: the languages they speak and how well, what they can
 * go online with, their schooling and the work they want. Saved on their profile.
 */
@Component({
  selector: 'pl-intake-form',
  imports: [ReactiveFormsModule, TranslatePipe, MessagePipe, IconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="card intake" [formGroup]="form" (ngSubmit)="save()" novalidate>
      <h2 id="intake-title">{{ 'intake.title' | t }}</h2>
      <p>{{ 'intake.intro' | t }}</p>
      @if (error(); as e) {
        <p class="alert" role="alert" data-testid="intake-error">{{ e | message }}</p>
      }

      <fieldset class="group">
        <legend>{{ 'intake.languages' | t }}</legend>
        @for (control of rowControls(); track control.controls.key.value; let n = $index) {
          @let r = control.getRawValue();
          <div class="lang-row" data-testid="intake-language-row" [formGroup]="control">
            <div class="field">
              <label [for]="'intake-lang-' + r.key">
                {{ 'intake.languageN' | t: { n: n + 1 } }}
              </label>
              <select
                [id]="'intake-lang-' + r.key"
                formControlName="language"
                [attr.aria-invalid]="rowError(r, 'language') ? true : null"
                [attr.aria-describedby]="
                  rowError(r, 'language') ? 'intake-lang-err-' + r.key : null
                "
                data-testid="intake-language"
              >
                <option value="">{{ 'intake.chooseLanguage' | t }}</option>
                @for (code of languageCodes(); track code) {
                  <option [value]="code" [disabled]="code !== r.language && taken().has(code)">
                    {{ labelOf(code) }}
                  </option>
                }
              </select>
              @if (rowError(r, 'language')) {
                <span class="field__error" [id]="'intake-lang-err-' + r.key">
                  {{ 'errors.field.required' | t }}
                </span>
              }
            </div>
            <div class="field">
              <label [for]="'intake-skill-' + r.key">{{ 'intake.skill' | t }}</label>
              <select
                [id]="'intake-skill-' + r.key"
                formControlName="skill"
                [attr.aria-invalid]="rowError(r, 'skill') ? true : null"
                [attr.aria-describedby]="rowError(r, 'skill') ? 'intake-skill-err-' + r.key : null"
                data-testid="intake-skill"
              >
                <option value="">{{ 'intake.choose' | t }}</option>
                @for (skill of skills; track skill) {
                  <option [value]="skill">{{ skillLabel(skill) | t }}</option>
                }
              </select>
              @if (rowError(r, 'skill')) {
                <span class="field__error" [id]="'intake-skill-err-' + r.key">
                  {{ 'errors.field.required' | t }}
                </span>
              }
            </div>
            @if (rows().length > 1) {
              <button
                type="button"
                class="button button--quiet"
                (click)="removeRow(r.key)"
                [attr.aria-label]="
                  'intake.removeLanguage'
                    | t
                      : {
                          language: r.language
                            ? labelOf(r.language)
                            : ('intake.languageN' | t: { n: n + 1 }),
                        }
                "
              >
                {{ 'intake.remove' | t }}
              </button>
            }
          </div>
        }
        @if (rows().length < maxLanguages) {
          <button
            type="button"
            class="button button--secondary"
            (click)="addRow()"
            data-testid="intake-add-language"
          >
            <pa-icon name="plus" /> {{ 'intake.addLanguage' | t }}
          </button>
        }
      </fieldset>

      <fieldset class="group">
        <legend>{{ 'intake.devices' | t }}</legend>
        <p class="field__hint">{{ 'intake.devicesHint' | t }}</p>
        @for (device of deviceOptions; track device) {
          <label class="checkbox">
            <input
              type="checkbox"
              [formControl]="form.controls.devices.controls[device]"
              [attr.data-testid]="'intake-device-' + device"
            />
            {{ deviceLabel(device) | t }}
          </label>
        }
      </fieldset>

      <div class="field">
        <label for="intake-schooling">{{ 'intake.schooling' | t }}</label>
        <select
          id="intake-schooling"
          formControlName="schooling"
          [attr.aria-invalid]="schoolingError() ? true : null"
          [attr.aria-describedby]="schoolingError() ? 'intake-schooling-err' : null"
          data-testid="intake-schooling"
        >
          <option value="">{{ 'intake.choose' | t }}</option>
          @for (level of schoolingLevels; track level) {
            <option [value]="level">{{ schoolingLabel(level) | t }}</option>
          }
        </select>
        @if (schoolingError()) {
          <span class="field__error" id="intake-schooling-err">
            {{ 'errors.field.required' | t }}
          </span>
        }
      </div>

      <div class="field">
        <label for="intake-job">{{ 'intake.jobGoal' | t }}</label>
        <input
          id="intake-job"
          type="text"
          autocomplete="off"
          [maxLength]="jobGoalMax"
          formControlName="jobGoal"
          aria-describedby="intake-job-hint"
          data-testid="intake-job-goal"
        />
        <span class="field__hint" id="intake-job-hint">{{ 'intake.jobGoalHint' | t }}</span>
      </div>

      <div class="actions">
        <button
          class="button button--block"
          type="submit"
          [disabled]="busy()"
          data-testid="intake-save"
        >
          {{ (busy() ? 'common.pleaseWait' : 'intake.save') | t }}
        </button>
        @if (initial()) {
          <button
            class="button button--secondary button--block"
            type="button"
            (click)="cancelled.emit()"
          >
            {{ 'intake.cancel' | t }}
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    .group {
      border: 0;
      padding: 0;
      margin: 0 0 var(--pa-space);
      min-inline-size: 0;
    }
    .group legend {
      font-weight: 700;
      padding: 0;
      margin-block-end: 0.5rem;
    }
    .lang-row {
      border: 1px solid var(--pa-line);
      border-radius: 0.5rem;
      padding: 0.75rem 0.75rem 0.25rem;
      margin-block-end: 0.75rem;
    }
    .lang-row .field {
      margin-block-end: 0.5rem;
    }
    .lang-row .button--quiet {
      margin-block-end: 0.5rem;
      text-decoration: underline;
    }
  `,
})
export class IntakeFormComponent implements OnInit {
  private readonly api = inject(AssessmentApi);
  private readonly i18n = inject(I18n);

  /** The learner's earlier answers, when they change them. */
  readonly initial = input<IntakeProfile | null>(null);
  readonly saved = output<IntakeProfile>();
  readonly cancelled = output<void>();

  protected readonly skills = LANGUAGE_SKILLS;
  protected readonly deviceOptions = DEVICE_ACCESS;
  protected readonly schoolingLevels = SCHOOLING_LEVELS;
  protected readonly maxLanguages = SPOKEN_LANGUAGES_MAX;
  protected readonly jobGoalMax = JOB_GOAL_MAX_LENGTH;

  private readonly fb = inject(NonNullableFormBuilder);
  /** The answers as being given: a typed reactive form, one group per language row. */
  protected readonly form = this.fb.group({
    languages: this.fb.array([this.rowForm(row())]),
    devices: this.fb.group(
      Object.fromEntries(DEVICE_ACCESS.map((d) => [d, this.fb.control(false)])) as Record<
        DeviceAccess,
        FormControl<boolean>
      >,
    ),
    schooling: this.fb.control<Schooling | ''>(''),
    jobGoal: '',
  });
  private readonly value = formState(this.form).value;
  protected readonly rows = computed(() => this.value().languages);
  /** The language rows' controls, again whenever an answer changes. */
  protected readonly rowControls = computed(() => {
    this.value();
    return [...this.form.controls.languages.controls];
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<UiMessage | null>(null);

  protected readonly taken = computed(() => new Set(this.rows().map((r) => r.language)));
  /** The usual list, plus any other language the learner gave before. */
  protected readonly languageCodes = computed(() => {
    const common = COMMON_SPOKEN_LANGUAGE_CODES;
    const others = this.rows()
      .map((r) => r.language)
      .filter((code) => code && !common.includes(code));
    return [...common, ...others];
  });
  protected readonly schoolingError = computed(() => this.submitted() && !this.value().schooling);

  ngOnInit(): void {
    const initial = this.initial();
    if (!initial) return;
    const { languages, devices, schooling, jobGoal } = this.form.controls;
    if (initial.languages.length > 0) {
      languages.clear();
      for (const l of initial.languages) languages.push(this.rowForm(row(l.language, l.skill)));
    }
    for (const device of DEVICE_ACCESS) {
      devices.controls[device].setValue(initial.devices.includes(device));
    }
    schooling.setValue(initial.schooling);
    jobGoal.setValue(initial.jobGoal);
  }

  protected labelOf(code: string): string {
    return spokenLanguageLabel(code, this.i18n.language());
  }

  protected skillLabel(skill: LanguageSkill): MessageKey {
    return `intake.skill.${skill}` as MessageKey;
  }

  protected deviceLabel(device: DeviceAccess): MessageKey {
    return `intake.device.${device}` as MessageKey;
  }

  protected schoolingLabel(level: Schooling): MessageKey {
    return `intake.schooling.${level}` as MessageKey;
  }

  protected rowError(r: LanguageRow, field: 'language' | 'skill'): boolean {
    return this.submitted() && !r[field];
  }

  protected addRow(): void {
    this.form.controls.languages.push(this.rowForm(row()));
  }

  protected removeRow(key: number): void {
    const languages = this.form.controls.languages;
    const index = languages.controls.findIndex((r) => r.controls.key.value === key);
    if (index >= 0) languages.removeAt(index);
  }

  private rowForm(r: LanguageRow): RowForm {
    return this.fb.group({
      key: r.key,
      language: r.language,
      skill: this.fb.control<LanguageSkill | ''>(r.skill),
    });
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    this.error.set(null);
    const request = this.request();
    if (!request) {
      this.error.set({ key: 'errors.checkFields' });
      return;
    }
    this.busy.set(true);
    try {
      this.saved.emit(await this.api.saveIntake(request));
    } catch (error) {
      this.error.set(explainError(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  /** The intake to send, or null while a required answer is missing. */
  private request(): IntakeRequest | null {
    const { languages: rows, devices, schooling, jobGoal } = this.value();
    if (!schooling || rows.some((r) => !r.language || !r.skill)) return null;
    return {
      languages: rows.map((r) => ({ language: r.language, skill: r.skill as LanguageSkill })),
      // In the order the list shows them, whatever order they were ticked in.
      devices: DEVICE_ACCESS.filter((d) => devices[d]),
      schooling,
      jobGoal: jobGoal.trim(),
    };
  }
}
