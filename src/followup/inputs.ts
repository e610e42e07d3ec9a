// What an editor may send for each follow-up record (assessment, evidence, plan item, experience,
// mid-term link), read from a JSON body or a form into checked values. Pure: input in, value or UprError out.
import { UprError } from '../core/index.js';
import { checkAttachment } from './attachment.js';
import { asInput, choice, date, flag, positiveInt, requiredText, text, textList } from './fields.js';
import { EXPERIENCE_STAGES, PRIORITY_GROUPS, STATUSES, type ExperienceStage, type ImplementationStatus, type PriorityGroup } from './statuses.js';

/** Longest free-text assessment, quotation or experience (characters); longer bodies are refused. */
export const MAX_LONG_TEXT = 20000;
/** Longest short field (owner, responsible body, source, tag). */
export const MAX_SHORT_TEXT = 300;
/** Largest uploaded evidence document (bytes). */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export interface AssessmentInput {
  status: ImplementationStatus;
  text: string | null;
  responsibleBody: string | null;
  /** The version the editor started from (null: a first assessment); a stale version is a conflict. */
  version: number | null;
}

export function readAssessment(body: unknown): AssessmentInput {
  const input = asInput(body);
  return {
    status: choice(input, 'status', STATUSES, true)!,
    text: text(input, 'text', MAX_LONG_TEXT),
    responsibleBody: text(input, 'responsibleBody', MAX_SHORT_TEXT),
    version: positiveInt(input, 'version'),
  };
}

/** Evidence of a status: where it was found, when, a link or a document, and what it says. */
export interface EvidenceInput {
  source: string;
  date: string;
  link: string | null;
  /** A document of the store (e.g. an ingested mid-term report). */
  documentId: number | null;
  attachment: { name: string; mediaType: string; bytes: Uint8Array } | null;
  quotation: string | null;
}

/** An http(s) link (no `javascript:` or `data:` links ever reach a page). */
function link(input: Record<string, unknown>, field: string): string | null {
  const v = text(input, field, 2000);
  if (v === null) return null;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new UprError('invalid_input', `${field}: must be a full web address (https://…)`, { field, value: v.slice(0, 100) });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UprError('invalid_input', `${field}: must be an http or https address`, { field, value: v.slice(0, 100) });
  return url.href;
}

/** Evidence from a body; `attachment` is an uploaded file the edge has already read (multipart form). */
export function readEvidence(body: unknown, attachment: EvidenceInput['attachment'] = null): EvidenceInput {
  const input = asInput(body);
  const value: EvidenceInput = {
    source: requiredText(input, 'source', MAX_SHORT_TEXT),
    date: date(input, 'date', true)!,
    link: link(input, 'link'),
    documentId: positiveInt(input, 'documentId'),
    attachment,
    quotation: text(input, 'quotation', MAX_LONG_TEXT),
  };
  if (attachment) {
    if (attachment.bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new UprError('too_large', `attachment: the document is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`, { field: 'attachment', limit: MAX_ATTACHMENT_BYTES });
    }
    if (!attachment.name.trim() || attachment.name.length > MAX_SHORT_TEXT) throw new UprError('invalid_input', 'attachment: the document needs a file name of at most 300 characters', { field: 'attachment' });
    // The stored media type is the one its content proves, never the one the browser claimed.
    value.attachment = { ...attachment, mediaType: checkAttachment(attachment.name, attachment.bytes).mediaType };
  }
  if (!value.link && value.documentId === null && !attachment) throw new UprError('invalid_input', 'link: give a link, a stored document or an uploaded document', { field: 'link' });
  return value;
}

/** A recommendation's place in the follow-up plan. */
export interface PlanInput {
  priority: PriorityGroup;
  owner: string | null;
  targetDate: string | null;
}

export function readPlanItem(body: unknown): PlanInput {
  const input = asInput(body);
  return { priority: choice(input, 'priority', PRIORITY_GROUPS, true)!, owner: text(input, 'owner', MAX_SHORT_TEXT), targetDate: date(input, 'targetDate') };
}

/** A shared experience: how the organisation reported, lobbied or followed up, what worked and what did not. */
export interface ExperienceInput {
  title: string;
  text: string;
  stateIso3: string | null;
  stage: ExperienceStage;
  issues: string[];
  published: boolean;
}

export function readExperience(body: unknown): ExperienceInput {
  const input = asInput(body);
  const state = text(input, 'state', 3);
  if (state !== null && !/^[A-Z]{3}$/.test(state)) throw new UprError('invalid_input', 'state: must be an ISO3 State code such as SVN', { field: 'state', value: state });
  return {
    title: requiredText(input, 'title', MAX_SHORT_TEXT),
    text: requiredText(input, 'text', MAX_LONG_TEXT),
    stateIso3: state,
    stage: choice(input, 'stage', EXPERIENCE_STAGES, true)!,
    issues: textList(input, 'issues', 100),
    published: flag(input, 'published'),
  };
}

/** A paragraph of a mid-term report or Council statement that reports on a recommendation. */
export interface MidTermLinkInput {
  documentId: number;
  paragraph: string;
  recommendationId: number;
}

export function readMidTermLink(body: unknown): MidTermLinkInput {
  const input = asInput(body);
  return { documentId: positiveInt(input, 'documentId', true)!, paragraph: requiredText(input, 'paragraph', 50), recommendationId: positiveInt(input, 'recommendationId', true)! };
}

/** A review to track: the State under review (ISO3 code) and the cycle. */
export interface TrackedReviewInput {
  stateIso3: string;
  cycle: number;
}

export function readTrackedReview(body: unknown): TrackedReviewInput {
  const input = asInput(body);
  const state = requiredText(input, 'state', 3).toUpperCase();
  if (!/^[A-Z]{3}$/.test(state)) throw new UprError('invalid_input', 'state: must be an ISO3 State code such as SVN', { field: 'state', value: state });
  const cycle = positiveInt(input, 'cycle', true)!;
  if (cycle > 5) throw new UprError('invalid_input', 'cycle: must be a cycle from 1 to 5', { field: 'cycle', value: String(cycle) });
  return { stateIso3: state, cycle };
}
