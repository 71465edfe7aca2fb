#!/usr/bin/env python3
# Re-runnable codemod (issue #19): turns a hand-written
#   <section aria-labelledby="x" …><Heading level={2} data-size="sm" id="x" [className]>…</Heading>…</section>
# in display files into <Section id="x" heading={…} …>…</Section> (src/components/section.tsx),
# adds the import and drops a Heading import left unused. Form files (*-form(s).tsx, filters) are
# left alone. For merging branches that still write the pair by hand:
#   python3 scripts/section-codemod.py && npx prettier --write <changed files>
# tests/unit/shared-markup.test.ts fails while any display file still has the hand-written pair.
import re, sys, pathlib
root = pathlib.Path("src")
skip = re.compile(r"(-form|-forms|filter|filter-form)\.tsx$")
open_re = re.compile(r'<section\s+aria-labelledby=(\{[^}]*\}|"[^"]*")([^>]*)>\s*\n(\s*)<Heading level=\{(\d)\} data-size="(\w+)" id=(\{[^}]*\}|"[^"]*")( className="[^"]*")?>\n((?:.*\n)*?)\s*</Heading>\n')
changed = 0
for p in root.rglob("*.tsx"):
    if skip.search(p.name) or p.name == "section.tsx": continue
    s = p.read_text()
    out = []; pos = 0; n = 0
    while True:
        m = open_re.search(s, pos)
        if not m: break
        label, attrs, indent, level, size, hid, hcls, content = m.groups()
        if label != hid: pos = m.end(); continue
        content = content.strip()
        if "\n" in content:
            inner = content
            if inner.startswith("{") and inner.endswith("}") and inner.count("{") == 1:
                heading = inner
            else:
                heading = "{<>" + inner + "</>}"
        elif content.startswith("{") and content.endswith("}") and content.count("{") == 1:
            heading = content
        elif content.startswith("{") and content.endswith("}") and re.fullmatch(r"\{[^{}]*(\{[^{}]*\}[^{}]*)*\}", content) and not re.search(r"\}\s*\S.*\{", content[1:-1]):
            heading = content
        elif "{" not in content and "<" not in content:
            heading = '"' + content + '"' if '"' not in content else "{" + repr(content) + "}"
        else:
            heading = "{<>" + content + "</>}"
        props = f'id={hid} heading={heading}'
        if level != "2": props += f' level={{{level}}}'
        if size != "sm": props += f' size="{size}"'
        if hcls: props += f' headingClassName={hcls.strip()[len("className="):]}'
        props += attrs
        # find matching </section>
        depth = 1; i = m.end()
        tag = re.compile(r"<section[\s>]|</section>")
        while depth:
            t = tag.search(s, i)
            if t.group(0).startswith("</"): depth -= 1
            else: depth += 1
            i = t.end()
        close_start = i - len("</section>")
        out.append(s[pos:m.start()]); out.append(f"<Section {props}>\n")
        body = s[m.end():close_start]
        out.append(body); out.append("</Section>")
        pos = i; n += 1
        # recursion inside body isn't handled: re-run script until stable
    if n:
        out.append(s[pos:])
        s2 = "".join(out)
        if 'from "@/components/section"' not in s2:
            s2 = re.sub(r'^(import [^;]*;\n)', r'\1import { Section } from "@/components/section";\n', s2, count=1, flags=re.M)
        p.write_text(s2); changed += n
        print(p, n)

        body = re.sub(r'import \{[^}]*\} from "@/components/ds";', "", s2)
        m = re.search(r'import \{([^}]*)\} from "@/components/ds";', s2)
        if m and not re.search(r"\bHeading\b", body):
            names = [x.strip() for x in m.group(1).split(",") if x.strip() and x.strip() != "Heading"]
            s2 = s2.replace(m.group(0), ('import { ' + ", ".join(names) + ' } from "@/components/ds";') if names else "")
            p.write_text(s2)
print("total", changed)
