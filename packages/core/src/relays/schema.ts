/**
 * A local relay directory: the places a partner sends people to (Mission locale, France Travail,
 * CRIA…), with their address, phone, opening hours and what to bring. A partner writes its own
 * JSON file; the widget validates it through `parseRelayDirectory` before showing anything.
 *
 * Plain TypeScript; `runtime-schema.ts` checks a directory against these types and proves the two match.
 */
import type { Coordinates, Provenance } from '../catalogue/schema.js';
import { RELAY_KINDS } from '../orientation/types.js';

/** The `format` field every relay directory JSON carries. */
export const RELAY_DIRECTORY_FORMAT = 'passerelle-relays';
/** Version of the relay directory format that `parseRelayDirectory` reads. */
export const RELAY_DIRECTORY_VERSION = 1;

/** The relay kinds of the orientation contract (`orientation.md`): one list for rules and directories. */
export const RELAY_DIRECTORY_KINDS = RELAY_KINDS;
/** A kind of relay a relay directory may list. */
export type DirectoryRelayKind = (typeof RELAY_DIRECTORY_KINDS)[number];

/** A relay's address, with the commune's INSEE code and coordinates. */
export interface RelayAddress {
  /** At least one. */
  lines: string[];
  postalCode: string;
  city: string;
  inseeCode?: string | undefined;
  coordinates?: Coordinates | undefined;
}

/** One relay of a directory: its kind, name, address, contacts and opening hours. */
export interface Relay {
  /** Stable identifier inside the directory. */
  id: string;
  kind: DirectoryRelayKind;
  name: string;
  address: RelayAddress;
  departement: string;
  /** French numbers as people write them: `05 36 49 12 34`, `+33 5 36 49 12 34`, short `39 49`. */
  phone?: string | undefined;
  email?: string | undefined;
  /** Only http(s). */
  website?: string | undefined;
  /** OSM `opening_hours`, e.g. `Mo-Fr 09:00-12:00,14:00-17:00; PH off`. */
  openingHours?: string | undefined;
  /** Whether a visit needs an appointment. */
  appointment?: boolean | undefined;
  /** Papers to bring, one per item, in plain French. */
  whatToBring: string[];
  /** Anything else worth saying (who is welcome, access, languages spoken). */
  notes?: string | undefined;
}

/** Where a relay directory comes from (source, date, licence, demo or not). */
export type RelayDirectoryMeta = Provenance;

/** A partner's list of relays, checked by `parseRelayDirectory`. */
export interface RelayDirectory {
  format: typeof RELAY_DIRECTORY_FORMAT;
  version: typeof RELAY_DIRECTORY_VERSION;
  meta: RelayDirectoryMeta;
  relays: Relay[];
}
