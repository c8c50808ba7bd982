import { Argument, type Command } from 'commander';
import { listFiles, loadFiles } from '../register/load.js';
import { BUILD_ID } from '../register/build-id.js';
import { readCacheIndex, registerKey } from '../register/cache-key.js';
import { cacheDirectory, readCachedIds, readCachedRegister } from '../register/register-cache.js';
import { SOURCE_TYPES, STATES, STATUSES, type Register } from '../core/model.js';
import { SORT_KEYS } from '../core/select.js';
import { LANGS, type Messages } from '../messages/index.js';
import { bashCompletion } from '../render/completion/bash.js';
import { fishCompletion } from '../render/completion/fish.js';
import { completionSpec, DYNAMIC_WORDS, type CompletionSpec, type DynamicWords, type ValueHint, type ValueKind } from '../render/completion/spec.js';
import { zshCompletion } from '../render/completion/zsh.js';
import { EXPORT_FORMAT_NAMES } from '../render/export/formats.js';
import { REPORT_FORMATS } from '../render/report-formats.js';
import { CHARTED_STATES } from '../render/timeline.js';
import type { Context } from '../cli/context.js';
import { resolveDataDir } from '../register/data-dir.js';
import type { Runner } from '../cli/runner.js';
import { SETTABLE_FIELDS } from './set.js';

const SCRIPTS: Record<string, (spec: CompletionSpec) => string> = {
  bash: bashCompletion,
  zsh: zshCompletion,
  fish: fishCompletion,
};

/** What option values are, by `command --flag` or `--flag`, where commander has no `choices` to tell. */
const VALUE_HINTS: Record<string, ValueHint> = {
  '--data': { value: { kind: 'directory' } },
  '--lang': { value: { kind: 'words', words: LANGS } },
  '--state': { value: { kind: 'words', words: STATES }, list: true },
  '--fail-on': { value: { kind: 'words', words: STATES }, list: true },
  '--status': { value: { kind: 'words', words: STATUSES }, list: true },
  '--sort': { value: { kind: 'words', words: SORT_KEYS } },
  '--tag': { value: { kind: 'dynamic', what: 'tags' }, list: true },
  '--source': { value: { kind: 'dynamic', what: 'sources' }, list: true },
  'timeline --state': { value: { kind: 'words', words: CHARTED_STATES }, list: true },
  'report --format': { value: { kind: 'words', words: Object.keys(REPORT_FORMATS) } },
  'export --format': { value: { kind: 'words', words: EXPORT_FORMAT_NAMES } },
  '--output': { value: { kind: 'file' } },
  '--after': { value: { kind: 'dynamic', what: 'ids' } },
  '--depends-on': { value: { kind: 'dynamic', what: 'ids' }, list: true },
  '--source-type': { value: { kind: 'words', words: SOURCE_TYPES } },
};

/** What arguments are, by `command <name>`, where their name does not tell. */
const ARGUMENT_HINTS: Record<string, ValueKind> = {
  'set <field>': { kind: 'words', words: SETTABLE_FIELDS },
  'set <value>': { kind: 'by-argument', argument: 1, values: { status: { kind: 'words', words: STATUSES }, tags: { kind: 'dynamic', what: 'tags' } } },
};

/** `completion SHELL` prints a script; the hidden `__complete WHAT` feeds it ids, tags and sources. */
export function completionCommand(program: Command, runner: Runner, messages: Messages): void {
  const m = messages.completion.help;
  program
    .command('completion')
    .description(m.description)
    .addArgument(new Argument('<shell>', m.shell).choices(Object.keys(SCRIPTS)))
    .addHelpText('after', m.examples)
    .action(
      runner.handle(async (_ctx, _options, [shell]) => ({
        stdout: SCRIPTS[String(shell)]!(completionSpec(program, VALUE_HINTS, ARGUMENT_HINTS)),
        exitCode: 0,
      })),
    );

  program
    .command('__complete', { hidden: true })
    .argument('<what>')
    .action(
      runner.handle(async (ctx, _options, [what]) => {
        // Runs under the user's Tab key: any failure means "nothing to offer", never a message in the shell.
        try {
          if (!(DYNAMIC_WORDS as readonly string[]).includes(String(what))) return { stdout: '', exitCode: 0 };
          const words = cleanWords(cachedWords(ctx, what as DynamicWords) ?? wordsOf(await readRegister(ctx), what as DynamicWords));
          return { stdout: words.map((word) => `${word}\n`).join(''), exitCode: 0 };
        } catch {
          return { stdout: '', exitCode: 0 };
        }
      }),
    );
}

/** The register as far as it validates: deadlines are not needed, and an invalid file must not hide the ids of the others. */
async function readRegister(ctx: Context): Promise<Register> {
  const { dir } = resolveDataDir(ctx.dataOption, ctx.io.env, ctx.io.cwd, ctx.example);
  const loaded = await loadFiles(dir);
  // Loaded on demand, like in open-register.ts: the YAML parser is the costliest part of start-up.
  const [{ parseFile }, { validateRegister }] = await Promise.all([import('../core/parse-yaml.js'), import('../core/validate/validate.js')]);
  return validateRegister(loaded.files.map(parseFile)).register;
}

/**
 * The words from the cache when it holds the register as it is: ids and
 * source ids from its header alone (every Tab press, so never the whole
 * register), tags from the summaries.
 */
function cachedWords(ctx: Context, what: DynamicWords): string[] | undefined {
  const cacheDir = cacheDirectory(ctx.io.env);
  if (cacheDir === undefined) return undefined;
  const { dir } = resolveDataDir(ctx.dataOption, ctx.io.env, ctx.io.cwd, ctx.example);
  const listed = listFiles(dir);
  const key = registerKey(listed.files, BUILD_ID, readCacheIndex(cacheDir, listed.root));
  if (!key) return undefined;
  if (what === 'tags') return readCachedRegister(cacheDir, listed.root, key.key, 'summary')?.register.commitments.flatMap((commitment) => commitment.tags);
  const cached = readCachedIds(cacheDir, listed.root, key.key);
  return cached && (what === 'ids' ? cached.ids : cached.sources);
}

function wordsOf(register: Register, what: DynamicWords): string[] {
  return what === 'ids'
    ? register.commitments.map((commitment) => commitment.id)
    : what === 'tags'
      ? register.commitments.flatMap((commitment) => commitment.tags)
      : register.sources.map((source) => source.id);
}

/** Each word once, in order; a word with a space or control character cannot be offered safely as one shell word. */
function cleanWords(words: readonly string[]): string[] {
  return [...new Set(words)].filter((word) => word !== '' && !/[\s\p{Cc}\p{Cf}]/u.test(word)).sort();
}
