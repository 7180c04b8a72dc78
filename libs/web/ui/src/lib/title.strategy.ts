import {
  effect,
  inject,
  Injectable,
  InjectionToken,
  makeEnvironmentProviders,
  signal,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import type { MessageKey } from '@passerelle/i18n';

import { I18n } from './i18n.service';

const APP_TITLE = new InjectionToken<MessageKey>('APP_TITLE');

/**
 * Page titles from the routes' `title` (a message key), translated and followed by the app's
 * name; they follow language changes too. Screen readers announce them on every navigation.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly i18n = inject(I18n);
  private readonly title = inject(Title);
  private readonly appTitle = inject(APP_TITLE);
  private readonly pageKey = signal<MessageKey | undefined>(undefined);

  constructor() {
    super();
    effect(() => {
      const page = this.pageKey();
      const app = this.i18n.t(this.appTitle);
      this.title.setTitle(page ? `${this.i18n.t(page)} · ${app}` : app);
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.set(this.buildTitle(snapshot) as MessageKey | undefined);
  }
}

export function provideTranslatedTitles(appTitle: MessageKey) {
  return makeEnvironmentProviders([
    { provide: APP_TITLE, useValue: appTitle },
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ]);
}
