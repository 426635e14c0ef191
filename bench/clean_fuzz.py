"""Cleaning robustness on generated pages: hand-written headlines, body sentences and page chrome (site names,
sections, bylines, dates, share widgets, ad slots and inline teasers between paragraphs, related lists, tags and
credits below), in English and Spanish, composed at random (seeded) into pages as crawlers save them, with and
without blank lines. Prints per page kind how often the headline is missed, a body sentence is dropped or a chrome
line is kept. Bare dates under the headline are article text by the gold's convention and are not counted.

    .venv/bin/python bench/clean_fuzz.py [--pages 300] [--seed 0] [--verbose]
"""

from __future__ import annotations

import argparse
import collections
import random

from pesquisa.clean import clean_document
from pesquisa.records import RawDocument

PARTS = {
    "en": dict(
        site=["Border Daily", "The Arizona Republic", "KTSM 9 News", "The Dallas Morning News", "NBC News"],
        section=["World", "U.S. News", "Border", "Crime", "Politics", "Local News"],
        byline=["By Ana Torres", "By Mark Stevenson and Fabiola Sánchez", "By Julia Cuéllar, Staff Writer",
                "Lauren Villagran, El Paso Times"],
        date=["Dec. 4, 2026", "December 4, 2026 at 5:02 p.m. ET", "Published 4:52 PM, December 4, 2026",
              "Updated: Dec 4, 2026 / 07:40 PM CST", "Thu, December 4, 2026, 3:10 PM"],
        widgets=["Share", "Facebook", "Email", "Copy Link", "Print", "Listen", "4 min read", "Save"],
        title=["Mexico extradites 26 cartel figures to US in second mass transfer",
               "Agents seize 400 pounds of meth hidden in tomatoes at Pharr bridge",
               "Sheinbaum rejects US troops after talks on cartels",
               "Texas man sentenced for buying rifles for Juárez cartel"],
        dek=["The transfer came days after a phone call between the two presidents.",
             "Officials said the drugs had an estimated value of $1.2 million."],
        body=["Mexico sent 26 people accused of drug trafficking to the United States on Thursday, officials said.",
              "The transfer was carried out at the request of the U.S. Justice Department, the Attorney General's "
              "Office said in a statement.",
              "Among those sent was a man prosecutors describe as a senior plaza boss for the Jalisco cartel.",
              "The driver, a 34-year-old man from Reynosa, was arrested at the bridge and charged with possession.",
              "\"This is a significant blow to the organization,\" said Diane Porter, a CBP official.",
              "The case was investigated by Homeland Security Investigations.",
              "He faces up to 20 years in prison.",
              "Both men pleaded not guilty."],
        mid=["Advertisement", "Story continues below advertisement", "RELATED: Cartel leader extradited to Texas",
             "Read more: Fentanyl seizures fall"],
        tail=["Copyright 2026 Border Daily. All rights reserved.", "Related Stories", "Cartel leader extradited to "
              "Texas", "Most Read", "Sign up for our newsletter", "Tags", "Fentanyl", "Mexico", "Comments"]),
    "es": dict(
        site=["El Universal", "Milenio", "Infobae", "La Jornada", "Excélsior", "El Financiero"],
        section=["Nación", "Seguridad", "Policía", "Estados", "Justicia"],
        byline=["Por Ana Torres", "Redacción", "Por Redacción Milenio", "Isabel González | El Sol de México"],
        date=["04/12/2026 12:31", "4 de diciembre de 2026", "Publicado el 04 Dic, 2026 a las 10:20 hrs",
              "jueves, 4 de diciembre de 2026 · 13:20", "04 diciembre 2026 | 10:20"],
        widgets=["Compartir", "Facebook", "WhatsApp", "Copiar enlace", "Escuchar nota", "Guardar"],
        title=["Extraditan a EU a 26 integrantes de cárteles en segundo envío masivo",
               "Aseguran 400 kilos de metanfetamina ocultos en jitomate en Reynosa",
               "Detienen en Culiacán a presunto operador de Los Chapitos"],
        dek=["El traslado ocurrió días después de una llamada entre ambos presidentes.",
             "Las autoridades estimaron el valor de la droga en 20 millones de pesos."],
        body=["La Fiscalía General de la República envió este jueves a Estados Unidos a 26 personas acusadas de "
              "narcotráfico, informaron autoridades.",
              "El traslado se realizó a petición del Departamento de Justicia estadounidense, detalló la dependencia.",
              "El conductor, de 34 años, fue detenido en el puente y puesto a disposición del Ministerio Público.",
              "\"Es un golpe importante a la organización\", afirmó el secretario de Seguridad en conferencia.",
              "El caso sigue abierto.",
              "La investigación continúa."],
        mid=["Espacio publicitario", "Publicidad", "Lee también: Extraditan a líder de cártel",
             "TE PUEDE INTERESAR: Cae El Chaparro"],
        tail=["Te puede interesar", "Detienen a exalcalde de Cotija", "Lo más visto", "Etiquetas", "Extradición",
              "Síguenos en Google News", "Comentarios", "rmlgv"]),
}


def page(rng: random.Random, parts: dict) -> tuple[str, str, list[str], list[str]]:
    """One generated page: its text, its headline, its body sentences and its chrome lines."""
    top = [rng.choice(parts[k]) for k in ("site", "section") if rng.random() < 0.65]
    title = rng.choice(parts["title"])
    head = ([rng.choice(parts["date"])] if rng.random() < 0.3 else []) + [title] + \
        ([rng.choice(parts["dek"])] if rng.random() < 0.5 else [])
    under = [x for x in (rng.choice(parts["byline"]), rng.choice(parts["date"])) if rng.random() < 0.8]
    under += rng.sample(parts["widgets"], rng.randint(0, 4))
    longs = [b for b in parts["body"] if len(b.split()) >= 9]
    shorts = [b for b in parts["body"] if len(b.split()) < 9]
    # a story: two long paragraphs at least, its short closing lines last
    body = rng.sample(longs, rng.randint(2, len(longs))) + rng.sample(shorts, rng.randint(0, len(shorts)))
    lines, mid = [], []
    for i, sentence in enumerate(body):
        lines.append(sentence)
        if 0 < i < len(body) - 1 and rng.random() < 0.25:
            mid.append(rng.choice(parts["mid"]))
            lines.append(mid[-1])
    start = rng.randrange(len(parts["tail"]))
    tail = parts["tail"][start:start + rng.randint(0, 5)]  # a run of the page's tail, in its order
    sep = "\n\n" if rng.random() < 0.7 else "\n"
    return sep.join(top + head + under + lines + tail) + "\n", title, body, top + under + mid + tail


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--verbose", action="store_true", help="list every miss")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    counts: dict[str, collections.Counter] = {lang: collections.Counter() for lang in PARTS}
    misses: collections.Counter = collections.Counter()
    for n in range(args.pages):
        lang = "en" if n % 2 == 0 else "es"
        text, title, body, chrome = page(rng, PARTS[lang])
        doc = clean_document(RawDocument(source=f"page{n}.txt", raw=text))
        kept = doc.body.split("\n\n")
        c = counts[lang]
        c["pages"] += 1
        c["sentences"] += len(body)
        c["chrome lines"] += len(chrome)
        c["headline missed"] += doc.title != title
        if doc.title != title:
            misses[f"{lang} headline: {doc.title!r} for {title!r}"] += 1
        for sentence in body:
            if sentence not in doc.body:
                c["sentences dropped"] += 1
                misses[f"{lang} dropped: {sentence}"] += 1
        for line in chrome:
            if line in kept and line not in PARTS[lang]["date"]:
                c["chrome kept"] += 1
                misses[f"{lang} kept: {line}"] += 1
    print("lang,pages,headline_missed,sentences,sentences_dropped,chrome_lines,chrome_kept")
    for lang, c in counts.items():
        print(f"{lang},{c['pages']},{c['headline missed']},{c['sentences']},{c['sentences dropped']},"
              f"{c['chrome lines']},{c['chrome kept']}")
    if args.verbose:
        for miss, n in misses.most_common():
            print(f"{n:4d} {miss}")


if __name__ == "__main__":
    main()
