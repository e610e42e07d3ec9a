// What a parser could not accept, with where it was: parsers return `{ value, problems }`.

export interface Problem {
  file?: string;
  line?: number;
  page?: number;
  field?: string;
  value?: string;
  message: string;
}

export interface Parsed<T> {
  value: T;
  problems: Problem[];
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line !== undefined ? `line ${p.line}` : '', p.page !== undefined ? `page ${p.page}` : '']
    .filter(Boolean)
    .join(':');
  const field = p.field ? `${p.field}${p.value !== undefined ? ` "${p.value}"` : ''}: ` : '';
  return `${where ? where + ': ' : ''}${field}${p.message}`;
}
