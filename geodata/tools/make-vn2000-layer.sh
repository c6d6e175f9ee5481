#!/usr/bin/env bash
# Builds layers/lang-son/places.vn2000.gpkg from sources/lang-son-places.wgs84.geojson.
#
# The Lạng Sơn places are kept in WGS 84 with the catalogue's nested properties and delivered,
# as a provincial agency would, as a GeoPackage in VN-2000 / UTM zone 48N (EPSG:3405) with one
# flat layer `diem_di_san` (see layers/lang-son/places.mapping.yaml for the column meanings).
#
# Needs: python3 (standard library only) and GDAL's ogr2ogr.
# Usage: geodata/tools/make-vn2000-layer.sh [input.geojson] [output.gpkg]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
geodata="$(cd "$here/.." && pwd)"
src="${1:-$geodata/sources/lang-son-places.wgs84.geojson}"
out="${2:-$geodata/layers/lang-son/places.vn2000.gpkg}"

command -v ogr2ogr >/dev/null || { echo "ogr2ogr (GDAL) is required" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is required" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flat="$work/diem_di_san.geojson"

# 1. Flatten the nested catalogue properties into the agency's column set.
python3 - "$src" "$flat" <<'PY'
import json, sys

src, dst = sys.argv[1], sys.argv[2]
with open(src, encoding="utf-8") as f:
    data = json.load(f)

LANGS = (("vi", "vi"), ("en", "en"), ("zh", "zh-Hans"))

def text(props, key, lang):
    value = props.get(key) or {}
    return value.get(lang) or None

def joined(props, key):
    values = props.get(key) or []
    return ";".join(values) if values else None

features = []
for feat in data["features"]:
    p = feat["properties"]
    if feat["geometry"]["type"] != "Point":
        sys.exit("only Point places can go into diem_di_san: %s" % feat["id"])
    row = {"ma_diem": feat["id"], "cong_vien": p["park"], "loai": p["kind"]}
    for suffix, lang in LANGS:
        row["ten_" + suffix] = text(p, "name", lang)
    for suffix, lang in LANGS:
        row["mo_ta_" + suffix] = text(p, "description", lang)
    row["trang_thai"] = p["status"]
    for suffix, lang in LANGS:
        row["ly_do_" + suffix] = text(p, "status_reason", lang)
    row["do_nhay_cam"] = p["sensitivity"]
    row["do_chinh_xac"] = p["position_precision"]
    row["nguon"] = joined(p, "source")
    row["the"] = joined(p, "tags")
    row["tien_ich"] = joined(p, "facilities")
    row["phien_am"] = joined(p, "transliterated")
    for suffix, lang in LANGS:
        row["tiep_can_" + suffix] = text(p, "accessibility", lang)
    elevation = p.get("elevation_m")
    row["do_cao_m"] = float(elevation) if elevation is not None else None
    row["ngoai_cong_vien"] = p.get("outside_park")
    for suffix, lang in LANGS:
        row["dia_chi_" + suffix] = text(p, "address", lang)
    # Former names may contain commas, never a vertical bar.
    aliases = p.get("aliases") or []
    if any("|" in a for a in aliases):
        sys.exit("an alias of %s contains '|', the list separator of ten_khac" % feat["id"])
    row["ten_khac"] = "|".join(aliases) if aliases else None
    row["ghi_chu_vi_tri"] = p.get("position_note")
    features.append({"type": "Feature", "geometry": feat["geometry"], "properties": row})

with open(dst, "w", encoding="utf-8") as f:
    json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False)
print("flattened %d places" % len(features))
PY

# 2. Reproject to VN-2000 / UTM 48N and write the GeoPackage (do_cao_m forced to Real).
mkdir -p "$(dirname "$out")"
rm -f "$out"
ogr2ogr -f GPKG "$out" "$flat" \
  --config OGR_CURRENT_DATE "2025-01-01T00:00:00Z" \
  -s_srs EPSG:4326 -t_srs EPSG:3405 \
  -nln diem_di_san -nlt POINT \
  -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=YES \
  -lco IDENTIFIER=diem_di_san \
  -lco DESCRIPTION="Điểm di sản – Công viên địa chất toàn cầu UNESCO Lạng Sơn (VN-2000 / UTM 48N)" \
  -sql "SELECT ma_diem, cong_vien, loai, ten_vi, ten_en, ten_zh, mo_ta_vi, mo_ta_en, mo_ta_zh,
      trang_thai, ly_do_vi, ly_do_en, ly_do_zh, do_nhay_cam, do_chinh_xac, nguon, the, tien_ich,
      phien_am, tiep_can_vi, tiep_can_en, tiep_can_zh,
      CAST(do_cao_m AS float) AS do_cao_m, ngoai_cong_vien, dia_chi_vi, dia_chi_en, dia_chi_zh, ten_khac, ghi_chu_vi_tri
    FROM diem_di_san ORDER BY ma_diem"

echo "wrote $out"
