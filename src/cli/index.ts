/**
 * The `mistral-guard` command.
 * @module
 */
import { runScan } from './scan.js';
import type { CliIO } from './scan.js';
import { runMock } from './mock.js';
import { runAuditCommand } from './audit.js';
import packageJson from '../../package.json' with { type: 'json' };

export type { CliIO };

const HELP = `mistral-guard <command>   (--version prints the version)

Commands:
  scan    scan JSONL prompts on stdin with the local detectors (no network)
  audit   audit a project: keys, .gitignore, guard coverage of chat routes, settings, dependencies
  mock    run the Mistral-compatible fake server (for tests and offline demos)

Run "mistral-guard <command> --help" for a command's options.
`;

/** Runs the CLI; resolves with the exit code. `argv` excludes `node` and the script. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return runScan(rest, io);
    case 'audit':
      return runAuditCommand(rest, io);
    case 'mock':
      return runMock([...rest], io);
    case '--version':
    case '-v':
    case 'version':
      io.stdout.write(`${packageJson.version}\n`);
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout.write(HELP);
      return command === undefined ? 1 : 0;
    default:
      io.stderr.write(`mistral-guard: unknown command ${JSON.stringify(command)}.\n\n${HELP}`);
      return 1;
  }
}
