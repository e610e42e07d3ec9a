// Lists the document files under the paths given: folders are read recursively (sorted, hidden entries
// left out) for .pdf, .docx and .doc files. Dangling symbolic links, symbolic-link loops, folders that
// lead back to a folder being read and unreadable folders are reported per path and skipped.
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SkippedPath } from './types.js';

const DOCUMENT_FILE = /\.(pdf|docx?|PDF|DOCX?)$/;

export interface WalkResult {
  /** Files in the order given, each folder's content sorted by name. */
  files: string[];
  skipped: SkippedPath[];
}

/**
 * Files named directly are listed whatever their name or state (reading them reports what is wrong);
 * folders contribute their document files. A folder reached twice (a link to a folder already read) is
 * read once.
 */
export function listDocumentFiles(paths: readonly string[]): WalkResult {
  const out: WalkResult = { files: [], skipped: [] };
  const read = new Map<string, string>();
  for (const path of paths) {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      // reported as "no such file" (or a link loop) when the file is read
    }
    if (isFolder) walkFolder(path, new Set(), read, out);
    else out.files.push(path);
  }
  return out;
}

function walkFolder(dir: string, ancestors: Set<string>, read: Map<string, string>, out: WalkResult): void {
  let real: string;
  let names: string[];
  try {
    real = realpathSync(dir);
    if (ancestors.has(real)) return void out.skipped.push({ path: dir, reason: `folder loop: leads back to ${read.get(real)}` });
    if (read.has(real)) return void out.skipped.push({ path: dir, reason: `folder already read as ${read.get(real)}` });
    read.set(real, dir);
    names = readdirSync(dir).sort();
  } catch (err) {
    return void out.skipped.push({ path: dir, reason: `folder cannot be read: ${fsReason(err)}` });
  }
  ancestors.add(real);
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (err) {
      out.skipped.push({ path, reason: linkReason(path, err) });
      continue;
    }
    if (isFolder) walkFolder(path, ancestors, read, out);
    else if (DOCUMENT_FILE.test(name)) out.files.push(path);
  }
  ancestors.delete(real);
}

/** Why an entry of a folder cannot be followed. */
function linkReason(path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return `dangling symbolic link to ${readlinkSync(path)}`;
    } catch {
      // removed while being read: fall through
    }
  }
  return fsReason(err);
}

/** A file-system error in words. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}
