#!/usr/bin/env python3
"""Counts of the bundled dataset, per layer, park, kind and language, as Markdown tables.

    python3 geodata/tools/summarise.py        (run from the repository root)

docs/data.md quotes its output; run it again after changing the data.
"""
import collections
import csv
import glob
import json
import math
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


def metres(a, b):
    """Great-circle distance on the mean Earth sphere, as the dataset test computes it."""
    p1, p2 = math.radians(a[1]), math.radians(b[1])
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[0] - a[0]) / 2) ** 2
    return 2 * 6371008.8 * math.asin(math.sqrt(h))


def source_positions():
    """sources/positions.csv: what each source says about where each place is."""
    by_place = collections.defaultdict(list)
    with open(os.path.join(ROOT, "sources", "positions.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            by_place[row["place"]].append(row)
    return by_place


def two_agreeing_within_100m(place, positions):
    """At least two different sources position the thing itself within 100 m of the point."""
    point = place["geometry"]["coordinates"]
    near = {r["source"] for r in positions
            if r["locates"] == "itself" and metres(point, (float(r["lon"]), float(r["lat"]))) <= 100}
    return len(near) >= 2


def quality_table(places, narrations, routes, parks):
    positions = source_positions()
    narrated = collections.defaultdict(set)
    for n in narrations:
        for lang in LANGUAGES:
            if lang in n["narrations"]:
                narrated[(n["place"], lang)].add(lang)
    rows = []
    for park, label in parks:
        mine = [p for p in places if p["properties"]["park"] == park]
        ids = {p["id"] for p in mine}
        points = {tuple(round(c, 6) for c in p["geometry"]["coordinates"]) for p in mine}
        agreeing = sum(1 for p in mine if two_agreeing_within_100m(p, positions.get(p["id"], [])))
        surveyed = sum(1 for p in mine if "to-be-surveyed" in p["properties"].get("tags", []))
        per_lang = [sum(1 for i in ids if narrated.get((i, lang))) for lang in LANGUAGES]
        park_routes = [r for r in routes if r["properties"]["park"] == park]
        real = sum(1 for r in park_routes if r["properties"].get("geometry_quality") in ("road-trace", "surveyed"))
        rows.append([label, len(mine), len(points), agreeing, surveyed] + per_lang + [f"{real} of {len(park_routes)}"])
    return table(["park", "places", "distinct points", "within 100 m of two agreeing sources", "to be surveyed",
                  "narrated (vi)", "narrated (en)", "narrated (zh-Hans)", "routes with real lines"], rows)


def to_be_surveyed(places, parks):
    out = []
    for park, label in parks:
        out.append(f"\n**{label}**\n")
        for p in sorted((p for p in places if p["properties"]["park"] == park
                         and "to-be-surveyed" in p["properties"].get("tags", [])), key=lambda p: p["id"]):
            prop = p["properties"]
            out.append(f"- `{p['id']}` {prop['name']['vi']} — {prop['address']['vi'] if 'address' in prop else 'no address yet'}"
                       f" ({prop['position_precision']})")
    return "\n".join(out)


def main():
    places = features("layers/cao-bang/places.geojson") + lang_son_places()
    parks = ["non-nuoc-cao-bang", "lang-son"]
    labelled = [("non-nuoc-cao-bang", "Non nước Cao Bằng"), ("lang-son", "Lạng Sơn")]
    narrations_all = [yaml.safe_load(open(p, encoding="utf-8")) for p in sorted(glob.glob(os.path.join(ROOT, "narrations", "*.yaml")))]
    routes_all = features("layers/cao-bang/routes.geojson") + features("layers/lang-son/routes.geojson")
    print("### Quality per park\n")
    print(quality_table(places, narrations_all, routes_all, labelled))
    print("\n### Places to be surveyed\n")
    print("Known only to a village, commune or district (no source positions the thing itself): `±1 km` or")
    print("coarser, tagged `to-be-surveyed`, off automatic audio triggers until a field visit fixes them.")
    print(to_be_surveyed(places, labelled))
    print()
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
