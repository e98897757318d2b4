/**
 * The README's TypeScript examples compile as printed, under `strict`, against the built package as a
 * user installs it (types from dist/ through package.json `exports`), both as ES modules and as CommonJS.
 * Every ```ts block of the README is a whole file; a block that is not must not be fenced as `ts`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
// Inside the package folder, so `import 'mistral-guard'` resolves to this package as users resolve it.
const dir = join(root, '.tmp', `readme-examples-${process.pid}`);

function compile(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    esModuleInterop: true,
    skipLibCheck: true,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the README has TypeScript examples', () => {
  expect(blocks.length).toBeGreaterThanOrEqual(3);
});

test('every TypeScript example compiles as printed, as an ES module (.mts) and as CommonJS (.cts)', () => {
  // One program for both formats: the expensive part (the package's and frameworks' types) is read once.
  const files = ['.mts', '.cts'].flatMap((extension) =>
    blocks.map((code, i) => {
      const file = join(dir, `example-${i + 1}${extension}`);
      // Each example is its own module, so names may repeat between examples.
      writeFileSync(file, /^\s*(?:import|export)\s/m.test(code) ? code : `${code}\nexport {};\n`);
      return file;
    }),
  );
  expect(compile(files)).toEqual([]);
});

test('the guard state is typed on the request, for Express and Koa users alike', () => {
  const file = join(dir, 'typed-state.mts');
  writeFileSync(
    file,
    `import type { Request } from 'express';
import type { Context } from 'koa';
import 'mistral-guard/express';
import 'mistral-guard/koa';
export function read(req: Request, ctx: Context): string[] {
  // @ts-expect-error the state is GuardState | undefined, not any: an unknown field is an error
  void ctx.state.guard?.notAField;
  // @ts-expect-error the same on Express
  void req.guard?.notAField;
  return [req.guard?.verdict ?? 'none', ctx.state.guard?.requestId ?? 'none'];
}
`,
  );
  expect(compile([file])).toEqual([]);
});
