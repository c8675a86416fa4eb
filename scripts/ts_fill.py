#!/usr/bin/env python3
"""Fill unfinished entries of a Qt .ts catalogue from a JSON map {source: translation}.

Maintainers' helper: ``make lupdate`` adds new source strings to the .ts files; write their
translations into a small JSON file and run ``python scripts/ts_fill.py carebot_ko.ts new.json``.
Numerus entries (``%n``) take a list of forms. Entries already translated are left alone.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, mapping: dict[str, str | list[str]]) -> int:
    tree = ET.parse(ts_path)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source not in mapping or translation is None:
            continue
        if translation.get("type") != "unfinished":
            continue
        value = mapping[source]
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            for form in value if isinstance(value, list) else [value]:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[0]
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree, space="    ")
    with open(ts_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return filled


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[2], encoding="utf-8") as handle:
        print(fill(sys.argv[1], json.load(handle)), "entries filled")
