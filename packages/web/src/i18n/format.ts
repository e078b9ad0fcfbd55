import { SMALL_GROUP_LABEL } from '@jamsos/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The BCP 47 locale each interface language formats numbers and dates in. */
const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

export function localeOf(language: string): string {
  return language === 'en' ? LOCALES.en : LOCALES.id;
}

/**
 * Numbers, percentages and dates in the user's language: id-ID writes `4.943`, `35,4%` and
 * `2 Des 2026`; en-GB `4,943`, `35.4%` and `2 Dec 2026`. Every figure on screen goes through
 * these, so a page never mixes conventions (CSV downloads keep plain numbers instead).
 */
export interface Formatters {
  readonly locale: string;
  /** A count or an amount: `4.943`. */
  number(value: number): string;
  /** A share between 0 and 1 as a percentage with at most one decimal: `35,4%`. */
  percent(share: number): string;
  /** A count of people that may be suppressed (another tenant's small group): null is `<5`. */
  count(value: number | null | undefined): string;
  /** A share that may be suppressed with its counts: null is `–`. */
  share(value: number | null | undefined): string;
  /** Rupiah without decimals: `Rp1.000.000`. */
  rupiah(value: number): string;
  /** A calendar date (`YYYY-MM-DD`, or an ISO timestamp): `2 Des 2026`. */
  date(value: string | Date): string;
  /** A moment: `2 Des 2026, 14.05`. */
  dateTime(value: string | Date): string;
}

/** A `YYYY-MM-DD` date is a calendar day, not midnight UTC: read it in local time. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00`) : new Date(value);
}

export function formatters(language: string): Formatters {
  const locale = localeOf(language);
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const rupiah = new Intl.NumberFormat(locale, { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    locale,
    number: (value) => number.format(value),
    percent: (share) => percent.format(share),
    count: (value) => (value === null || value === undefined ? SMALL_GROUP_LABEL : number.format(value)),
    share: (value) => (value === null || value === undefined ? '–' : percent.format(value)),
    rupiah: (value) => rupiah.format(value).replace(/\s/g, ''),
    date: (value) => date.format(toDate(value)),
    dateTime: (value) => dateTime.format(toDate(value)),
  };
}

/** The formatters of the current interface language (they change with it). */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => formatters(i18n.language), [i18n.language]);
}
