// An evidence document uploaded with a multipart form or API request, read into bytes for the store.
import type { EvidenceInput } from '../../followup/index.js';

/** The `attachment` file of a parsed body, or null when none was sent (an empty file input counts as none). */
export async function uploadedFile(body: Record<string, unknown>): Promise<EvidenceInput['attachment']> {
  const f = body.attachment;
  if (!(f instanceof File) || f.size === 0) return null;
  return { name: f.name.slice(0, 300) || 'document', mediaType: f.type || 'application/octet-stream', bytes: new Uint8Array(await f.arrayBuffer()) };
}
