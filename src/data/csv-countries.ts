/**
 * Countries for CSV import: codes and English names come from the maintained ISO 3166 list of
 * `i18n-iso-countries` (English only, bundled: no network), regions from a small table.
 */
import isoCountries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json";
import type { REGIONS } from "./kinds";

type Region = (typeof REGIONS)[number];

isoCountries.registerLocale(english);

/**
 * Lattice has six regions (kinds.ts). Countries of the Indo-Pacific and its partners are listed;
 * every other country gets the closest of the six and the import says so in the dataset's
 * description: the Middle East and Central Asia → "South Asia", Latin America and the Caribbean →
 * "North America", Africa, Russia and the rest → "Europe".
 */
const REGION_CODES: Record<Region, string> = {
  "East Asia": "CHN HKG JPN KOR MAC MNG PRK TWN",
  "South Asia":
    "AFG BGD BTN IND IOT LKA MDV NPL PAK " +
    // closest of the six for the Middle East and Central Asia
    "ARE BHR IRN IRQ ISR JOR KAZ KGZ KWT LBN OMN PSE QAT SAU SYR TJK TKM UZB YEM",
  "Southeast Asia": "BRN CXR CCK IDN KHM LAO MMR MYS PHL SGP THA TLS VNM",
  Oceania:
    "ASM ATA AUS COK FJI FSM GUM HMD KIR MHL MNP NCL NFK NIU NRU NZL PCN PLW PNG PYF SLB TKL TON TUV UMI VUT WLF WSM",
  "North America":
    "BMU CAN GRL MEX SPM USA " +
    // closest of the six for Latin America and the Caribbean
    "ABW AIA ARG ATG BES BHS BLM BLZ BOL BRA BRB CHL COL CRI CUB CUW CYM DMA DOM ECU FLK GLP GRD GTM GUF GUY " +
    "HND HTI JAM KNA LCA MAF MSR MTQ NIC PAN PER PRI PRY SGS SLV SUR SXM TCA TTO URY VCT VEN VGB VIR",
  // Listed apart (EUROPE) because it is also the fallback for countries not listed anywhere.
  Europe: "",
};

const EUROPE = new Set(
  (
    "ALA ALB AND AUT BEL BGR BIH BLR CHE CYP CZE DEU DNK ESP EST FIN FRA FRO GBR GGY GIB GRC HRV HUN IMN IRL " +
    "ISL ITA JEY LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU RUS SJM SMR SRB SVK SVN SWE TUR UKR VAT"
  ).split(" "),
);

const REGION_BY_CODE = new Map<string, Region>();
for (const [region, codes] of Object.entries(REGION_CODES) as [Region, string][])
  for (const code of codes.split(" ").filter(Boolean)) REGION_BY_CODE.set(code, region);

/** The region of an ISO alpha-3 code; "Europe" for Europe and for any country not in the table. */
export function regionOf(alpha3: string): Region {
  return REGION_BY_CODE.get(alpha3) ?? "Europe";
}

/** True when the code is listed in the region table, false when "Europe" is a fallback guess. */
export function hasListedRegion(alpha3: string): boolean {
  return REGION_BY_CODE.has(alpha3) || EUROPE.has(alpha3);
}

/**
 * Resolves what a CSV writer put in `parties`: an alpha-3 code (JPN), an alpha-2 code (JP) or an
 * English name (Japan). Null when it is none of these.
 */
export function resolveCountry(text: string): string | null {
  const value = text.trim();
  if (value === "") return null;
  const upper = value.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) return isoCountries.isValid(upper) ? upper : null;
  if (/^[A-Z]{2}$/.test(upper)) return isoCountries.alpha2ToAlpha3(upper) ?? null;
  return isoCountries.getAlpha3Code(value, "en") ?? null;
}

/**
 * The English name to show: the first of the library's names without a comma, so "Taiwan" rather
 * than "Taiwan, Province of China" and "South Korea" rather than "Korea, Republic of".
 */
export function countryName(alpha3: string): string {
  const names = isoCountries.getName(alpha3, "en", { select: "all" }) ?? [];
  return names.find((n) => !n.includes(",")) ?? names[0] ?? alpha3;
}
