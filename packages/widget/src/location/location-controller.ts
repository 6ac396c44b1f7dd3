/**
 * Where the person searches around: the place field's text and suggestions, « autour de moi » (the
 * browser asks only on that click, and the position stays in the page), and the webmaster's `near`
 * preset. The chosen centre is handed to the search as a filter.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Logger } from '@passerelle/core';
import type { PlaceChoice } from '../internal/engine.js';
import { console_, ui } from '../internal/messages.js';
import type { CatalogueController } from '../catalogue/catalogue-controller.js';
import type { Centre } from '../filters/filters.js';
import type { SearchController } from '../search/search-controller.js';

export type GeoStatus = 'idle' | 'waiting' | 'done' | 'denied' | 'unsupported';

export const defaultRadiusKm = 30;

export class LocationController implements ReactiveController {
  text = '';
  options: readonly PlaceChoice[] = [];
  message = '';
  geoStatus: GeoStatus = 'idle';
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly catalogue: CatalogueController,
    private readonly search: SearchController,
    private readonly logger: () => Logger,
    /** The webmaster's `near` postal code. */
    private readonly preset: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the status line under the field says. */
  get statusText(): string {
    if (this.message) return this.message;
    const texts: Record<GeoStatus, string> = {
      idle: '',
      waiting: ui.aroundMeWaiting,
      done: ui.aroundMeDone,
      denied: ui.aroundMeDenied,
      unsupported: ui.aroundMeUnsupported,
    };
    return texts[this.geoStatus];
  }

  input(text: string): void {
    this.text = text;
    this.options = this.catalogue.places?.suggest(text, 8) ?? [];
    this.message = '';
    if (this.catalogue.communesPending) {
      // The full list of communes arrives after the first keystroke: suggest again for what is typed
      // then (more keys may have been pressed while the files loaded).
      void this.catalogue.ensureCommunes(this.logger()).then(() => {
        if (this.text.trim() !== '') this.setOptions(this.catalogue.places?.suggest(this.text, 8) ?? []);
      });
    }
    if (this.text.trim() === '' && this.search.values.centre) this.search.setFilters({ centre: null });
    this.host.requestUpdate();
  }

  select(id: string): void {
    const place = this.options.find((candidate) => candidate.id === id);
    if (place) this.choose(place);
  }

  submit(text: string): void {
    const first = this.catalogue.places?.find(text);
    if (first) this.choose(first);
    else if (text.trim() !== '') {
      this.message = ui.placeUnknown(text.trim());
      this.host.requestUpdate();
    }
  }

  /** Forgets the place (the field, its suggestions, the position); the search filter goes too. */
  clear(): void {
    this.forget();
    this.search.setFilters({ centre: null });
  }

  /** « Autour de moi ». */
  aroundMe(): void {
    if (!('geolocation' in navigator)) {
      this.setGeoStatus('unsupported');
      return;
    }
    this.setGeoStatus('waiting');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        this.text = '';
        this.setGeoStatus('done');
        this.setCentre({
          label: ui.aroundMeDone,
          coordinates: { lat: position.coords.latitude, lon: position.coords.longitude },
          private: true,
        });
      },
      () => this.setGeoStatus('denied'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  /** Centres the search on the webmaster's `near` postal code, once the communes are known. */
  async applyPreset(): Promise<void> {
    const postalCode = this.preset();
    if (!postalCode) return;
    await this.catalogue.ensureCommunes(this.logger());
    const place = this.catalogue.places?.find(postalCode);
    if (!place) {
      this.logger().warn(console_.nearNotFound(postalCode));
      return;
    }
    this.text = place.name;
    this.setCentre({ label: place.name, coordinates: place.coordinates, private: false }, false);
  }

  /** Back to the webmaster's preset place, or none; the search's filters were already reset. */
  async reset(): Promise<void> {
    this.forget();
    await this.applyPreset();
  }

  private choose(place: PlaceChoice): void {
    this.text = place.name;
    this.options = [];
    this.message = '';
    this.geoStatus = 'idle';
    this.setCentre({ label: place.name, coordinates: place.coordinates, private: false });
  }

  private setCentre(centre: Centre, notify = true): void {
    this.search.setFilters({ centre, radiusKm: this.search.values.radiusKm ?? defaultRadiusKm }, notify);
  }

  private forget(): void {
    this.text = '';
    this.options = [];
    this.message = '';
    this.geoStatus = 'idle';
    this.host.requestUpdate();
  }

  private setOptions(options: readonly PlaceChoice[]): void {
    this.options = options;
    this.host.requestUpdate();
  }

  private setGeoStatus(status: GeoStatus): void {
    this.geoStatus = status;
    this.host.requestUpdate();
  }
}
