"""Collects the labelled cases of Yelp detect-secrets' plugin tests (Apache-2.0) as JSON lines on stdout.

Usage: python3 bench/lib/detect-secrets-cases.py <checked-out detect-secrets tree>

Run by bench/secrets-corpus.ts, which exports the tree from a snapshot. The tests are collected (never run)
by pytest with this file as a plugin; each parametrized case whose label the test states is kept:
- `(payload|line, should_flag)`: the boolean is the label;
- `test_keyword (line, expected_secret, file_extension)`: a secret when `expected_secret` is set;
- tests with the text as their only parameter (slack, square, private keys) assert a finding: positives.
Tests of other things (public IP addresses, entropy limits, helpers that find an account name, verification
calls) are left out, as are the high-entropy-string tests (their label depends on the plugin's own limit).

A negative is a negative of one plugin's test: another plugin of the same tool may report it (a GitHub token
in the GitLab plugin's test, a password with spaces that the keyword plugin reports). Each negative carries
`tool_flags`: the secret types detect-secrets itself reports on the text with its default plugins, the
entropy and IP-address plugins left out, so the bench can also count the negatives of the tool as a whole.
"""
import json
import os
import sys

SKIP_FILES = ('ip_public_test.py', 'base_test.py', 'high_entropy_strings_test.py')
cases = []


def pytest_collection_modifyitems(session, config, items):
    for it in items:
        cs = getattr(it, 'callspec', None)
        if cs is None:
            continue
        path = it.nodeid.split('::')[0]
        if os.path.basename(path) in SKIP_FILES:
            continue
        p = cs.params
        plugin = os.path.basename(path).replace('_test.py', '')
        test = it.nodeid.split('[')[0].split('::')[-1]
        text = p.get('payload', p.get('line', p.get('file_content')))
        if not isinstance(text, str):
            continue
        if 'should_flag' in p:
            label = bool(p['should_flag'])
        elif 'expected_secret' in p:
            label = bool(p['expected_secret'])
        elif set(p.keys()) <= {'payload', 'line', 'file_content'}:
            label = True
        else:
            continue
        cases.append({'rule': f'{plugin}/{test}', 'label': 'secret' if label else 'none', 'text': text})
    items[:] = []


NOT_NAMED = ('Base64HighEntropyString', 'HexHighEntropyString', 'IPPublicDetector')


def tool_flags(text):
    from detect_secrets.core.scan import scan_line
    from detect_secrets.settings import default_settings, get_settings
    with default_settings():
        settings = get_settings()
        for name in NOT_NAMED:
            settings.disable_plugins(name)
        return sorted({s.type for line in text.split('\n') for s in scan_line(line)})


def pytest_sessionfinish(session):
    out = sys.__stdout__
    for c in cases:
        if c['label'] == 'none':
            c['tool_flags'] = tool_flags(c['text'])
        out.write(json.dumps(c) + '\n')


if __name__ == '__main__':
    import pytest
    tree = sys.argv[1]
    os.chdir(tree)
    sys.path.insert(0, tree)
    devnull = open(os.devnull, 'w')
    real = sys.stdout
    sys.stdout = devnull
    pytest.main(['--collect-only', '-q', '-p', 'no:cacheprovider', 'tests/plugins'], plugins=[sys.modules[__name__]])
    sys.stdout = real
