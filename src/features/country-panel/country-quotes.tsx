import type { Country } from "../../data/schema";
import { ExternalLink } from "../../components/external-link";

type Quote = NonNullable<Country["quotes"]>[number];

/** Quotes from the seed article that concern the country, each attributed with its source. */
export function CountryQuotes({ quotes }: { quotes: Quote[] }) {
  if (quotes.length === 0) return null;
  return (
    <section aria-labelledby="country-quotes-heading">
      <h3 id="country-quotes-heading">In the article</h3>
      {quotes.map((q, k) => (
        <figure key={k} className="panel-quote">
          <blockquote>“{q.text}”</blockquote>
          <figcaption>
            — {q.attribution} (<ExternalLink href={q.source.url}>{q.source.publisher}</ExternalLink>)
          </figcaption>
        </figure>
      ))}
    </section>
  );
}
