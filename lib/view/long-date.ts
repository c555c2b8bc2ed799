// A day's long form (`30 May 2006`, `30. Mai 2006`) written without Intl for the locales whose form is tabled
// here: the first Intl date or number formatter in a fresh tab costs 14-18 ms, on the clean view's first screen.
// Only the tabled tags; any other locale gets null and Intl. long-date.test.ts holds each one to Intl's output.

/** `May 30, 2006`, `30 May 2006`, `30. Mai 2006`, `30 de mayo de 2006`. */
type Order = 'month-first' | 'day-first' | 'day-dot' | 'day-of';

interface Form {
  months: readonly string[];
  order: Order;
}

/** English month names, as the citation styles and the English long forms write them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// The other languages' month names as Intl writes them in its long form (the test checks each).
const DE = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];
const FR = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const PT = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
];

const forms = (tags: readonly string[], form: Form) => tags.map((tag) => [tag, form] as const);

/** By exact BCP 47 tag, as uiLocale() gives it (de-AT is left out: it writes January `Jänner`). */
const FORMS: ReadonlyMap<string, Form> = new Map([
  ...forms(['en', 'en-US', 'en-CA'], { months: MONTHS, order: 'month-first' }),
  ...forms(['en-GB', 'en-AU', 'en-IE', 'en-IN', 'en-NZ', 'en-ZA'], { months: MONTHS, order: 'day-first' }),
  ...forms(['de', 'de-DE', 'de-CH'], { months: DE, order: 'day-dot' }),
  ...forms(['fr', 'fr-FR', 'fr-CA', 'fr-BE', 'fr-CH'], { months: FR, order: 'day-first' }),
  ...forms(['es', 'es-ES', 'es-MX', 'es-419', 'es-AR'], { months: ES, order: 'day-of' }),
  ...forms(['pt', 'pt-BR', 'pt-PT'], { months: PT, order: 'day-of' }),
]);

/** `date`'s UTC day in `locale`'s long form, or null where that locale's form is not tabled here. */
export function plainLongDate(date: Date, locale: string): string | null {
  const form = FORMS.get(locale);
  if (!form) return null;
  const [day, month, year] = [date.getUTCDate(), form.months[date.getUTCMonth()], date.getUTCFullYear()];
  switch (form.order) {
    case 'month-first':
      return `${month} ${day}, ${year}`;
    case 'day-first':
      return `${day} ${month} ${year}`;
    case 'day-dot':
      return `${day}. ${month} ${year}`;
    case 'day-of':
      return `${day} de ${month} de ${year}`;
  }
}

/** The tags tabled here, for the test that holds them to Intl. */
export const PLAIN_DATE_LOCALES: readonly string[] = [...FORMS.keys()];
