import { Argument, Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { bashCompletion } from '../../../src/render/completion/bash.js';
import { fishCompletion } from '../../../src/render/completion/fish.js';
import { completionSpec } from '../../../src/render/completion/spec.js';
import { zshCompletion } from '../../../src/render/completion/zsh.js';

function program(): Command {
  const root = new Command('tool').option('--data <dir>', 'folder').addOption(new Option('--lang <lang>', 'language').choices(['nl', 'en'])).option('--no-color', 'plain');
  root.command('show').description("one item's details").argument('<id>', 'the id').option('--json', 'as JSON');
  root
    .command('list')
    .description('items [filtered]: by state')
    .option('--state <states>', 'states', (value: string, previous: string[] = []) => [...previous, value])
    .option('--by <text>', 'who [name]: text');
  root.command('shell').addArgument(new Argument('<shell>', 'which').choices(['bash', 'zsh']));
  root.command('secret', { hidden: true });
  return root;
}

describe('completionSpec: read from the commander program', () => {
  const spec = completionSpec(program(), { '--data': { value: { kind: 'directory' } }, 'list --state': { value: { kind: 'words', words: ['a', 'b'] }, list: true } });

  it('lists visible commands only, with the help command', () => {
    expect(spec.commands.map((command) => command.name)).toEqual(['show', 'list', 'shell', 'help']);
  });

  it('takes values from commander choices, then from hints, else a free value', () => {
    const global = (flag: string) => spec.globalOptions.find((option) => option.flags.includes(flag));
    expect(global('--lang')).toMatchObject({ value: { kind: 'words', words: ['nl', 'en'] }, repeatable: false });
    expect(global('--data')?.value).toEqual({ kind: 'directory' });
    expect(global('--no-color')?.value).toBeNull();
    const list = spec.commands.find((command) => command.name === 'list')!;
    expect(list.options.find((option) => option.flags.includes('--state'))).toMatchObject({ value: { kind: 'words', words: ['a', 'b'] }, list: true, repeatable: true });
    expect(list.options.find((option) => option.flags.includes('--by'))).toMatchObject({ value: { kind: 'any', name: 'text' }, list: false, repeatable: false });
  });

  it('completes arguments by name and choices: <id> with ids, [command] with commands', () => {
    const args = (name: string) => spec.commands.find((command) => command.name === name)!.args;
    expect(args('show')).toEqual([{ name: 'id', value: { kind: 'dynamic', what: 'ids' }, variadic: false }]);
    expect(args('shell')[0]?.value).toEqual({ kind: 'words', words: ['bash', 'zsh'] });
    expect(args('help')[0]?.value).toEqual({ kind: 'commands' });
  });

  it('keeps descriptions with quotes, brackets and colons intact in every script', () => {
    expect(bashCompletion(spec)).not.toContain('secret');
    const zsh = zshCompletion(spec);
    expect(zsh).toContain(`'show:one item'\\''s details'`);
    expect(zsh).toContain(`'list:items [filtered]: by state'`);
    expect(zsh).toContain(`'--by=[who \\[name\\]\\: text]:text: '`);
    expect(fishCompletion(spec)).toContain(`-d 'one item\\'s details'`);
  });
});
