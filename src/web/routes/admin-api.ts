// The OpenAPI description of the account routes of the JSON API (merged into the document by openapi.ts).

const ERR = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

/** Paths of the account routes: a workspace's audit log (its administrators; session with CSRF, or API token). */
export function accountApiPaths(): Record<string, unknown> {
  return {
    '/api/workspaces/{workspace}/audit': {
      get: {
        summary: 'The audit log of a workspace, newest first, 100 entries a page (administrators of the workspace; a signed-in session or `Authorization: Bearer <API token>`)',
        parameters: [
          { name: 'workspace', in: 'path', required: true, schema: { type: 'integer' } },
          { name: 'before', in: 'query', schema: { type: 'integer' }, description: 'Entries with an id below this one (the next page)' },
        ],
        responses: {
          200: { description: '{ entries: [{ id, at, userId, userEmail, workspaceId, action, entity, entityId, before, after }] }', content: { 'application/json': { schema: { type: 'object' } } } },
          401: ERR, 403: ERR, 404: ERR,
        },
      },
    },
  };
}
