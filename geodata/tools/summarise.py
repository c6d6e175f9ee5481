#!/usr/bin/env python3
"""Counts of the bundled dataset, per layer, park, kind and language, as Markdown tables.

    python3 geodata/tools/summarise.py        (run from the repository root)

docs/data.md quotes its output; run it again after changing the data.
"""
import collections
import csv
import glob
import json
import os

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
LANGUAGES = ["vi", "en", "zh-Hans"]


def features(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return json.load(f)["features"]


def lang_son_places():
    # The Lạng Sơn places are delivered in VN-2000; their WGS 84 source has the same attributes.
    return features("sources/lang-son-places.wgs84.geojson")


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def main():
    places = features("layers/cao-bang/places.geojson") + lang_son_places()
    parks = ["non-nuoc-cao-bang", "lang-son"]
    kinds = collections.Counter((p["properties"]["kind"], p["properties"]["park"]) for p in places)
    kind_names = sorted({k for k, _ in kinds})
    print("### Places per kind and park\n")
    print(table(["kind", "Non nước Cao Bằng", "Lạng Sơn", "total"],
                [[k, kinds[(k, parks[0])], kinds[(k, parks[1])], kinds[(k, parks[0])] + kinds[(k, parks[1])]] for k in kind_names]
                + [["**all**", sum(v for (k, p), v in kinds.items() if p == parks[0]),
                    sum(v for (k, p), v in kinds.items() if p == parks[1]), len(places)]]))

    layers = {
        "parks": features("layers/parks.geojson"),
        "places": places,
        "intangible heritage": features("layers/intangible-heritage.geojson"),
        "routes": features("layers/cao-bang/routes.geojson") + features("layers/lang-son/routes.geojson"),
        "hazards": features("layers/cao-bang/hazards.geojson") + features("layers/lang-son/hazards.geojson"),
        "partners (samples)": features("layers/partners.geojson"),
    }
    signs = []
    for park in ("cao-bang", "lang-son"):
        with open(os.path.join(ROOT, "layers", park, "signs.csv"), encoding="utf-8") as f:
            signs += list(csv.DictReader(f))
    narrations = [yaml.safe_load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(ROOT, "narrations", "*.yaml")))]

    print("\n### Records per layer and language\n")
    rows = []
    for name, items in layers.items():
        counts = [sum(1 for f in items if lang in (f["properties"].get("name") or f["properties"].get("title") or {})) for lang in LANGUAGES]
        rows.append([name, len(items)] + counts)
    rows.append(["signs", len(signs)] + [sum(1 for s in signs if s["text_" + lang.lower().replace("-", "_")]) for lang in LANGUAGES])
    rows.append(["narrations (places)", len(narrations)] + [sum(1 for n in narrations if lang in n["narrations"]) for lang in LANGUAGES])
    print(table(["layer", "records", "vi", "en", "zh-Hans"], rows))

    print("\n### Narrations per park\n")
    by_park = collections.Counter(n["place"].split("-")[0] for n in narrations)
    words = {lang: [] for lang in LANGUAGES}
    for n in narrations:
        for lang in LANGUAGES:
            script = n["narrations"][lang]["script"]
            words[lang].append(len(script.split()) if lang != "zh-Hans" else sum(1 for c in script if "\u4e00" <= c <= "\u9fff"))
    print(table(["park", "narrated places"], [["Non nước Cao Bằng", by_park["cb"]], ["Lạng Sơn", by_park["ls"]]]))
    print("\nScript lengths: " + "; ".join(
        f"{lang} {min(w)}–{max(w)} {'characters' if lang == 'zh-Hans' else 'words'} (mean {sum(w) // len(w)})" for lang, w in words.items()))

    precision = collections.Counter(f["properties"].get("position_precision") for f in places)
    print("\n### Position precision of the places\n")
    print(table(["precision", "places"], sorted(precision.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
