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
import { I18n, IconComponent, MessagePipe, TranslatePipe } from '@passerelle/web-ui';
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
  imports: [TranslatePipe, MessagePipe, IconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="card intake" (submit)="$event.preventDefault(); save()" novalidate>
      <h2 id="intake-title">{{ 'intake.title' | t }}</h2>
      <p>{{ 'intake.intro' | t }}</p>
      @if (error(); as e) {
        <p class="alert" role="alert" data-testid="intake-error">{{ e | message }}</p>
      }

      <fieldset class="group">
        <legend>{{ 'intake.languages' | t }}</legend>
        @for (r of rows(); track r.key; let n = $index) {
          <div class="lang-row" data-testid="intake-language-row">
            <div class="field">
              <label [for]="'intake-lang-' + r.key">
                {{ 'intake.languageN' | t: { n: n + 1 } }}
              </label>
              <select
                [id]="'intake-lang-' + r.key"
                [value]="r.language"
                [attr.aria-invalid]="rowError(r, 'language') ? true : null"
                [attr.aria-describedby]="
                  rowError(r, 'language') ? 'intake-lang-err-' + r.key : null
                "
                (change)="setRow(r.key, { language: $any($event.target).value })"
                data-testid="intake-language"
              >
                <option value="">{{ 'intake.chooseLanguage' | t }}</option>
                @for (code of languageCodes(); track code) {
                  <option
                    [value]="code"
                    [selected]="code === r.language"
                    [disabled]="code !== r.language && taken().has(code)"
                  >
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
                [value]="r.skill"
                [attr.aria-invalid]="rowError(r, 'skill') ? true : null"
                [attr.aria-describedby]="rowError(r, 'skill') ? 'intake-skill-err-' + r.key : null"
                (change)="setRow(r.key, { skill: $any($event.target).value })"
                data-testid="intake-skill"
              >
                <option value="">{{ 'intake.choose' | t }}</option>
                @for (skill of skills; track skill) {
                  <option [value]="skill" [selected]="skill === r.skill">
                    {{ skillLabel(skill) | t }}
                  </option>
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
              [checked]="devices().has(device)"
              (change)="toggleDevice(device, $any($event.target).checked)"
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
          [value]="schooling()"
          [attr.aria-invalid]="schoolingError() ? true : null"
          [attr.aria-describedby]="schoolingError() ? 'intake-schooling-err' : null"
          (change)="schooling.set($any($event.target).value)"
          data-testid="intake-schooling"
        >
          <option value="">{{ 'intake.choose' | t }}</option>
          @for (level of schoolingLevels; track level) {
            <option [value]="level" [selected]="level === schooling()">
              {{ schoolingLabel(level) | t }}
            </option>
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
          [value]="jobGoal()"
          (input)="jobGoal.set($any($event.target).value)"
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

  protected readonly rows = signal<LanguageRow[]>([row()]);
  protected readonly devices = signal<ReadonlySet<DeviceAccess>>(new Set());
  protected readonly schooling = signal<Schooling | ''>('');
  protected readonly jobGoal = signal('');
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
  protected readonly schoolingError = computed(() => this.submitted() && !this.schooling());

  ngOnInit(): void {
    const initial = this.initial();
    if (!initial) return;
    if (initial.languages.length > 0) {
      this.rows.set(initial.languages.map((l) => row(l.language, l.skill)));
    }
    this.devices.set(new Set(initial.devices));
    this.schooling.set(initial.schooling);
    this.jobGoal.set(initial.jobGoal);
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

  protected setRow(key: number, change: Partial<Omit<LanguageRow, 'key'>>): void {
    this.rows.update((rows) => rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }

  protected addRow(): void {
    this.rows.update((rows) => [...rows, row()]);
  }

  protected removeRow(key: number): void {
    this.rows.update((rows) => rows.filter((r) => r.key !== key));
  }

  protected toggleDevice(device: DeviceAccess, checked: boolean): void {
    this.devices.update((devices) => {
      const next = new Set(devices);
      if (checked) next.add(device);
      else next.delete(device);
      return next;
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
    const rows = this.rows();
    const schooling = this.schooling();
    if (!schooling || rows.some((r) => !r.language || !r.skill)) return null;
    return {
      languages: rows.map((r) => ({ language: r.language, skill: r.skill as LanguageSkill })),
      // In the order the list shows them, whatever order they were ticked in.
      devices: DEVICE_ACCESS.filter((d) => this.devices().has(d)),
      schooling,
      jobGoal: this.jobGoal().trim(),
    };
  }
}
