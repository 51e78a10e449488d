#!/usr/bin/env python3
"""Writes Rapport's man pages, shell completions and Debian changelog.

Run by the build (packaging/linux/CliDocs.cmake); plain python3, no extra
modules.

  gen_cli_docs.py docs --spec docs/man/rapport-cli.commands --words-exe EXE
      --man-dir docs/man --version V --date YYYY-MM-DD --out DIR
    DIR/rapport-cli.1 and DIR/rapport.1 (and .gz, gzip -9n), and the
    completions DIR/rapport-cli.bash, DIR/_rapport-cli (zsh),
    DIR/rapport-cli.fish. EXE is rapport-cli-words (tools/cliwords), which
    prints the word lists (tiers, channels, ...) from the code.

  gen_cli_docs.py changelog --changelog CHANGELOG.md --maintainer "N <M>"
      --version V --out FILE.gz
    The released sections of CHANGELOG.md (Keep a Changelog) as a Debian
    changelog, gzip -9n. The newest release must be V.

How to add a command: see the comment at the top of
docs/man/rapport-cli.commands (the only file to edit).
"""

import argparse
import datetime
import gzip
import io
import os
import re
import subprocess
import sys
import textwrap

# --------------------------------------------------------------------------
# The command description


class Block:
    """One "== COMMAND [SUB]" block of rapport-cli.commands."""

    def __init__(self, words, line):
        self.line = line
        self.command = words[0]
        self.subs = []
        self.optional_sub = False
        if len(words) > 1:
            sub = words[1]
            if sub.startswith('[') and sub.endswith(']'):
                self.optional_sub = True
                sub = sub[1:-1]
            self.subs = sub.split('|')
        if len(words) > 2:
            raise SpecError(line, 'a block names a command and at most one subcommand')
        self.synopsis = []
        self.args = []
        self.values = {}
        self.text = []

    def keys(self):
        """The completion keys this block answers: "cmd" and/or "cmd sub"."""
        keys = ['%s %s' % (self.command, sub) for sub in self.subs]
        if not self.subs or self.optional_sub:
            keys.insert(0, self.command)
        return keys

    def options(self):
        """[(option, placeholder or None)] in synopsis order."""
        found = []
        tokens = ' '.join(self.synopsis).split()
        for i, token in enumerate(tokens):
            for name in re.findall(r'(?<![\w-])(--?[A-Za-z][\w-]*)', token):
                if any(name == seen for seen, _ in found):
                    continue
                value = None
                # The option is the token's last part: its value follows.
                if token.rstrip('].').endswith(name) and i + 1 < len(tokens):
                    following = tokens[i + 1].lstrip('[')
                    following = re.sub(r'[\]]*(\.\.\.)?$', '', following)
                    if following and not following.startswith('-') and following != '|':
                        value = following
                found.append((name, value))
        return found


class SpecError(Exception):
    def __init__(self, line, message):
        super().__init__('rapport-cli.commands:%d: %s' % (line, message))


def read_spec(path):
    blocks = []
    current = None
    with open(path, encoding='utf-8') as spec:
        for number, raw in enumerate(spec, 1):
            line = raw.rstrip('\n')
            if line.startswith('#'):
                continue
            if line.startswith('== '):
                current = Block(line[3:].split(), number)
                blocks.append(current)
                continue
            if current is None:
                if line.strip():
                    raise SpecError(number, 'text before the first "== command" line')
                continue
            if line.startswith('synopsis:'):
                current.synopsis.append(line[len('synopsis:'):].strip())
            elif line.startswith('args:'):
                current.args = line[len('args:'):].split()
            elif line.startswith('values:'):
                for item in line[len('values:'):].split():
                    option, _, spec_text = item.partition('=')
                    if not option.startswith('-') or not spec_text:
                        raise SpecError(number, 'values: takes --option=SPEC, not "%s"' % item)
                    current.values[option] = spec_text
            else:
                current.text.append(line)
    if not blocks or blocks[0].command != 'global':
        raise SpecError(1, 'the first block must be "== global"')
    return blocks


def read_words(exe):
    """The word lists rapport-cli-words prints, by name."""
    # A sanitizer build (preset asan) must not fail the build over Qt's
    # process-lifetime allocations.
    env = dict(os.environ, ASAN_OPTIONS='detect_leaks=0')
    result = subprocess.run([exe], stdout=subprocess.PIPE, check=True, env=env)
    words = {}
    for line in result.stdout.decode('utf-8').splitlines():
        name, sep, rest = line.partition(':')
        if sep:
            words[name.strip()] = rest.split()
    for needed in ('tiers', 'channels'):
        if not words.get(needed):
            sys.exit('gen_cli_docs: %s lists no %s' % (exe, needed))
    return words


class Cli:
    """The spec resolved: what each key completes to."""

    def __init__(self, blocks, words):
        self.words = words
        self.global_block = blocks[0]
        self.blocks = blocks[1:]
        self.commands = []
        self.subs = {}          # command -> [sub]
        self.bare = set()       # commands that run without a subcommand
        self.options = {}       # key -> [(option, spec or None)]; None: a flag
        self.args = {}          # key -> [spec]
        for block in self.blocks:
            if block.command not in self.commands:
                self.commands.append(block.command)
                self.subs[block.command] = []
            for sub in block.subs:
                if sub not in self.subs[block.command]:
                    self.subs[block.command].append(sub)
            if not block.subs or block.optional_sub:
                self.bare.add(block.command)
            options = [(name, self.value_spec(block, name, value)) for name, value in block.options()]
            for key in block.keys():
                if key in self.options:
                    raise SpecError(block.line, '"%s" is described twice' % key)
                self.options[key] = options
                self.args[key] = [self.check_spec(block, spec) for spec in block.args]
        self.global_options = [(name, self.value_spec(self.global_block, name, value))
                               for name, value in self.global_block.options()]
        # Options that take a value, wherever they appear (completions skip
        # their values when finding the command words).
        self.valued = sorted({name for options in list(self.options.values()) + [self.global_options]
                              for name, spec in options if spec is not None})

    def check_spec(self, block, spec):
        if spec.startswith('@') and spec[1:] not in self.words:
            raise SpecError(block.line, 'no word list %s (rapport-cli-words prints %s)'
                            % (spec, ', '.join(sorted(self.words))))
        return spec

    def value_spec(self, block, name, placeholder):
        """None for a flag; otherwise what its value completes to."""
        if name in block.values:
            return self.check_spec(block, block.values[name])
        if placeholder is None:
            return None
        if placeholder in ('FILE', 'F', 'PATH'):
            return 'file'
        if '|' in placeholder and re.fullmatch(r'[a-z0-9,;|]+', placeholder):
            return placeholder.split('|')
        return '-'

    def choices(self, spec):
        """The words of a spec, or None for files / nothing."""
        if isinstance(spec, list):
            return spec
        if spec in (None, '-', 'file', 'dir'):
            return None
        if spec.startswith('@'):
            return self.words[spec[1:]]
        return spec.split(',')

    def all_options(self, key):
        return self.options.get(key, []) + self.global_options


# --------------------------------------------------------------------------
# Man pages


def roff_escape(text):
    text = text.replace('\\', '\\e').replace('-', '\\-')
    return text


def roff_line(text):
    text = roff_escape(text)
    if text.startswith('.') or text.startswith("'"):
        text = '\\&' + text
    return text


def roff_synopsis(text):
    """Options bold, placeholders italic, the rest as written."""
    out = []
    for piece in re.split(r'(\s+|[\[\]|.]+)', text):
        if not piece:
            continue
        if re.fullmatch(r'--?[A-Za-z][\w-]*', piece):
            out.append('\\fB%s\\fR' % roff_escape(piece))
        elif re.fullmatch(r'[A-Z][A-Z_=]*[A-Z]|[A-Z]', piece):
            out.append('\\fI%s\\fR' % roff_escape(piece))
        else:
            out.append(roff_escape(piece))
    return ''.join(out)


def expand_lists(text, words):
    def one(match):
        name = match.group(1)
        return ', '.join(words[name]) if name in words else match.group(0)
    return re.sub(r'(?<![\w.])@([a-z]+)\b', one, text)


def paragraphs(lines):
    chunks, chunk = [], []
    for line in lines:
        if line.strip():
            chunk.append(line.strip())
        elif chunk:
            chunks.append(' '.join(chunk))
            chunk = []
    if chunk:
        chunks.append(' '.join(chunk))
    return chunks


def man_options(cli):
    """The global block's "OPTION: text" paragraphs as .TP items."""
    out = []
    for text in paragraphs(cli.global_block.text):
        head, sep, body = text.partition(': ')
        if not sep:
            sys.exit('gen_cli_docs: the global block\'s paragraphs are "OPTION: text", not "%s"' % text)
        out.append('.TP\n%s\n%s' % (roff_synopsis(head), roff_line(expand_lists(body, cli.words))))
    return '\n'.join(out)


def man_commands(cli):
    out = []
    current = None
    for block in cli.blocks:
        if block.command != current:
            current = block.command
            out.append('.SS %s' % block.command)
        head = '\\fB%s\\fR' % roff_escape(block.command)
        if block.subs:
            subs = '|'.join('\\fB%s\\fR' % roff_escape(sub) for sub in block.subs)
            head += ' [%s]' % subs if block.optional_sub else ' ' + subs
        synopsis = ' '.join(block.synopsis)
        out.append('.TP')
        out.append(head + (' ' + roff_synopsis(synopsis) if synopsis else ''))
        for i, text in enumerate(paragraphs(block.text)):
            if i:
                out.append('.IP')
            out.append(roff_line(expand_lists(text, cli.words)))
    return '\n'.join(out)


def fill_template(path, values, words):
    with open(path, encoding='utf-8') as template:
        text = template.read()

    def one(match):
        name = match.group(1)
        if name not in values:
            sys.exit('gen_cli_docs: %s: unknown placeholder @%s@' % (path, name))
        return values[name]
    text = re.sub(r'@([A-Z_]+)@', one, text)
    return expand_lists(text, words)


# --------------------------------------------------------------------------
# Completions

HEADER = ('Generated by packaging/linux/gen_cli_docs.py from docs/man/rapport-cli.commands '
          '(edit that file, not this one).')


def sh_quote(words):
    return "'" + ' '.join(words).replace("'", "'\\''") + "'"


def bash_completion(cli):
    lines = ['# bash completion for rapport-cli.', '# ' + HEADER, '',
             '_rapport_cli_files()', '{',
             '    if declare -F _filedir >/dev/null; then',
             '        _filedir',
             '    else',
             '        compopt -o filenames 2>/dev/null',
             '        COMPREPLY=($(compgen -f -- "$cur"))',
             '    fi', '}', '',
             '_rapport_cli_complete()', '{',
             '    # $1: a spec (- nothing, file, or the words).',
             '    case $1 in',
             '    -) COMPREPLY=() ;;',
             '    file | dir) _rapport_cli_files ;;',
             '    *) COMPREPLY=($(compgen -W "$1" -- "$cur")) ;;',
             '    esac', '}', '',
             '_rapport_cli()', '{',
             '    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}',
             '    local i word cmd key subs= nargs',
             '    local -a pos=()',
             '    for ((i = 1; i < COMP_CWORD; i++)); do',
             '        word=${COMP_WORDS[i]}',
             '        case $word in',
             '        %s) ((i++)) ;;' % '|'.join(cli.valued),
             '        -*) ;;',
             '        *) pos+=("$word") ;;',
             '        esac',
             '    done',
             '    cmd=${pos[0]-}',
             '    case $cmd in']
    for command in cli.commands:
        if cli.subs[command]:
            lines.append('    %s) subs=%s ;;' % (command, sh_quote(cli.subs[command])))
    lines += ['    esac',
              '    key=$cmd',
              '    nargs=$((${#pos[@]} - 1))',
              '    if [[ -n $subs && ${#pos[@]} -ge 2 && " $subs " == *" ${pos[1]} "* ]]; then',
              '        key="$cmd ${pos[1]}"',
              '        nargs=$((${#pos[@]} - 2))',
              '    fi',
              '    # The value of an option.',
              '    case "$key|$prev" in']
    for key in sorted(cli.options):
        for name, spec in cli.options[key]:
            if spec is not None:
                lines.append('    "%s|%s") _rapport_cli_complete %s; return ;;'
                             % (key, name, bash_spec(cli, spec)))
    for name, spec in cli.global_options:
        if spec is not None:
            lines.append('    *"|%s") _rapport_cli_complete %s; return ;;' % (name, bash_spec(cli, spec)))
    lines += ['    *"|--"*) case $prev in %s) return ;; esac ;;' % '|'.join(cli.valued),
              '    esac',
              '    if [[ $cur == -* ]]; then',
              '        local opts=',
              '        case $key in']
    for key in sorted(cli.options):
        names = [name for name, _ in cli.options[key]]
        if names:
            lines.append('        "%s") opts=%s ;;' % (key, sh_quote(names)))
    lines += ['        esac',
              '        COMPREPLY=($(compgen -W "$opts %s" -- "$cur"))'
              % ' '.join(name for name, _ in cli.global_options),
              '        return',
              '    fi',
              '    if ((${#pos[@]} == 0)); then',
              '        COMPREPLY=($(compgen -W %s -- "$cur"))' % sh_quote(cli.commands + ['help']),
              '        return',
              '    fi',
              '    if [[ $key == "$cmd" && -n $subs && $nargs -eq 0 ]]; then',
              '        COMPREPLY=($(compgen -W "$subs" -- "$cur"))',
              '        return',
              '    fi',
              '    case "$key|$nargs" in']
    for key in sorted(cli.args):
        for index, spec in enumerate(cli.args[key]):
            if spec != '-':
                lines.append('    "%s|%d") _rapport_cli_complete %s ;;' % (key, index, bash_spec(cli, spec)))
    lines += ['    esac', '}', '', 'complete -F _rapport_cli rapport-cli', '']
    return '\n'.join(lines)


def bash_spec(cli, spec):
    words = cli.choices(spec)
    return sh_quote(words) if words is not None else spec


def zsh_completion(cli):
    lines = ['#compdef rapport-cli', '# zsh completion for rapport-cli.', '# ' + HEADER, '',
             'local cur=${words[CURRENT]} prev=${words[CURRENT-1]}',
             'local i word cmd key nargs',
             'local -a pos subs',
             'for ((i = 2; i < CURRENT; i++)); do',
             '    word=${words[i]}',
             '    case $word in',
             '    (%s) ((i++)) ;;' % '|'.join(cli.valued),
             '    (-*) ;;',
             '    (*) pos+=("$word") ;;',
             '    esac',
             'done',
             'cmd=${pos[1]-}',
             'case $cmd in']
    for command in cli.commands:
        if cli.subs[command]:
            lines.append('(%s) subs=(%s) ;;' % (command, ' '.join(cli.subs[command])))
    lines += ['esac',
              'key=$cmd',
              'nargs=$((${#pos} - 1))',
              'if ((${#subs} && ${#pos} >= 2 && ${subs[(Ie)${pos[2]}]})); then',
              '    key="$cmd ${pos[2]}"',
              '    nargs=$((${#pos} - 2))',
              'fi',
              '_rapport_cli_complete() {',
              '    case $1 in',
              '    (-) return 1 ;;',
              '    (file) _files ;;',
              '    (dir) _files -/ ;;',
              '    (*) compadd -- ${=1} ;;',
              '    esac',
              '}',
              'case "$key|$prev" in']
    for key in sorted(cli.options):
        for name, spec in cli.options[key]:
            if spec is not None:
                lines.append('("%s|%s") _rapport_cli_complete %s; return ;;' % (key, name, bash_spec(cli, spec)))
    for name, spec in cli.global_options:
        if spec is not None:
            lines.append('(*"|%s") _rapport_cli_complete %s; return ;;' % (name, bash_spec(cli, spec)))
    lines += ['(*) case $prev in (%s) return 1 ;; esac ;;' % '|'.join(cli.valued),
              'esac',
              'if [[ $cur == -* ]]; then',
              '    local -a opts',
              '    case $key in']
    for key in sorted(cli.options):
        names = [name for name, _ in cli.options[key]]
        if names:
            lines.append('    ("%s") opts=(%s) ;;' % (key, ' '.join(names)))
    lines += ['    esac',
              '    compadd -- $opts %s' % ' '.join(name for name, _ in cli.global_options),
              '    return',
              'fi',
              'if ((${#pos} == 0)); then',
              '    compadd -- %s' % ' '.join(cli.commands + ['help']),
              '    return',
              'fi',
              'if [[ $key == "$cmd" ]] && ((${#subs} && nargs == 0)); then',
              '    compadd -- $subs',
              '    return',
              'fi',
              'case "$key|$nargs" in']
    for key in sorted(cli.args):
        for index, spec in enumerate(cli.args[key]):
            if spec != '-':
                lines.append('("%s|%d") _rapport_cli_complete %s ;;' % (key, index, bash_spec(cli, spec)))
    lines += ['esac', '']
    return '\n'.join(lines)


def fish_quote(text):
    return "'" + text.replace('\\', '\\\\').replace("'", "\\'") + "'"


def fish_words(words):
    """Words for complete -a, which fish reads as arguments: specials escaped."""
    return fish_quote(' '.join(re.sub(r'([;|&<>(){}$*?~#"\'\[\]\\])', r'\\\1', word) for word in words))


def fish_completion(cli):
    lines = ['# fish completion for rapport-cli.', '# ' + HEADER, '',
             '# Prints the key (command, or command and subcommand) and how many',
             '# arguments follow it, from the words before the cursor.',
             'function __rapport_cli_state',
             '    set -l words (commandline -opc)[2..-1]',
             '    set -l pos',
             '    set -l skip 0',
             '    for word in $words',
             '        if test $skip -eq 1',
             '            set skip 0',
             '            continue',
             '        end',
             '        switch $word',
             '            case %s' % ' '.join(cli.valued),
             '                set skip 1',
             '            case \'-*\'',
             '            case \'*\'',
             '                set -a pos $word',
             '        end',
             '    end',
             '    if test (count $pos) -eq 0',
             '        echo ""',
             '        echo 0',
             '        return',
             '    end',
             '    set -l subs',
             '    switch $pos[1]']
    for command in cli.commands:
        if cli.subs[command]:
            lines += ['        case %s' % command, '            set subs %s' % ' '.join(cli.subs[command])]
    lines += ['    end',
              '    if test (count $pos) -ge 2; and contains -- $pos[2] $subs',
              '        echo "$pos[1] $pos[2]"',
              '        math (count $pos) - 2',
              '    else',
              '        echo $pos[1]',
              '        math (count $pos) - 1',
              '    end',
              'end',
              '',
              '# True when completing WHAT: "command"; "sub CMD" (its subcommand);',
              '# "key KEY" (an option of KEY); "arg KEY N" (its argument N, from 0).',
              'function __rapport_cli_at',
              '    set -l state (__rapport_cli_state)',
              '    switch $argv[1]',
              '        case command',
              '            test -z "$state[1]"',
              '        case sub',
              '            test "$state[1]" = "$argv[2]"; and test $state[2] -eq 0',
              '        case key',
              '            test "$state[1]" = "$argv[2]"',
              '        case arg',
              '            test "$state[1]" = "$argv[2]"; and test $state[2] -eq $argv[3]',
              '    end',
              'end',
              '',
              'complete -c rapport-cli -f',
              'complete -c rapport-cli -n "__rapport_cli_at command" -a %s'
              % fish_quote(' '.join(cli.commands + ['help']))]
    for command in cli.commands:
        if cli.subs[command]:
            lines.append('complete -c rapport-cli -n %s -a %s'
                         % (fish_quote('__rapport_cli_at sub %s' % command),
                            fish_quote(' '.join(cli.subs[command]))))
    for name, spec in cli.global_options:
        lines.append('complete -c rapport-cli %s%s' % (fish_option(name), fish_value(cli, spec)))
    for key in sorted(cli.options):
        condition = fish_quote('__rapport_cli_at key "%s"' % key)
        for name, spec in cli.options[key]:
            lines.append('complete -c rapport-cli -n %s %s%s' % (condition, fish_option(name), fish_value(cli, spec)))
    for key in sorted(cli.args):
        for index, spec in enumerate(cli.args[key]):
            if spec == '-':
                continue
            condition = fish_quote('__rapport_cli_at arg "%s" %d' % (key, index))
            words = cli.choices(spec)
            action = '-a %s' % fish_words(words) if words is not None else '-F'
            lines.append('complete -c rapport-cli -n %s %s' % (condition, action))
    lines.append('')
    return '\n'.join(lines)


def fish_option(name):
    return ('-l %s' % name[2:]) if name.startswith('--') else ('-s %s' % name[1:])


def fish_value(cli, spec):
    if spec is None:
        return ''
    if spec in ('file', 'dir'):
        return ' -r -F'
    words = cli.choices(spec)
    if words is None:
        return ' -x'
    return ' -x -a %s' % fish_words(words)


# --------------------------------------------------------------------------
# Changelog


def read_changelog(path):
    """[(version, date, [(heading, [item])])] of the released sections."""
    releases = []
    current = None
    heading = None
    with open(path, encoding='utf-8') as changelog:
        for number, raw in enumerate(changelog, 1):
            line = raw.rstrip('\n')
            match = re.match(r'## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$', line)
            if match:
                if match.group(1) == 'Unreleased':
                    current = None
                    continue
                if not match.group(2):
                    sys.exit('%s:%d: a release needs its date: ## [%s] - YYYY-MM-DD'
                             % (path, number, match.group(1)))
                current = (match.group(1), match.group(2), [])
                releases.append(current)
                heading = None
                continue
            if current is None:
                continue
            if line.startswith('### '):
                heading = (line[4:].strip(), [])
                current[2].append(heading)
            elif line.startswith('- '):
                if heading is None:
                    sys.exit('%s:%d: an item before any ### heading' % (path, number))
                heading[1].append(line[2:].strip())
            elif line.startswith('  ') and line.strip() and heading and heading[1]:
                heading[1][-1] += ' ' + line.strip()
    return releases


def markdown_plain(text):
    text = re.sub(r'\[([^\]]+)\]\([^)]+\)', r'\1', text)
    return text.replace('`', '')


def debian_changelog(releases, maintainer):
    out = []
    for version, date, sections in releases:
        day = datetime.datetime.strptime(date, '%Y-%m-%d').replace(tzinfo=datetime.timezone.utc)
        out.append('rapport (%s) unstable; urgency=medium' % version)
        out.append('')
        for heading, items in sections:
            for item in items:
                wrapped = textwrap.wrap('%s: %s' % (heading, markdown_plain(item)), width=76)
                out.append('  * ' + wrapped[0])
                out.extend('    ' + rest for rest in wrapped[1:])
        out.append('')
        # RFC 2822 in English whatever the locale; noon UTC on the day.
        weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][day.weekday()]
        month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
                 'Dec'][day.month - 1]
        out.append(' -- %s  %s, %02d %s %d 12:00:00 +0000' % (maintainer, weekday, day.day, month, day.year))
        out.append('')
    return '\n'.join(out).rstrip('\n') + '\n'


# --------------------------------------------------------------------------


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='\n') as out:
        out.write(text)


def write_gzip(path, text):
    """gzip -9n: no name, no time stamp, so the output is reproducible."""
    data = io.BytesIO()
    with gzip.GzipFile(filename='', mode='wb', compresslevel=9, fileobj=data, mtime=0) as gz:
        gz.write(text.encode('utf-8'))
    with open(path, 'wb') as out:
        out.write(data.getvalue())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest='what', required=True)
    docs = sub.add_parser('docs')
    docs.add_argument('--spec', required=True)
    docs.add_argument('--words-exe', required=True)
    docs.add_argument('--man-dir', required=True)
    docs.add_argument('--version', required=True)
    docs.add_argument('--date', required=True)
    docs.add_argument('--out', required=True)
    log = sub.add_parser('changelog')
    log.add_argument('--changelog', required=True)
    log.add_argument('--maintainer', required=True)
    log.add_argument('--version', required=True)
    log.add_argument('--out', required=True)
    args = parser.parse_args()

    if args.what == 'changelog':
        releases = read_changelog(args.changelog)
        if not releases or releases[0][0] != args.version:
            sys.exit('gen_cli_docs: the newest release in %s is not %s, the project version'
                     % (args.changelog, args.version))
        write_gzip(args.out, debian_changelog(releases, args.maintainer))
        return

    try:
        cli = Cli(read_spec(args.spec), read_words(args.words_exe))
    except SpecError as error:
        sys.exit('gen_cli_docs: %s' % error)
    values = {'VERSION': args.version, 'DATE': args.date,
              'OPTIONS': man_options(cli), 'COMMANDS': man_commands(cli)}
    for page in ('rapport-cli', 'rapport'):
        text = fill_template('%s/%s.1.in' % (args.man_dir, page), values, cli.words)
        write('%s/%s.1' % (args.out, page), text)
        write_gzip('%s/%s.1.gz' % (args.out, page), text)
    write('%s/rapport-cli.bash' % args.out, bash_completion(cli))
    write('%s/_rapport-cli' % args.out, zsh_completion(cli))
    write('%s/rapport-cli.fish' % args.out, fish_completion(cli))


if __name__ == '__main__':
    main()
