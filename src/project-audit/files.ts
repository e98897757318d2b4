/**
 * The file walk of `mistral-guard audit`: every file a project commits, without dependencies, build
 * output, lockfiles, binaries, huge files, git-ignored paths or symlinks (never followed, so nothing
 * outside the audited directory is read).
 * @module
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';

/** Directories that hold dependencies, build output, caches or VCS data: never walked. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'build',
  'out',
  'coverage',
  '.nyc_output',
  '.next',
  '.nuxt',
  '.svelte-kit',
  '.output',
  '.turbo',
  '.cache',
  '.parcel-cache',
  '.vercel',
  '.serverless',
  '.yarn',
  '.pnpm-store',
]);

const LOCKFILES: ReadonlySet<string> = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'composer.lock',
  'Cargo.lock',
  'Gemfile.lock',
  'poetry.lock',
  'Pipfile.lock',
  'deno.lock',
]);

/** Extensions of files that are binary, generated or minified: skipped without reading. */
const SKIPPED_EXTENSIONS =
  /\.(?:png|jpe?g|gif|webp|avif|bmp|ico|icns|svg|tiff?|psd|mp[34]|m4a|wav|ogg|flac|webm|mov|avi|mkv|woff2?|ttf|otf|eot|zip|gz|tgz|bz2|xz|7z|rar|tar|jar|war|class|pdf|docx?|xlsx?|pptx?|wasm|node|so|dylib|dll|exe|bin|o|a|lib|pyc|sqlite3?|db|map|min\.js|min\.css|lock)$/i;

/** `.env`, `.env.local`, `.env.production`, `env.example`... */
const ENV_FILE = /^\.env(?:\..+)?$|^.+\.env$/;

/** Env files meant to be committed: templates that hold names, not values. */
const ENV_TEMPLATE = /(?:^|\.)(?:example|sample|template|dist|defaults?)(?:\.|$)/i;

/** Whether `name` is an env file (`.env`, `.env.production`, `.env.example`, ...). */
export function isEnvFile(name: string): boolean {
  return ENV_FILE.test(name);
}

/** Whether `name` is an env template that is meant to be committed (`.env.example`, `.env.sample`, ...). */
export function isEnvTemplate(name: string): boolean {
  return isEnvFile(name) && ENV_TEMPLATE.test(name.replace(/^\.env/, ''));
}

const TEST_FILE = /(?:^|\/)(?:test|tests|__tests__|__mocks__|spec|e2e)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;

/** Whether a relative path is a test file (tests are left out of the code checks unless asked). */
export function isTestFile(rel: string): boolean {
  return TEST_FILE.test(rel);
}

/** One file of the project. `rel` uses `/` and is relative to the audited directory. */
export interface ProjectFile {
  rel: string;
  abs: string;
  size: number;
}

/** An env file seen in the tree, ignored by git or not. */
export interface EnvFileEntry {
  rel: string;
  ignored: boolean;
}

/** What the walk found, and what it left out (counts only). */
export interface FileWalk {
  files: ProjectFile[];
  envFiles: EnvFileEntry[];
  /** The root `.gitignore` text, when there is one. */
  rootGitignore?: string;
  /** The `.gitignore` rules that apply to the root: the enclosing repository's, then the root's own. */
  rootLayers: readonly IgnoreLayer[];
  skipped: { large: number; symlinks: number; overLimit: number };
}

export interface WalkOptions {
  maxFileBytes: number;
  maxFiles: number;
  exclude: readonly string[];
}

/**
 * The `.gitignore` files on the way down, each applying to paths below its directory: `base` is its
 * directory relative to the audited one; `above` is the audited directory seen from a `.gitignore` of
 * the enclosing repository (above the audited directory), else empty.
 */
export interface IgnoreLayer {
  base: string;
  above: string;
  rules: Ignore;
}

/** Git's answer for `rel` under the layers: the deepest layer with a matching rule decides. */
export function gitIgnored(layers: readonly IgnoreLayer[], rel: string): boolean {
  let ignored = false;
  for (const layer of layers) {
    const sub = layer.above !== '' ? `${layer.above}/${rel}` : layer.base === '' ? rel : rel.slice(layer.base.length + 1);
    const verdict = layer.rules.test(sub);
    if (verdict.ignored) ignored = true;
    else if (verdict.unignored) ignored = false;
  }
  return ignored;
}

function readGitignore(abs: string): string | undefined {
  try {
    const stat = lstatSync(abs);
    if (!stat.isFile() || stat.size > 1_048_576) return undefined;
    return readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The `.gitignore` files of the repository around `root` (from the repository's top down to `root`'s
 * parent): git applies them to the audited directory too. None when `root` is in no repository.
 */
export function enclosingIgnoreLayers(root: string): IgnoreLayer[] {
  const chain: string[] = [];
  let dir = dirname(root);
  let top: string | undefined;
  if (existsSync(join(root, '.git'))) return [];
  for (let i = 0; i < 64; i++) {
    chain.push(dir);
    if (existsSync(join(dir, '.git'))) {
      top = dir;
      break;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (top === undefined) return [];
  const layers: IgnoreLayer[] = [];
  for (const ancestor of chain.reverse()) {
    const text = readGitignore(join(ancestor, '.gitignore'));
    if (text !== undefined) layers.push({ base: '', above: relative(ancestor, root).split(sep).join('/'), rules: ignore().add(text) });
  }
  return layers;
}

/** Walks `root`; deterministic order (entries sorted by name). Symlinks are counted, never followed. */
export function walkProject(root: string, options: WalkOptions): FileWalk {
  const files: ProjectFile[] = [];
  const envFiles: EnvFileEntry[] = [];
  const skipped = { large: 0, symlinks: 0, overLimit: 0 };
  const excluded = ignore().add([...options.exclude]);
  const rootGitignore = readGitignore(join(root, '.gitignore'));
  const enclosing = enclosingIgnoreLayers(root);
  const rootLayers = rootGitignore === undefined ? enclosing : [...enclosing, { base: '', above: '', rules: ignore().add(rootGitignore) }];
  const stack: { rel: string; layers: IgnoreLayer[] }[] = [{ rel: '', layers: enclosing }];
  while (stack.length > 0) {
    const { rel: dirRel, layers: parentLayers } = stack.pop()!;
    const dirAbs = dirRel === '' ? root : join(root, dirRel);
    let entries;
    try {
      entries = readdirSync(dirAbs, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const ownIgnore = dirRel === '' ? rootGitignore : entries.some((e) => e.name === '.gitignore' && e.isFile()) ? readGitignore(join(dirAbs, '.gitignore')) : undefined;
    const layers = ownIgnore === undefined ? parentLayers : [...parentLayers, { base: dirRel, above: '', rules: ignore().add(ownIgnore) }];
    const subdirs: string[] = [];
    for (const entry of entries) {
      const rel = dirRel === '' ? entry.name : `${dirRel}/${entry.name}`;
      if (entry.isSymbolicLink()) {
        skipped.symlinks++;
        continue;
      }
      if (entry.isDirectory()) {
        if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
        if (gitIgnored(layers, `${rel}/`) || excluded.ignores(`${rel}/`)) continue;
        subdirs.push(rel);
        continue;
      }
      if (!entry.isFile()) continue;
      const ignoredByGit = gitIgnored(layers, rel);
      if (isEnvFile(entry.name)) envFiles.push({ rel, ignored: ignoredByGit });
      if (ignoredByGit || excluded.ignores(rel)) continue;
      if (LOCKFILES.has(entry.name) || SKIPPED_EXTENSIONS.test(entry.name)) continue;
      const abs = join(dirAbs, entry.name);
      let size: number;
      try {
        size = lstatSync(abs).size;
      } catch {
        continue;
      }
      if (size > options.maxFileBytes) {
        skipped.large++;
        continue;
      }
      if (files.length >= options.maxFiles) {
        skipped.overLimit++;
        continue;
      }
      files.push({ rel, abs, size });
    }
    // Pushed in reverse so that directories are visited in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push({ rel: subdirs[i]!, layers });
  }
  return { files, envFiles, ...(rootGitignore === undefined ? {} : { rootGitignore }), rootLayers, skipped };
}

/** The file's text, or `undefined` for a binary file (a NUL byte in its first 8 KB) or a read error. */
export function readText(file: ProjectFile): string | undefined {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file.abs);
  } catch {
    return undefined;
  }
  const head = Math.min(buffer.length, 8192);
  for (let i = 0; i < head; i++) if (buffer[i] === 0) return undefined;
  return buffer.toString('utf8');
}
