// Unit tests run outside a browser, where browser.i18n does not exist: they read the English catalog as a
// British-English browser would serve it (day-month dates, 24-hour times). The locale-switch tests pick others.

import { catalogSource } from '../../lib/i18n/catalog';
import { useMessageSource } from '../../lib/i18n/t';
import { readCatalog } from './catalogs';

useMessageSource(catalogSource(readCatalog('en'), 'en-GB'));
