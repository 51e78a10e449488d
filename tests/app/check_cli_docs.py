#!/usr/bin/env python3
"""The cli_docs test: the man pages and shell completions match the programs.

Runs the real `rapport-cli --help` and every command's `--help`, and
`rapport --help`, and checks that every command, subcommand and option they
name is in the generated man pages (each command's options in its own
section) and in the bash, zsh and fish completions; that the tier and
channel names the code accepts (rapport-cli-words) are completed; that the
man pages give groff no warning and the Debian changelog is gzip -9n and
parses with the project version; that the completions parse (bash -n, zsh -n, fish -n; zsh and fish are skipped, with a
message, when not installed) and answer a few real completions.

A command added to rapport-cli but not to docs/man/rapport-cli.commands fails
here, naming it.
"""

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile

failures = []


def fail(message):
    failures.append(message)
    print('FAIL: ' + message)


def run(args, **kwargs):
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='', QT_QPA_PLATFORM='offscreen')
    env.update(kwargs.pop('env', {}))
    result = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, **kwargs)
    return result.returncode, result.stdout.decode('utf-8'), result.stderr.decode('utf-8')


def options_in(text):
    return set(re.findall(r'(?<![\w-])(--[a-z][a-z0-9-]*|-h)(?![\w-])', text))


def read_help(cli):
    """{command: set(subcommands)}, {command: set(options)}, global options."""
    code, text, err = run([cli, '--help'])
    if code != 0:
        sys.exit('rapport-cli --help failed (%d): %s' % (code, err))
    commands_part = text.split('\nCommands:\n', 1)
    if len(commands_part) != 2:
        sys.exit('rapport-cli --help has no "Commands:" section:\n' + text)
    options_part = text.split('\nCommands:\n', 1)[0]
    global_options = options_in(options_part)
    commands = {}
    for line in commands_part[1].splitlines():
        match = re.match(r'  ([a-z][a-z-]*)(?: (\S+))?', line)
        if not match or line.startswith('   '):
            continue
        command, second = match.group(1), match.group(2) or ''
        subs = commands.setdefault(command, set())
        second = second.strip('[]')
        alternatives = second.split('|')
        if second and all(re.fullmatch(r'[a-z][a-z-]*', word) for word in alternatives):
            subs.update(alternatives)
    if len(commands) < 5:
        sys.exit('read only %s from rapport-cli --help; has its layout changed?' % sorted(commands))
    options = {}
    for command in commands:
        code, text, err = run([cli, command, '--help'])
        if code != 0:
            fail('rapport-cli %s --help failed (%d): %s' % (command, code, err))
            continue
        # The usage line repeats the global options; the rest is the command's.
        body = re.sub(r'^Usage: rapport-cli \[--db PATH\] \[--json\] ', '', text)
        options[command] = options_in(body) - {'--help', '-h'}
        # Subcommands the command's own help names at the start of a line.
        for line in body.splitlines():
            match = re.match(r'(?:%s) (\S+)' % re.escape(command), line)
            if match:
                alternatives = match.group(1).strip('[]').split('|')
                if all(re.fullmatch(r'[a-z][a-z-]*', word) for word in alternatives):
                    commands[command].update(alternatives)
    return commands, options, global_options


def man_text(path):
    with open(path, encoding='utf-8') as page:
        roff = page.read()
    return roff


def plain(roff):
    text = re.sub(r'\\f[BIRP]', '', roff)
    return text.replace('\\-', '-').replace('\\e', '\\').replace('\\&', '')


def man_sections(roff):
    """{".SS name" or ".SH NAME": text} of a man page."""
    sections = {}
    name = None
    for line in roff.splitlines():
        match = re.match(r'\.S([SH]) (.*)', line)
        if match:
            name = match.group(2).strip('"')
            sections[name] = ''
        elif name:
            sections[name] += plain(line) + '\n'
    return sections


def has_word(text, word):
    return re.search(r'(?<![\w-])%s(?![\w-])' % re.escape(word), text) is not None


def check_man(commands, options, global_options, docs):
    sections = man_sections(man_text(os.path.join(docs, 'rapport-cli.1')))
    for option in global_options:
        if not has_word(sections.get('OPTIONS', ''), option):
            fail('rapport-cli.1: the global option %s is not in OPTIONS' % option)
    for command, subs in sorted(commands.items()):
        if command not in sections:
            fail('rapport-cli.1: no section for the command "%s"' % command)
            continue
        text = sections[command]
        for sub in sorted(subs):
            if not re.search(r'(?m)^%s \[?([a-z-]+\|)*%s(\|[a-z-]+)*\]?( |$)'
                             % (re.escape(command), re.escape(sub)), text):
                fail('rapport-cli.1: "%s %s" is not described under %s' % (command, sub, command))
        for option in sorted(options.get(command, ())):
            if not has_word(text, option):
                fail('rapport-cli.1: %s of "%s" is not in its section' % (option, command))


def check_gui_man(app, docs):
    code, text, err = run([app, '--help'])
    if code != 0:
        fail('rapport --help failed (%d): %s' % (code, err))
        return
    page = plain(man_text(os.path.join(docs, 'rapport.1')))
    found = options_in(text) | set(re.findall(r'(?<![\w-])-[a-z](?=[ ,])', text))
    if '--read-only' not in found or '--db' not in found:
        fail('rapport --help did not name --db and --read-only:\n' + text)
    for option in sorted(found):
        if not has_word(page, option):
            fail('rapport.1: the option %s of rapport --help is not there' % option)


def read_words(exe):
    code, text, err = run([exe])
    if code != 0:
        sys.exit('%s failed: %s' % (exe, err))
    words = {}
    for line in text.splitlines():
        name, _, rest = line.partition(':')
        words[name] = rest.split()
    return words


def check_completion_content(name, path, commands, options, global_options, words):
    with open(path, encoding='utf-8') as completion:
        text = completion.read()
    if name == 'fish':
        # complete -l tier / -s h
        present = set('--' + o for o in re.findall(r' -l ([a-z][a-z0-9-]*)', text))
        present |= set('-' + o for o in re.findall(r' -s ([a-z])\b', text))
    else:
        present = options_in(text)
    for command, subs in sorted(commands.items()):
        if not has_word(text, command):
            fail('%s completion: no command "%s"' % (name, command))
        for sub in sorted(subs):
            if not re.search(r'\b%s\b.*(?<![\w-])%s(?![\w-])' % (re.escape(command), re.escape(sub)), text):
                fail('%s completion: no subcommand "%s %s"' % (name, command, sub))
        for option in sorted(options.get(command, ())):
            if option not in present:
                fail('%s completion: no option %s (of "%s")' % (name, option, command))
    for option in sorted(global_options):
        if option not in present:
            fail('%s completion: no global option %s' % (name, option))
    for list_name in ('tiers', 'channels'):
        for word in words[list_name]:
            if not has_word(text, word):
                fail('%s completion: the %s word "%s" is not completed' % (name, list_name, word))


def check_syntax(shell, args, path):
    exe = shutil.which(shell)
    if not exe:
        print('SKIP: %s is not installed, so %s is not syntax-checked (its content is)' % (shell, path))
        return None
    code, _, err = run([exe] + args + [path])
    if code != 0:
        fail('%s: %s finds a syntax error: %s' % (path, shell, err))
    return exe


# Real completions: (words before the cursor, what is being typed, words expected).
def cases(words):
    return [
        ([], '', ['contacts', 'outreach', 'export']),
        (['contacts'], '', ['add', 'list', 'delete']),
        (['contacts', 'list', '--tier'], '', words['tiers']),
        (['--db', 'x.sqlite', 'outreach', 'log'], '', words['channels']),
        (['outreach', 'list', '--channel'], '', words['channels']),
        (['export', 'csv', 'out.csv', '--tier'], '', words['tiers']),
        (['stats', 'funnel'], '--', ['--months', '--json']),
    ]


def check_bash(path, words):
    script = ['source %s' % sh(path), 'unset -f _filedir 2>/dev/null']
    for before, current, _ in cases(words):
        line = ['rapport-cli'] + before + [current]
        script.append('COMP_WORDS=(%s); COMP_CWORD=%d; COMPREPLY=(); _rapport_cli; echo "${COMPREPLY[*]}"'
                      % (' '.join(sh(w) for w in line), len(line) - 1))
    code, out, err = run(['bash', '-c', '\n'.join(script)])
    compare('bash', code, out, err, words)


def check_zsh(exe, path, words):
    # The file is the body of an autoloaded function: run it as one.
    script = ['compadd() { [[ $1 == -- ]] && shift; print -rn -- "$* "; }',
              '_files() { print -rn -- "<files> "; }',
              '_rapport_cli_body() { source %s; }' % sh(path)]
    for before, current, _ in cases(words):
        line = ['rapport-cli'] + before + [current]
        script.append('words=(%s); CURRENT=%d; _rapport_cli_body; print' % (' '.join(sh(w) for w in line), len(line)))
    code, out, err = run([exe, '-f', '-c', '\n'.join(script)])
    compare('zsh', code, out, err, words)


def check_fish(exe, path, words):
    script = ['source %s' % sh(path)]
    for before, current, _ in cases(words):
        line = ' '.join(['rapport-cli'] + before + [current])
        script.append('echo (complete -C%s | string split -f1 \\t)' % sh(line))
    with tempfile.TemporaryDirectory() as home:
        code, out, err = run([exe, '--no-config', '-c', '\n'.join(script)],
                             env={'HOME': home, 'XDG_CONFIG_HOME': home})
    compare('fish', code, out, err, words)


def compare(shell, code, out, err, words):
    if code != 0:
        fail('%s completion run failed (%d): %s' % (shell, code, err))
        return
    answers = out.splitlines()
    for (before, current, expected), answer in zip(cases(words), answers + [''] * len(cases(words))):
        got = set(answer.split())
        missing = [word for word in expected if word not in got]
        if missing:
            fail('%s: completing "rapport-cli %s %s" gave [%s], without %s'
                 % (shell, ' '.join(before), current, answer, ', '.join(missing)))


def check_roff(docs):
    groff = shutil.which('groff')
    if not groff:
        print('SKIP: groff is not installed, so the man pages are not checked for roff warnings')
        return
    for page in ('rapport.1', 'rapport-cli.1'):
        code, _, err = run([groff, '-man', '-ww', '-z', os.path.join(docs, page)])
        if code != 0 or err.strip():
            fail('%s: groff warns: %s' % (page, err.strip()))


def check_changelog(path, version):
    """The Debian changelog: gzip -9n, newest entry the project version."""
    with open(path, 'rb') as packed:
        header = packed.read(10)
    if header[:2] != b'\x1f\x8b' or header[3] & 0x08 or header[4:8] != b'\0\0\0\0' or header[8] != 2:
        fail('%s is not gzip -9n (no name, no time stamp, best compression)' % path)
    with gzip.open(path, 'rt', encoding='utf-8') as changelog:
        first = changelog.readline().rstrip('\n')
    if first != 'rapport (%s) unstable; urgency=medium' % version:
        fail('%s starts "%s", not with version %s' % (path, first, version))
    parse = shutil.which('dpkg-parsechangelog')
    if not parse:
        print('SKIP: dpkg-parsechangelog is not installed, so the changelog is not parsed')
        return
    with tempfile.TemporaryDirectory() as folder:
        plain_path = os.path.join(folder, 'changelog')
        with gzip.open(path, 'rb') as packed, open(plain_path, 'wb') as out:
            out.write(packed.read())
        code, out, err = run([parse, '-l', plain_path, '-S', 'Version'])
    if code != 0 or out.strip() != version or err.strip():
        fail('dpkg-parsechangelog on %s: %s %s' % (path, out.strip(), err.strip()))


def sh(word):
    return "'" + word.replace("'", "'\\''") + "'"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--cli', required=True)
    parser.add_argument('--app', required=True)
    parser.add_argument('--words-exe', required=True)
    parser.add_argument('--docs', required=True, help='the generated files (build/cli-docs)')
    parser.add_argument('--version', required=True, help='the project version')
    args = parser.parse_args()

    commands, options, global_options = read_help(args.cli)
    words = read_words(args.words_exe)
    print('rapport-cli --help: %d commands, %d subcommands, %d options'
          % (len(commands), sum(len(s) for s in commands.values()),
             len(set().union(global_options, *options.values()))))
    check_man(commands, options, global_options, args.docs)
    check_gui_man(args.app, args.docs)
    check_roff(args.docs)
    check_changelog(os.path.join(args.docs, 'changelog.gz'), args.version)

    bash = os.path.join(args.docs, 'rapport-cli.bash')
    zsh = os.path.join(args.docs, '_rapport-cli')
    fish = os.path.join(args.docs, 'rapport-cli.fish')
    for name, path in (('bash', bash), ('zsh', zsh), ('fish', fish)):
        check_completion_content(name, path, commands, options, global_options, words)
    if check_syntax('bash', ['-n'], bash):
        check_bash(bash, words)
    zsh_exe = check_syntax('zsh', ['-n'], zsh)
    if zsh_exe:
        check_zsh(zsh_exe, zsh, words)
    fish_exe = check_syntax('fish', ['--no-execute'], fish)
    if fish_exe:
        check_fish(fish_exe, fish, words)

    if failures:
        print('%d problem(s). Describe each command in docs/man/rapport-cli.commands '
              '(its top says how).' % len(failures))
        return 1
    print('The man pages and the bash, zsh and fish completions match rapport-cli and rapport.')
    return 0


if __name__ == '__main__':
    sys.exit(main())
