/**
 * « Écouter »: reads a question, an answer or a plan section with the browser's speech synthesis,
 * in a French voice. Offered only when the API and a French voice are there (voices often arrive
 * after the page, hence the `voiceschanged` listener). Nothing leaves the device: the synthesis
 * runs in the browser (some systems use an online voice — that is the system's choice, not ours).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Speech = Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel'> &
  Partial<Pick<SpeechSynthesis, 'addEventListener' | 'removeEventListener'>>;

export class ReadAloudController implements ReactiveController {
  private voice: SpeechSynthesisVoice | undefined;
  private speech: Speech | undefined;
  private readonly onVoices = () => this.pickVoice();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The synthesis to use (the browser's by default; tests pass a stub). */
  use(speech: Speech | undefined): void {
    if (speech === this.speech) return;
    this.speech?.removeEventListener?.('voiceschanged', this.onVoices);
    this.speech = speech;
    this.speech?.addEventListener?.('voiceschanged', this.onVoices);
    this.pickVoice();
  }

  get available(): boolean {
    return this.voice !== undefined;
  }

  read(text: string): void {
    if (!this.speech || !this.voice) return;
    this.speech.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    utterance.rate = 0.9;
    this.speech.speak(utterance);
  }

  stop(): void {
    this.speech?.cancel();
  }

  hostDisconnected(): void {
    this.stop();
    this.speech?.removeEventListener?.('voiceschanged', this.onVoices);
  }

  private pickVoice(): void {
    const voices = this.speech?.getVoices() ?? [];
    const voice =
      voices.find((candidate) => candidate.lang.toLowerCase() === 'fr-fr') ??
      voices.find((candidate) => candidate.lang.toLowerCase().startsWith('fr'));
    if (voice !== this.voice) {
      this.voice = voice;
      this.host.requestUpdate();
    }
  }
}

/** The browser's speech synthesis, when it has one. */
export function browserSpeech(): Speech | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}
