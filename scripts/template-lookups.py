#!/usr/bin/env python3
"""Writes Sources/CommonplaceWeb/Rendering/TemplateLookups.swift: MustacheParent lookups for the views
rendered in long lists, listing every stored property, so templates need no reflection. Run it after
changing one of these views."""
import re,sys
targets = {
 'Sources/CommonplaceWeb/Conversations/ConversationViews.swift': ['ReactionView','ReplyView','ConversationCardView','FeedEntryView'],
 'Sources/CommonplaceWeb/Rendering/Chrome.swift': ['Chrome','MemberView','Option'],
 'Sources/CommonplaceWeb/Posts/PostView.swift': ['PostView'],
 'Sources/CommonplaceWeb/Posts/PostPages.swift': ['FeedPage'],
 'Sources/CommonplaceWeb/Conversations/ConversationPageModels.swift': ['ThreadPage'],
}
out = ['import Mustache', '', '// Template lookups without reflection: swift-mustache reads a `MustacheParent` by name instead of building a',
       '// `Mirror` for every `{{name}}`, which dominated the render time of pages with long lists (see docs/performance.md).',
       '// Written by scripts/template-lookups.py from the views\' stored properties: run it after changing one.', '']
for path, names in targets.items():
    src = open(path).read()
    for name in names:
        m = re.search(r'struct %s \{(.*?)\n\}' % name, src, re.S)
        body = m.group(1)
        depth = 0; props = []
        for line in body.split('\n'):
            stripped = line.strip()
            if depth == 0:
                pm = re.match(r'(?:let|var) (\w+)\s*:', stripped)
                if pm and '{' not in stripped: props.append(pm.group(1))
            depth += line.count('{') - line.count('}')
        cases = '\n'.join(f'        case "{p}": self.{p}' for p in props)
        out.append(f'extension {name}: MustacheParent {{\n    func child(named name: String) -> Any? {{\n        switch name {{\n{cases}\n        default: nil\n        }}\n    }}\n}}\n')
open('Sources/CommonplaceWeb/Rendering/TemplateLookups.swift','w').write('\n'.join(out))
