// The shape of a `upr` subcommand and the context it runs in (streams, store path, terminal).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UprError } from '../core/index.js';
import type { Config } from './config.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & { help: string; valueName?: string };

export interface Output {
  write(text: string): void;
  isTTY: boolean;
  columns?: number;
}

export interface CommandContext {
  config: Config;
  stdout: Output;
  stderr: Output;
}

export interface Command {
  name: string;
  summary: string;
  /** e.g. `upr import upr-info FILE... [--dry-run]` */
  usage: string;
  options: Record<string, OptionSpec>;
  /** Longer explanation and examples printed by --help. */
  help?: string;
  run(ctx: CommandContext, values: Record<string, unknown>, positionals: string[]): Promise<number> | number;
}

/** Parses argv for one command; unknown or malformed flags become `invalid_input` errors. */
export function parseCommandArgs(cmd: Command, argv: string[]): { values: Record<string, unknown>; positionals: string[] } {
  const options: ParseArgsConfig['options'] = {};
  for (const [name, spec] of Object.entries(cmd.options)) {
    const { help: _help, valueName: _v, ...rest } = spec;
    options[name] = rest;
  }
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, unknown>, positionals };
  } catch (err) {
    throw new UprError('invalid_input', `${(err as Error).message.replace(/\. To specify a positional.*$/s, '')}\nUsage: ${cmd.usage}\nSee: upr ${cmd.name} --help`, { usage: true });
  }
}

export function formatHelp(cmd: Command): string {
  const lines = [`${cmd.summary}`, '', `Usage: ${cmd.usage}`, '', 'Options:'];
  const entries = Object.entries(cmd.options).map(([name, s]) => {
    const flag = `${s.short ? `-${s.short}, ` : '    '}--${name}${s.type === 'string' ? ` ${s.valueName ?? 'VALUE'}` : ''}`;
    return [flag, s.help + (s.multiple ? ' (repeatable)' : '')] as const;
  });
  entries.push(['    --db PATH', 'SQLite store (default ./upr.db, or $UPR_DB)'], ['-h, --help', 'show this help']);
  const width = Math.max(...entries.map(([f]) => f.length)) + 2;
  for (const [f, h] of entries) lines.push(`  ${f.padEnd(width)}${h}`);
  if (cmd.help) lines.push('', cmd.help.trim());
  return lines.join('\n') + '\n';
}

/** Reads a repeatable string option that may also hold comma-separated values. */
export function listOption(values: Record<string, unknown>, name: string): string[] | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  const arr = (Array.isArray(v) ? v : [v]) as string[];
  return arr.flatMap((s) => s.split(';')).map((s) => s.trim()).filter(Boolean);
}
