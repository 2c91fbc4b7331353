import { isInteractiveId } from '../../content/interactiveIds';
import { DEFAULT_QUERY, type RunQuery, type RunSort } from './query';

// The runs view's filter and sort in the address of #/runs, e.g.
// `#/runs?lab=drift-lab&q=seed+7&demo=0&sort=metric:meanAccuracy&order=asc`. Defaults are left out.

/** The longest filter text kept (the field's maxlength; a longer one from a link is cut). */
export const MAX_TEXT = 100;
/** The longest metric key a sort may name. */
export const MAX_METRIC_KEY = 64;

const CONTROLS = /[\u0000-\u001f\u007f]/g;
const HAS_CONTROL = /[\u0000-\u001f\u007f]/;

/** `date`, `duration` or `metric:<key>` with a key of 1–64 characters and no control characters; null for anything else. */
export function parseSort(text: string): RunSort | null {
  if (text === 'date' || text === 'duration') return text;
  if (!text.startsWith('metric:')) return null;
  const key = text.slice('metric:'.length);
  return key.length > 0 && key.length <= MAX_METRIC_KEY && !HAS_CONTROL.test(key) ? `metric:${key}` : null;
}

/** Filter text as the view keeps it: control characters dropped, at most MAX_TEXT characters. */
export const cleanText = (text: string): string => text.replace(CONTROLS, '').slice(0, MAX_TEXT);

/**
 * The query a link asks for. Every value is checked: a lab that is not one of the course's interactives,
 * a sort it cannot read, a `demo` other than 0/1 or an `order` other than asc/desc is ignored (its default
 * stays); the text is cut to MAX_TEXT characters. Other parameters are not looked at.
 */
export function readRunQuery(params: URLSearchParams): RunQuery {
  const query: RunQuery = { ...DEFAULT_QUERY };
  const lab = params.get('lab');
  if (lab !== null && isInteractiveId(lab)) query.lab = lab;
  const text = params.get('q');
  if (text !== null) query.text = cleanText(text);
  const demo = params.get('demo');
  if (demo === '0' || demo === '1') query.showDemo = demo === '1';
  const sort = parseSort(params.get('sort') ?? '');
  if (sort) query.sort = sort;
  const order = params.get('order');
  if (order === 'asc' || order === 'desc') query.descending = order === 'desc';
  return query;
}

/** The address query for a view query: only what differs from the defaults (and only values readRunQuery accepts). */
export function writeRunQuery(query: RunQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (query.lab !== DEFAULT_QUERY.lab && isInteractiveId(query.lab)) out.set('lab', query.lab);
  const text = cleanText(query.text);
  if (text.trim() !== '') out.set('q', text);
  if (query.showDemo !== DEFAULT_QUERY.showDemo) out.set('demo', query.showDemo ? '1' : '0');
  if (query.sort !== DEFAULT_QUERY.sort && parseSort(query.sort)) out.set('sort', query.sort);
  if (query.descending !== DEFAULT_QUERY.descending) out.set('order', query.descending ? 'desc' : 'asc');
  return out;
}
