import { LitElement, html, nothing } from 'lit';
import { comboboxStyles } from './passerelle-combobox.styles.js';

export interface ComboboxOption {
  /** Stable id among the options of this list (used for the DOM ids). */
  readonly id: string;
  readonly label: string;
  /** A short word shown beside the label (« métier », « 33000 »). */
  readonly hint?: string;
}

/** Internal events: they stay inside the finder's shadow root (not composed). */
export interface ComboboxInputDetail {
  readonly value: string;
}
export interface ComboboxSelectDetail {
  readonly option: ComboboxOption;
}
export interface ComboboxSubmitDetail {
  readonly value: string;
}

let nextInstance = 0;

/**
 * An editable combobox with a list of suggestions (WAI-ARIA combobox pattern, list autocomplete).
 * The label, the input, the listbox and its options live in the same shadow root, because
 * `aria-activedescendant` cannot point across shadow roots.
 *
 * Keyboard: ↓/↑ open the list and move (wrapping), Enter chooses the highlighted suggestion (or submits
 * the text), Escape closes the list, then clears the field.
 *
 * @tag passerelle-combobox
 * @fires combobox-input - The text changed (internal, not composed).
 * @fires combobox-select - A suggestion was chosen (internal, not composed).
 * @fires combobox-submit - Enter was pressed with no suggestion highlighted (internal, not composed).
 * @csspart label - The visible label.
 * @csspart input - The text field.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 */
export class PasserelleCombobox extends LitElement {
  static override styles = comboboxStyles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Reactive properties, declared without decorators to keep the one-file script small. */
  static override properties = {
    label: {},
    hint: {},
    value: {},
    options: { attribute: false },
    autocomplete: {},
    listLabel: { attribute: 'list-label' },
    maxLength: { attribute: 'maxlength', type: Number },
    open: { state: true, attribute: false },
    activeIndex: { state: true, attribute: false },
  };

  private readonly idPrefix = `pc${(nextInstance += 1)}`;
  /** True between a keystroke and a choice: new suggestions may then open the list. */
  private typing = false;

  private open = false;
  private activeIndex = -1;

  /** Visible label of the field. */
  label = '';
  /** A short help text under the label. */
  hint = '';
  /** Current text of the field. */
  value = '';
  /** Suggestions for the current text. */
  options: readonly ComboboxOption[] = [];
  /** `autocomplete` token for the browser (e.g. `postal-code`), `off` by default. */
  autocomplete = 'off';
  /** Accessible name of the list of suggestions. */
  listLabel = 'Suggestions';
  /** The most characters the field takes (none by default). */
  maxLength: number | undefined;

  private get input(): HTMLInputElement | null {
    return this.renderRoot?.querySelector('input') ?? null;
  }

  /** Moves focus into the text field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('options')) {
      this.activeIndex = -1;
      if (this.options.length === 0) this.open = false;
      else if (this.typing && this.matches(':focus-within') && this.value.trim() !== '') this.open = true;
    }
  }

  /** Internal events bubble to the component that holds this one, never further (not composed). */
  private fire(event: CustomEvent): void {
    this.dispatchEvent(event);
  }

  private handleInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.typing = true;
    this.activeIndex = -1;
    this.open = this.value.trim() !== '' && this.options.length > 0;
    this.fire(
      new CustomEvent<ComboboxInputDetail>('combobox-input', {
        detail: { value: this.value },
        bubbles: true,
      }),
    );
  }

  private choose(option: ComboboxOption): void {
    this.typing = false;
    this.value = option.label;
    this.open = false;
    this.activeIndex = -1;
    this.fire(
      new CustomEvent<ComboboxSelectDetail>('combobox-select', { detail: { option }, bubbles: true }),
    );
  }

  private move(step: 1 | -1): void {
    const count = this.options.length;
    if (count === 0) return;
    if (!this.open) {
      this.open = true;
      this.activeIndex = step === 1 ? 0 : count - 1;
      return;
    }
    this.activeIndex =
      this.activeIndex === -1 ? (step === 1 ? 0 : count - 1) : (this.activeIndex + step + count) % count;
  }

  private handleKeydown(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(-1);
        break;
      case 'Enter': {
        const option = this.open ? this.options[this.activeIndex] : undefined;
        event.preventDefault();
        if (option) this.choose(option);
        else {
          this.open = false;
          this.typing = false;
          this.fire(
            new CustomEvent<ComboboxSubmitDetail>('combobox-submit', {
              detail: { value: this.value },
              bubbles: true,
            }),
          );
        }
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.typing = false;
          this.open = false;
          this.activeIndex = -1;
        } else if (this.value !== '') {
          event.preventDefault();
          this.value = '';
          this.fire(
            new CustomEvent<ComboboxInputDetail>('combobox-input', { detail: { value: '' }, bubbles: true }),
          );
        }
        break;
      default:
        break;
    }
  }

  private handleBlur(): void {
    this.typing = false;
    this.open = false;
    this.activeIndex = -1;
  }

  private handleOptionPointerDown(event: Event): void {
    // Keeps focus in the field, so choosing with the pointer does not close the list first.
    event.preventDefault();
  }

  override updated(): void {
    if (this.activeIndex >= 0) {
      this.renderRoot
        .querySelector(`#${this.idPrefix}-option-${this.activeIndex}`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }

  private renderOption(option: ComboboxOption, index: number) {
    const active = index === this.activeIndex;
    return html`<li
      id="${this.idPrefix}-option-${index}"
      role="option"
      part="option"
      aria-selected=${active ? 'true' : 'false'}
      @pointerdown=${this.handleOptionPointerDown}
      @click=${() => this.choose(option)}
    >
      <span>${option.label}</span
      >${option.hint ? html`<span class="option-hint">${option.hint}</span>` : nothing}
    </li>`;
  }

  override render() {
    const listId = `${this.idPrefix}-listbox`;
    const hintId = `${this.idPrefix}-hint`;
    const expanded = this.open && this.options.length > 0;
    return html`
      <label part="label" for="${this.idPrefix}-input">${this.label}</label>
      ${this.hint ? html`<span class="hint" id=${hintId}>${this.hint}</span>` : nothing}
      <input
        id="${this.idPrefix}-input"
        part="input"
        type="text"
        role="combobox"
        autocomplete=${this.autocomplete}
        maxlength=${this.maxLength ?? nothing}
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls=${listId}
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-describedby=${this.hint ? hintId : nothing}
        aria-activedescendant=${expanded && this.activeIndex >= 0 ? `${this.idPrefix}-option-${this.activeIndex}` : nothing}
        .value=${this.value}
        @input=${this.handleInput}
        @keydown=${this.handleKeydown}
        @blur=${this.handleBlur}
      />
      <ul id=${listId} role="listbox" part="listbox" aria-label=${this.listLabel} ?hidden=${!expanded}>
        ${expanded ? this.options.map((option, index) => this.renderOption(option, index)) : nothing}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'passerelle-combobox': PasserelleCombobox;
  }
}
