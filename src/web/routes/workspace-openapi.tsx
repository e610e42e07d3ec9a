// The follow-up part of the OpenAPI document (docs/follow-up.md): the routes of workspace-api.tsx.
import { STATUSES, PRIORITY_GROUPS, EXPERIENCE_STAGES, MAX_LONG_TEXT, MAX_SHORT_TEXT, ATTACHMENT_EXTENSIONS } from '../../followup/index.js';

const ERR = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const json = (properties: Record<string, object>, required: string[]) => ({ required: true, content: { 'application/json': { schema: { type: 'object', properties, required } } } });
const id = { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: 'Recommendation id' };
const ws = { name: 'ws', in: 'path', required: true, schema: { type: 'integer' }, description: 'Workspace id' };
const wsQuery = { name: 'workspace', in: 'query', required: true, schema: { type: 'integer' }, description: 'Workspace id (also accepted as `workspace` in a POST body)' };
const str = (maxLength: number) => ({ type: 'string', maxLength });
const date = { type: 'string', format: 'date' };
/** Answers of every write: signed out 401, CSRF or role missing 403, not a member 404, stale version 409, too large 413, not JSON or a form (or a refused document) 415. */
const WRITE_ERRORS = { 400: ERR, 401: ERR, 403: ERR, 404: ERR, 409: ERR, 413: ERR, 415: ERR };
const READ_ERRORS = { 401: ERR, 403: ERR, 404: ERR };
const followUp = ok('The recommendation\'s follow-up in the workspace: assessment (with `version`), history, evidence, plan, midTermLinks');

const evidenceFields = { workspace: { type: 'integer' }, source: str(MAX_SHORT_TEXT), date, link: { type: 'string', format: 'uri' }, documentId: { type: 'integer' }, quotation: str(MAX_LONG_TEXT) };
const evidenceBody = {
  required: true,
  content: {
    'application/json': json(evidenceFields, ['workspace', 'source', 'date']).content['application/json'],
    'multipart/form-data': { schema: { type: 'object', properties: { ...evidenceFields, attachment: { type: 'string', format: 'binary', description: 'The document (at most 5 MB)' } }, required: ['workspace', 'source', 'date'] } },
  },
};

export const FOLLOW_UP_PATHS = {
  '/api/recommendations/{id}/assessments': {
    get: { summary: 'The workspace\'s assessment of a recommendation, with every earlier version', parameters: [id, wsQuery], responses: { 200: followUp, ...READ_ERRORS } },
    post: {
      summary: 'Assess a recommendation (editor): send the `version` you started from (none for a first assessment); a stale version answers 409 with the current one. Signed-in session with CSRF token (header x-csrf-token) or a personal API token.',
      parameters: [id],
      requestBody: json({ workspace: { type: 'integer' }, status: { type: 'string', enum: STATUSES }, text: str(MAX_LONG_TEXT), responsibleBody: str(MAX_SHORT_TEXT), version: { type: 'integer', minimum: 1 } }, ['workspace', 'status']),
      responses: { 200: ok('The new version'), 201: ok('The first version'), ...WRITE_ERRORS },
    },
  },
  '/api/recommendations/{id}/evidence': {
    get: { summary: 'Evidence of the workspace about a recommendation', parameters: [id, wsQuery], responses: { 200: followUp, ...READ_ERRORS } },
    post: {
      summary: 'Add evidence (editor): a source, a date, and a link, a stored document (`documentId`) or an uploaded one (multipart field `attachment`, at most 5 MB: '
        + `${ATTACHMENT_EXTENSIONS.map((e) => `.${e}`).join(' ')}, the content must be of the kind the name says; 415 otherwise). A page form sends the CSRF token as field \`_csrf\`, a script as header x-csrf-token or uses an API token.`,
      parameters: [id],
      requestBody: evidenceBody,
      responses: { 201: ok('The evidence item'), ...WRITE_ERRORS },
    },
  },
  '/api/recommendations/{id}/plan': {
    get: { summary: 'The recommendation\'s place in the workspace\'s follow-up plan', parameters: [id, wsQuery], responses: { 200: followUp, ...READ_ERRORS } },
    post: {
      summary: 'Set priority, owner and target date (coordinator)', parameters: [id],
      requestBody: json({ workspace: { type: 'integer' }, priority: { type: 'string', enum: PRIORITY_GROUPS }, owner: str(MAX_SHORT_TEXT), targetDate: date }, ['workspace', 'priority']),
      responses: { 200: ok('The plan entry'), ...WRITE_ERRORS },
    },
  },
  '/api/workspaces/{ws}': { get: { summary: 'The workspace dashboard: tracked reviews, progress per status and issue, overdue plan items, the plan by priority', parameters: [ws], responses: { 200: ok('Dashboard'), ...READ_ERRORS } } },
  '/api/workspaces/{ws}/tracked': {
    post: { summary: 'Track the review of a State in a cycle (coordinator)', parameters: [ws], requestBody: json({ state: { type: 'string', pattern: '^[A-Z]{3}$' }, cycle: { type: 'integer', minimum: 1, maximum: 5 } }, ['state', 'cycle']), responses: { 201: ok('The review id'), ...WRITE_ERRORS } },
  },
  '/api/workspaces/{ws}/experiences': {
    get: { summary: 'Shared experience the workspace may read: its own and those other workspaces published', parameters: [ws, { name: 'state', in: 'query', schema: { type: 'string' } }], responses: { 200: ok('items'), ...READ_ERRORS } },
    post: {
      summary: 'Record how the organisation reported, lobbied or followed up (editor; publishing needs coordinator)', parameters: [ws],
      requestBody: json({ title: str(MAX_SHORT_TEXT), text: str(MAX_LONG_TEXT), state: { type: 'string', pattern: '^[A-Z]{3}$' }, stage: { type: 'string', enum: EXPERIENCE_STAGES }, issues: { type: 'array', items: { type: 'string' } }, published: { type: 'boolean' } }, ['title', 'text', 'stage']),
      responses: { 201: ok('The experience'), ...WRITE_ERRORS },
    },
  },
  '/api/workspaces/{ws}/mid-term/{document}/suggestions': {
    get: { summary: 'Paragraphs of a stored mid-term report or Council statement that may report on the tracked recommendations (text similarity; an editor confirms)', parameters: [ws, { name: 'document', in: 'path', required: true, schema: { type: 'integer' } }], responses: { 200: ok('suggestions: paragraph, recommendationId, score'), ...READ_ERRORS } },
  },
  '/api/workspaces/{ws}/mid-term-links': {
    post: { summary: 'Confirm that a paragraph of a stored document reports on a recommendation (editor)', parameters: [ws], requestBody: json({ documentId: { type: 'integer' }, paragraph: { type: 'string' }, recommendationId: { type: 'integer' } }, ['documentId', 'paragraph', 'recommendationId']), responses: { 201: ok('The link'), ...WRITE_ERRORS } },
  },
};
