/** A place the gazetteer found: the city it matched and its coordinates (WGS84 degrees). */
export interface PlaceMatch {
  name: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  lat: number;
  lon: number;
}

/** Words before a city name that do not change where it is ("off Tobruk", "near Sirte"). */
const LEADING = /^(near|off|outside|around|central|downtown|greater) /;

/**
 * An offline gazetteer of world cities (built by scripts/build-gazetteer.mjs from GeoNames).
 * `locate("Tripoli, Libya")` reads a place the way people write one: a city, then optional
 * qualifiers (an admin area code such as "DC", a US state, a country name or code), separated
 * by commas or in brackets. Cities are kept largest first, so "Tripoli" alone is the capital
 * of Libya and "Tripoli, Lebanon" is the other one. A country alone is not a city and is not
 * found. The file holds three sections:
 *
 *     [countries]  code <TAB> name|other name|…
 *     [admin]      country <TAB> code <TAB> name|…
 *     [cities]     name <TAB> country <TAB> admin code <TAB> lat <TAB> lon   (largest first)
 */
export class Gazetteer {
  private readonly countryByName = new Map<string, string>();
  private readonly adminByName = new Map<string, { country: string; admin: string }[]>();
  private readonly cityIndex = new Map<string, number[]>();
  private readonly names: string[] = [];
  private readonly countries: string[] = [];
  private readonly admins: string[] = [];
  private readonly lats: number[] = [];
  private readonly lons: number[] = [];

  static parse(text: string): Gazetteer {
    const gazetteer = new Gazetteer();
    let section = '';
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      if (line.startsWith('[')) {
        section = line.trim();
        continue;
      }
      const cells = line.split('\t');
      if (section === '[cities]') gazetteer.addCity(cells);
      else if (section === '[countries]') gazetteer.addCountry(cells);
      else if (section === '[admin]') gazetteer.addAdmin(cells);
    }
    return gazetteer;
  }

  /** Number of city names (aliases included). */
  get size(): number {
    return this.names.length;
  }

  locate(place: string): PlaceMatch | null {
    const parts = place
      .split(/[,;()[\]]/)
      .map(normalizePlace)
      .filter(Boolean);
    for (let start = 0; start < parts.length; start++) {
      for (let end = parts.length; end > start; end--) {
        const name = parts.slice(start, end).join(' ');
        const qualifiers = parts.slice(end);
        const found =
          this.find(name, qualifiers) ??
          (LEADING.test(name) ? this.find(name.replace(LEADING, ''), qualifiers) : null);
        if (found) return found;
      }
    }
    return null;
  }

  private find(name: string, qualifiers: string[]): PlaceMatch | null {
    // A country's name alone is not a city in it ("Mexico" is not Mexico, Missouri).
    if (qualifiers.length === 0 && this.countryByName.has(name)) return null;
    const candidates = this.cityIndex.get(name);
    if (!candidates) return null;
    const i = candidates.find((c) => qualifiers.every((q) => this.qualifies(c, q)));
    if (i === undefined) return null;
    return {
      name: this.names[i]!,
      country: this.countries[i]!,
      lat: this.lats[i]!,
      lon: this.lons[i]!,
    };
  }

  private qualifies(city: number, qualifier: string): boolean {
    const country = this.countries[city]!;
    const admin = this.admins[city]!;
    if (this.countryByName.get(qualifier) === country) return true;
    if (admin && qualifier === admin.toLowerCase()) return true;
    return (
      this.adminByName.get(qualifier)?.some((a) => a.country === country && a.admin === admin) ??
      false
    );
  }

  private addCity([name, country, admin, lat, lon]: string[]): void {
    if (!name || !country || lat === undefined || lon === undefined) return;
    const i = this.names.length;
    this.names.push(name);
    this.countries.push(country);
    this.admins.push(admin ?? '');
    this.lats.push(Number(lat));
    this.lons.push(Number(lon));
    const key = normalizePlace(name);
    const list = this.cityIndex.get(key);
    if (list) list.push(i);
    else this.cityIndex.set(key, [i]);
  }

  private addCountry([code, names]: string[]): void {
    if (!code) return;
    this.countryByName.set(code.toLowerCase(), code);
    for (const name of (names ?? '').split('|')) {
      if (name) this.countryByName.set(normalizePlace(name), code);
    }
  }

  private addAdmin([country, admin, names]: string[]): void {
    if (!country || !admin) return;
    for (const name of (names ?? '').split('|')) {
      const key = normalizePlace(name);
      if (!key) continue;
      const list = this.adminByName.get(key) ?? [];
      list.push({ country, admin });
      this.adminByName.set(key, list);
    }
  }
}

const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** Lower case, no accents, no punctuation: "Washington, D.C." and "washington dc" compare equal. */
export function normalizePlace(text: string): string {
  // Most names are plain ASCII words: the full normalisation would only lower their case.
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
