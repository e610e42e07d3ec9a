// The registry of `upr` subcommands, in the order --help lists them.
import type { Command } from '../command.js';
import { importCommand } from './import.js';
import { ingestCommand } from './ingest.js';
import { searchCommand } from './search.js';
import { searchUnCommand } from './search-un.js';
import { statsCommand } from './stats.js';
import { analyseCommand } from './analyse.js';
import { statesCommand } from './states.js';
import { exportCommand } from './export.js';
import { demoCommand } from './demo.js';
import { evalCommand } from './eval.js';
import { serveCommand } from './serve.js';
import { classifyCommand } from './classify.js';
import { reportCommand } from './report.js';
import { checkCommand } from './check.js';
import { fetchCommand } from './fetch.js';
import { updateCommand } from './update.js';
import { removeCommand } from './remove.js';
import { calendarCommand } from './calendar.js';
import { userCommand } from './user.js';
import { workspaceCommand } from './workspace.js';
import { backupCommand } from './backup.js';
import { restoreCommand } from './restore.js';
import { digestCommand } from './digest.js';
import { outcomeCommand } from './outcome.js';
import { planCommand } from './plan.js';

export const COMMANDS: Command[] = [
  demoCommand,
  importCommand,
  ingestCommand,
  checkCommand,
  removeCommand,
  searchCommand,
  searchUnCommand,
  statsCommand,
  analyseCommand,
  statesCommand,
  calendarCommand,
  planCommand,
  exportCommand,
  serveCommand,
  userCommand,
  workspaceCommand,
  classifyCommand,
  reportCommand,
  fetchCommand,
  updateCommand,
  backupCommand,
  restoreCommand,
  outcomeCommand,
  digestCommand,
  evalCommand,
];
