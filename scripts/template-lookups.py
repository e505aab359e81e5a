#!/usr/bin/env python3
"""Writes Sources/CommonplaceWeb/Rendering/TemplateLookups.swift: a MustacheParent lookup for every view
(each top-level struct of CommonplaceWeb that conforms to nothing, and the forms pages show again),
listing its stored properties, so templates never fall back to reflection. Run it after changing a view;
a test fails when the file is out of date."""
import glob, re, sys

ROOT = 'Sources/CommonplaceWeb'
OUT = f'{ROOT}/Rendering/TemplateLookups.swift'


def views():
    for path in sorted(glob.glob(f'{ROOT}/**/*.swift', recursive=True)):
        if path == OUT:
            continue
        source = open(path).read()
        for match in re.finditer(r'^struct (\w+)(?:: ([^{]+))? \{\n(.*?)\n\}', source, re.S | re.M):
            name, conformances, body = match.group(1), (match.group(2) or '').strip(), match.group(3)
            if conformances and not (name.endswith('Form') and conformances == 'Decodable'):
                continue
            depth, properties = 0, []
            for line in body.split('\n'):
                stripped = line.strip()
                if depth == 0:
                    found = re.match(r'(?:let|var) (\w+)\s*:', stripped)
                    if found and '{' not in stripped:
                        properties.append(found.group(1))
                depth += line.count('{') - line.count('}')
            if properties:
                yield name, properties


def main():
    out = ['import Mustache', '',
           '// Template lookups without reflection: swift-mustache reads a `MustacheParent` by name instead of building a',
           '// `Mirror` for every `{{name}}`, which dominated the render time of every page (see docs/performance.md).',
           '// Written by scripts/template-lookups.py from the views\' stored properties: run it after changing a view.', '']
    for name, properties in views():
        cases = '\n'.join(f'        case "{p}": self.{p}' for p in properties)
        out.append(f'extension {name}: MustacheParent {{\n    func child(named name: String) -> Any? {{\n        switch name {{\n{cases}\n'
                   f'        default: nil\n        }}\n    }}\n}}\n')
    text = '\n'.join(out)
    if '--check' in sys.argv:
        sys.exit(0 if open(OUT).read() == text else 'Rendering/TemplateLookups.swift is out of date: run scripts/template-lookups.py')
    open(OUT, 'w').write(text)


main()
