// The OpenAPI 3.1 description of the JSON API, built from the same parameter list the parser reads.
import { SORT_ORDERS, FACET_NAMES, PUBLIC_FILTER_NAMES, FILTERS, YES_NO_FILTERS } from '../../store/index.js';
import { accountApiPaths } from './admin-api.js';
import { RESPONSES } from '../../core/index.js';
import { PAGE_SIZES } from '../search-params.js';
import { ANALYSES } from '../../analysis/index.js';
import { FOLLOW_UP_PATHS } from './workspace-openapi.js';

const arr = (items: object, description: string) => ({ in: 'query', style: 'form', explode: true, schema: { type: 'array', items }, description });
const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The search parameters, from the store's filter declarations. */
const FILTER_PARAMETERS = [
  { name: 'q', in: 'query', schema: { type: 'string' }, description: 'Full text: words (stemmed), "phrases", AND/OR/NOT, prefix*' },
  ...PUBLIC_FILTER_NAMES.map((name) => ({ name, ...arr(FILTERS[name].value.schema, `${sentence(FILTERS[name].help)}; repeat for several`) })),
  ...Object.entries(YES_NO_FILTERS).map(([name, f]) => ({ name, in: 'query', schema: { type: 'string', enum: ['1', '0'] }, description: sentence(f.help) })),
];
const PAGING = [
  { name: 'sort', in: 'query', schema: { type: 'string', enum: SORT_ORDERS } },
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'size', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 20 }, description: `Page size (the pages offer ${PAGE_SIZES.join(', ')})` },
];
/** Parameters of the analyses beyond the search's (declared once per analysis in src/analysis/advocacy). */
const ANALYSIS_PARAMETERS = [...new Map(ANALYSES.flatMap((a) => a.params.map((p) => [p.name, { name: p.name, in: 'query', schema: { type: 'integer', minimum: p.min, maximum: p.max },
  description: `${ANALYSES.filter((x) => x.params.some((q) => q.name === p.name)).map((x) => x.name).join(', ')}: ${p.help}` }]))).values()];
const ERR = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const ok = (description: string, schema: object = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });

/** The OpenAPI document served at /api/openapi.json; `baseUrl` is the configured public base URL ('' : relative). */
export function openApiDocument(baseUrl: string): object {
  return {
    openapi: '3.1.0',
    info: { title: "UPR children's rights API", version: '1', description: 'Recommendations of the Universal Periodic Review with their provenance and children\'s-rights classification. Exports of any search as CSV/XLSX/JSONL: /export.csv, /export.xlsx, /export.jsonl with the same parameters.' },
    servers: [{ url: baseUrl || '/' }],
    paths: {
      '/api/recommendations': { get: { summary: 'Search recommendations', parameters: [...FILTER_PARAMETERS, ...PAGING], responses: { 200: ok('A page of matching recommendations', { type: 'object', properties: { total: { type: 'integer' }, page: { type: 'integer' }, size: { type: 'integer' }, pages: { type: 'integer' }, message: { type: 'string', description: 'Set when the page asked for is past the last (then `last` links to it)' }, last: { type: 'string' }, next: { type: ['string', 'null'] }, items: { type: 'array', items: { $ref: '#/components/schemas/Recommendation' } } } }), 400: ERR } } },
      '/api/pledges': { get: { summary: 'Search voluntary pledges of States under review (the search page\'s kind=pledge): words, negative queries, state, cycle, session, issue, action; other filters are refused', parameters: [...FILTER_PARAMETERS.filter((p) => ['q', 'state', 'cycle', 'session', 'issue', 'action'].includes(p.name)), ...PAGING.filter((p) => p.name !== 'sort')], responses: { 200: ok('A page of matching pledges: { kind, total, page, size, pages, filters, next, items }'), 400: ERR } } },
      '/api/recommendations/{id}': { get: { summary: 'One recommendation, with similar recommendations in other cycles', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }], responses: { 200: ok('The recommendation, with `history`: earlier values a re-import corrected (oldest first)', { allOf: [{ $ref: '#/components/schemas/Recommendation' }, { type: 'object', properties: { history: { type: 'array', items: { type: 'object' } }, similarInOtherCycles: { type: 'array', items: { type: 'object' } } } }] }), 404: ERR } } },
      '/api/facets': { get: { summary: 'Counts per facet value under the filters', parameters: [...FILTER_PARAMETERS, { name: 'facet', ...arr({ type: 'string', enum: FACET_NAMES }, 'Facets to count (default all)') }, { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 1000 } }], responses: { 200: ok('Facet counts'), 400: ERR } } },
      '/api/states/{iso3}': { get: { summary: 'A State: sessions, next review (scheduled, or projected from the order of review when none is scheduled), reviews and what it recommends', parameters: [{ name: 'iso3', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: ok('The State profile, with its voluntary `pledges` and `unRecommendations` (treaty bodies and special procedures: counts per body, latest texts)'), 404: ERR } } },
      '/api/un-recommendations': { get: { summary: 'Search UN treaty-body and special-procedure recommendations and observations (UHRI imports; the page /un and `upr search-un`), CRC first, newest first within a body',
        parameters: [{ name: 'q', in: 'query', schema: { type: 'string' }, description: 'Full text, the query language of /api/recommendations' }, { name: 'state', in: 'query', schema: { type: 'string' }, description: 'State concerned (any name variant or ISO3)' },
          { name: 'body', in: 'query', schema: { type: 'string' }, description: 'Body, e.g. CRC (also finds CRC-OP-AC and CRC-OP-SC), CEDAW, "SR on the right to education"' }, { name: 'type', in: 'query', schema: { type: 'string' }, description: 'Type, e.g. Recommendations or Concerns/Observations' },
          { name: 'childRights', in: 'query', schema: { type: 'string', enum: ['1', '0'] }, description: "Only those classified as concerning children's rights (1) or not (0)" }, ...PAGING.filter((p) => p.name !== 'sort')],
        responses: { 200: ok('A page of matching records: { total, page, size, pages, next, filters, items } (items: id, annotationId, body, bodyKind, type, symbol, published, text, themes, affectedPersons, sdgs, states, childRights, childIssues, file, locator)'), 400: ERR } } },
      '/api/states/{iso3}/plan': { get: { summary: "The State's engagement plan for its next review: timeline (projected and estimated dates marked), figures, the checklist data and `document`, the plan worded in the `lang` language with each item's link", parameters: [{ name: 'iso3', in: 'path', required: true, schema: { type: 'string' } }, { name: 'lang', in: 'query', schema: { type: 'string', enum: ['en', 'fr', 'es'] } }], responses: { 200: ok('The plan'), 404: ERR } } },
      '/api/analyses': { get: { summary: 'The advocacy analyses: name, title, summary, what each needs and its parameters', responses: { 200: ok('The list of analyses') } } },
      '/api/analyses/{name}': { get: { summary: `An advocacy analysis (${ANALYSES.map((a) => a.name).join(', ')}) over the search's scope; each count carries the filters of the search listing its records. Lobbying targets need one state and one childIssue, continuity one state (and two cycle values, else its two latest)`,
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string', enum: ANALYSES.map((a) => a.name) } }, ...FILTER_PARAMETERS, ...ANALYSIS_PARAMETERS], responses: { 200: ok('scope, params, facts and tables (rows of plain values and {value, filters} counts)'), 400: ERR, 404: ERR } } },
      ...FOLLOW_UP_PATHS,
      '/api/analyses/civil-society/paragraphs': { get: { summary: "The paragraphs of summaries of stakeholders' submissions behind a count of the civil-society map ({value, href} counts link here)",
        parameters: [...FILTER_PARAMETERS, ...['organisation', 'issue'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })), { name: 'childRights', in: 'query', schema: { type: 'string', enum: ['1'] } }], responses: { 200: ok('organisation (its name) and paragraphs (document, symbol, State, cycle, paragraph, text, issues, via)'), 400: ERR } } },
      '/api/stats': { get: { summary: 'The statistics behind the charts', parameters: [...FILTER_PARAMETERS, { name: 'scheme', in: 'query', schema: { type: 'string', enum: ['upr-info', 'child'] } }], responses: { 200: ok('Aggregations'), 400: ERR } } },
      ...accountApiPaths(),
    },
    components: {
      schemas: {
        Error: { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string', enum: ['invalid_input', 'not_found', 'conflict', 'unsupported_format', 'parse_failed', 'unauthorized', 'forbidden', 'too_large', 'rate_limited', 'internal'] }, message: { type: 'string' }, details: { type: 'object' } } } } },
        Recommendation: {
          type: 'object',
          properties: {
            id: { type: 'integer' }, text: { type: 'string' }, cycle: { type: 'integer' }, session: { type: 'integer' }, paragraph: { type: ['string', 'null'] },
            stateUnderReview: { type: 'object', properties: { iso3: { type: 'string' }, name: { type: 'string' } } },
            recommendingStates: { type: 'array', items: { type: 'object', properties: { iso3: { type: 'string' }, name: { type: 'string' } } } },
            response: { type: 'string', enum: RESPONSES }, responseSource: { type: ['string', 'null'] }, issues: { type: 'array', items: { type: 'string' } },
            actionCategory: { type: ['integer', 'null'] },
            provenance: { type: 'object', properties: { file: { type: 'string' }, sha256: { type: 'string' }, locator: { type: 'string' } } },
            childRights: { type: ['object', 'null'] }, url: { type: 'string' },
          },
        },
      },
    },
  };
}
