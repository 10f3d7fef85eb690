/**
 * The bundled dataset's source policy (docs/methodology.md, "Sources"), checked by
 * `npm run validate:data -- --strict`: no source from a host on the deny-list (mirrors, uploads,
 * exam-prep sites, content farms, blogs, aggregators, file hosts), no http:// link, every source
 * typed, and the share of agreements whose first source is official. User datasets are not held to
 * it: it is a rule for the record Lattice itself publishes.
 */
import type { Dataset, Source } from "./schema";

/** Hosts never cited, each with the reason shown in the problem (a host matches its subdomains). */
export const DENIED_SOURCE_HOSTS: Readonly<Record<string, string>> = {
  // Mirrors and forks of encyclopaedias.
  "wiki.riteme.site": "a Wikipedia mirror",
  "encyclopediahub.com": "a Wikipedia mirror",
  "the-uncensored-wiki.com": "a Wikipedia mirror",
  "wikiwand.com": "a Wikipedia mirror",
  "wiki2.org": "a Wikipedia mirror",
  "dbpedia.org": "a Wikipedia scraper",
  // Document uploads.
  "scribd.com": "a document-upload site",
  "docplayer.net": "a document-upload site",
  "pdfcoffee.com": "a document-upload site",
  "studocu.com": "a document-upload site",
  "coursehero.com": "a document-upload site",
  "yumpu.com": "a document-upload site",
  "dokumen.pub": "a document-upload site",
  // Exam-preparation and coaching sites.
  "drishtiias.com": "an exam-prep site",
  "byjus.com": "an exam-prep site",
  "jagranjosh.com": "an exam-prep site",
  "testbook.com": "an exam-prep site",
  "insightsonindia.com": "an exam-prep site",
  "iasgyan.in": "an exam-prep site",
  "vajiramandravi.com": "an exam-prep site",
  "clearias.com": "an exam-prep site",
  "gktoday.in": "an exam-prep site",
  "civilsdaily.com": "an exam-prep site",
  "adda247.com": "an exam-prep site",
  "indianbureaucracy.com": "an exam-prep and republishing site",
  // Content farms, republishers and aggregators.
  "thefederalnewswire.com": "a content-farm republisher",
  "thenationalpolicy.com": "a content-farm republisher",
  "net24.news": "a content-farm republisher",
  "datais.info": "a scraper of parliamentary questions",
  "fxcnews.com": "an aggregator, not a newspaper",
  "newsbreak.com": "an aggregator",
  "dcicontracts.com": "a republisher of press releases",
  "twfindia.in": "a republisher",
  // Personal blogs and free blog hosts.
  "blogspot.com": "a personal blog host",
  "wordpress.com": "a personal blog host",
  "medium.com": "a personal blog host",
  // CDN and file hosts.
  "cloudfront.net": "a CDN host",
  "amazonaws.com": "a file host",
  "googleusercontent.com": "a file host",
  "akamaized.net": "a CDN host",
};

/**
 * Hosts cited over http:// because no https address of the page was found (archives of defunct
 * editions, old government sites). Every other source must use https.
 */
export const HTTP_ONLY_HOSTS: ReadonlySet<string> = new Set([
  "archives.sundayobserver.lk",
  "eng.taiwan.cn",
  "english.china.org.cn",
  "french.peopledaily.com.cn",
  "m.oananews.org",
  "oldweb.soct.baria-vungtau.gov.vn",
  "pmtranscripts.pmc.gov.au",
  "sainiksamachar.nic.in",
  "tempo.com.ph",
  "webarchives.pa.go.kr",
  "www.asia-pacific-solidarity.net",
  "www.chicagoshimpo.com",
  "www.dndph.org",
  "www.gmanews.tv",
  "www.radioaustralia.net.au",
]);

/** Share of agreements whose first source must be official for the strict check to pass. */
export const OFFICIAL_FIRST_TARGET = 0.75;

export interface SourceReport {
  problems: { path: string; message: string }[];
  agreements: number;
  officialFirst: number;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return "";
  }
}

export function deniedHostReason(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  for (const [denied, reason] of Object.entries(DENIED_SOURCE_HOSTS)) {
    if (host === denied || host.endsWith(`.${denied}`)) return reason;
  }
  return null;
}

function sourceProblems(path: string, sources: readonly Source[]): { path: string; message: string }[] {
  return sources.flatMap((s, k) => {
    const at = `${path}.sources[${k}]`;
    const out: { path: string; message: string }[] = [];
    const denied = deniedHostReason(s.url);
    if (denied)
      out.push({ path: `${at}.url`, message: `${denied}: cite the government or news page instead` });
    if (s.url.startsWith("http://") && !HTTP_ONLY_HOSTS.has(hostOf(s.url)))
      out.push({ path: `${at}.url`, message: "use the https:// address" });
    if (!s.type)
      out.push({
        path: `${at}.type`,
        message: "give the source a type (official, news, analysis, reference)",
      });
    return out;
  });
}

/** Checks every source of a dataset against the policy and counts official-first agreements. */
export function checkSources(data: Dataset): SourceReport {
  const problems = [
    ...data.agreements.flatMap((a, i) => sourceProblems(`agreements[${i}]`, a.sources)),
    ...data.events.flatMap((e, i) => sourceProblems(`events[${i}]`, e.sources)),
  ];
  const officialFirst = data.agreements.filter((a) => a.sources[0]?.type === "official").length;
  const agreements = data.agreements.length;
  if (agreements > 0 && officialFirst / agreements < OFFICIAL_FIRST_TARGET)
    problems.push({
      path: "agreements",
      message: `${officialFirst} of ${agreements} agreements cite an official source first; the target is ${Math.round(OFFICIAL_FIRST_TARGET * 100)}%`,
    });
  return { problems, agreements, officialFirst };
}
