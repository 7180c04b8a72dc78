import { DOCUMENT } from '@angular/common';
import { DestroyRef, inject, Injectable, signal } from '@angular/core';

/** Whether `voice` speaks `language` (an ISO 639-1 code such as 'ar'; voices say 'ar-SA'). */
export function voiceSpeaks(voice: Pick<SpeechSynthesisVoice, 'lang'>, language: string): boolean {
  const tag = voice.lang.toLowerCase().replace('_', '-');
  return tag === language || tag.startsWith(`${language}-`);
}

/**
 * Reads text aloud with the browser's own speech synthesis, in a given language. Provided per
 * page: it stops speaking and stops listening for voices when the page goes. Browsers load
 * their voices late (Chrome fires `voiceschanged`), and many phones have none for some
 * languages: `canSpeak` is false until a voice for the language is there.
 */
@Injectable()
export class ReadAloud {
  private readonly synthesis: SpeechSynthesis | null;
  private readonly voices = signal<readonly SpeechSynthesisVoice[]>([]);
  /** Whether something is being read now. */
  readonly speaking = signal(false);
  /** Counts readings, so that the end of a cancelled one does not reset a newer one. */
  private reading = 0;

  constructor() {
    const view = inject(DOCUMENT).defaultView;
    this.synthesis =
      view && 'speechSynthesis' in view && typeof view.SpeechSynthesisUtterance === 'function'
        ? view.speechSynthesis
        : null;
    const synthesis = this.synthesis;
    if (!synthesis) return;
    const update = () => this.voices.set(synthesis.getVoices());
    update();
    synthesis.addEventListener('voiceschanged', update);
    inject(DestroyRef).onDestroy(() => {
      synthesis.removeEventListener('voiceschanged', update);
      this.stop();
    });
  }

  canSpeak(language: string): boolean {
    return this.voices().some((voice) => voiceSpeaks(voice, language));
  }

  /** Reads `texts` one after the other, in `language`; stops what was being read. */
  read(texts: readonly string[], language: string): void {
    const synthesis = this.synthesis;
    if (!synthesis) return;
    synthesis.cancel();
    const voices = this.voices().filter((voice) => voiceSpeaks(voice, language));
    const voice = voices.find((v) => v.localService) ?? voices[0] ?? null;
    const reading = ++this.reading;
    const parts = texts.map((text) => text.trim()).filter((text) => text.length > 0);
    if (parts.length === 0) return;
    this.speaking.set(true);
    parts.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = language;
      try {
        if (voice) utterance.voice = voice;
      } catch {
        // A voice the browser will not take: `lang` alone still picks one for the language.
      }
      utterance.rate = 0.9;
      if (index === parts.length - 1) {
        const done = () => {
          if (this.reading === reading) this.speaking.set(false);
        };
        utterance.onend = done;
        utterance.onerror = done;
      }
      synthesis.speak(utterance);
    });
  }

  stop(): void {
    this.reading++;
    this.speaking.set(false);
    this.synthesis?.cancel();
  }
}
