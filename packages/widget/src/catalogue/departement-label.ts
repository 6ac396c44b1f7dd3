/**
 * « de la Charente » for the loading notices. The names table is a small module of its own, asked
 * for when a catalogue starts loading (in parallel with the manifest, so it is there before the
 * first shard); until it arrives a notice says « du département 16 ».
 */
type OfDepartement = (code: string) => string;

let of: OfDepartement | undefined;
let loading: Promise<void> | undefined;

export function loadDepartementNames(onLoaded: () => void): void {
  loading ??= import('./departement-names.js').then(
    (module) => {
      of = module.ofDepartement;
      onLoaded();
    },
    () => {
      loading = undefined;
    },
  );
}

export function ofDepartement(code: string): string {
  return of ? of(code) : `du département ${code}`;
}
