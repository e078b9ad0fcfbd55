import { KBLI_SECTIONS } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The abbreviations a reader of the portal meets, explained on hover and on the glossary page. */
export const GLOSSARY_TERMS = [
  'JKK',
  'JKM',
  'JHT',
  'JP',
  'JKP',
  'KPJ',
  'PU',
  'BPU',
  'NIK',
  'NIB',
  'UMKM',
  'KBLI',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

function isTerm(code: string): code is GlossaryTerm {
  return (GLOSSARY_TERMS as readonly string[]).includes(code);
}

/** An abbreviation with its meaning as a tooltip (and for screen readers); unknown codes stay text. */
export function Abbr(props: { code: string }) {
  const { t } = useTranslation();
  if (!isTerm(props.code)) return <>{props.code}</>;
  return <abbr title={t(`glossary.terms.${props.code}.name`)}>{props.code}</abbr>;
}

/** A list of abbreviations (`JKK, JKM, JHT`), each explained. */
export function AbbrList(props: { codes: readonly string[] }) {
  return (
    <>
      {props.codes.map((code, i) => (
        <span key={code}>
          {i > 0 && ', '}
          <Abbr code={code} />
        </span>
      ))}
    </>
  );
}

/** A link to the glossary, for pages full of abbreviations. */
export function GlossaryLink() {
  const { t } = useTranslation();
  return (
    <Link to="/glosarium" className="small">
      {t('glossary.link')}
    </Link>
  );
}

/** The glossary: programmes, numbers and worker types, and the KBLI sections by letter. */
export default function GlossaryPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1>{t('glossary.title')}</h1>
      <p className="muted">{t('glossary.intro')}</p>
      <section className="card">
        <dl className="glossary" data-testid="glossary">
          {GLOSSARY_TERMS.map((term) => (
            <div key={term} id={`istilah-${term}`}>
              <dt>
                <abbr title={t(`glossary.terms.${term}.name`)}>{term}</abbr> — {t(`glossary.terms.${term}.name`)}
              </dt>
              <dd>{t(`glossary.terms.${term}.meaning`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card stack">
        <h2>{t('glossary.kbliTitle')}</h2>
        <p className="muted">{t('glossary.kbliIntro')}</p>
        <dl className="glossary kbli">
          {Object.entries(KBLI_SECTIONS).map(([letter, title]) => (
            <div key={letter}>
              <dt>{letter}</dt>
              <dd>{title}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
