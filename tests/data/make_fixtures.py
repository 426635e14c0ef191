"""Remake the small PDF, DOCX, EML and MBOX files of tests/data (hand-written text, seeded, no network).

    .venv/bin/python tests/data/make_fixtures.py

The PDF is written by hand (a few PDF objects with a Helvetica text layer, no library
makes one this small and exact); the DOCX with python-docx; the mail with the stdlib.
The files are committed; this script documents how they were made.
"""

from __future__ import annotations

import mailbox
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent

PDF_PAGES = [
    ["Navy seizes cocaine in Manzanillo",
     "The Mexican Navy seized 1,200 kilograms of cocaine at the port of Manzanillo on Tuesday,",
     "Navy Secretary Rafael Ojeda said in a statement."],
    ["Officials in Colima said the shipment had arrived from Colombia aboard a container ship."],
]


def pdf_bytes(pages: list[list[str]]) -> bytes:
    """A PDF with one text line per entry of each page (Helvetica 11 pt), with a correct xref table."""
    objects: list[bytes] = []
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 11 Tf", "14 TL", "56 760 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops += [f"({escaped}) Tj", "T*"]
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       f"/Contents {5 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info << /Title (Navy seizure) >> >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def make_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Extradition hearing"
    document.add_heading("Extradition hearing postponed", level=1)
    document.add_paragraph("A federal judge in Mexico City postponed the extradition hearing of Ovidio Guzmán "
                           "until March, defense lawyer Juan Pablo Badillo told reporters on Friday.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Charge"
    table.cell(0, 1).text = "Court"
    table.cell(1, 0).text = "Drug trafficking"
    table.cell(1, 1).text = "Southern District of New York"
    document.add_paragraph("The Attorney General's Office said the request from Washington was complete.")
    document.save(path)


def message(subject: str, date: str, body: str, attachments: list[tuple[str, str, bytes | str]]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "desk@example.org"
    msg["To"] = "analyst@example.org"
    msg["Subject"] = subject
    msg["Date"] = date
    msg.set_content(body)
    for name, mime, data in attachments:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=mime.split("/")[1], filename=name)
        else:
            maintype, subtype = mime.split("/")
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if attachments:
        msg.set_boundary("pesquisa-fixture-boundary")  # a fixed one, so the file is the same on every run
    return msg


TIP = message(
    "Tip: checkpoint in Sonora", "Mon, 03 Feb 2025 09:15:00 -0700",
    "Soldiers of the Mexican Army set up a checkpoint outside Hermosillo on Sunday, a local reporter said.\n",
    [("report.txt", "text/plain",
      "The Sonora state police arrested four men carrying 30 rifles near Nogales, spokesman Luis Pérez said.\n"),
     ("photo.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(32))])


def main() -> None:
    (HERE / "navy_seizure.pdf").write_bytes(pdf_bytes(PDF_PAGES))
    make_docx(HERE / "extradition.docx")
    (HERE / "tip.eml").write_bytes(bytes(TIP))
    box_path = HERE / "desk.mbox"
    box_path.unlink(missing_ok=True)
    box = mailbox.mbox(box_path)
    box.add(message("Seizure in Sinaloa", "Tue, 04 Mar 2025 22:30:00 -0600",
                    "Federal agents seized 40 kilograms of fentanyl in Culiacán, the Attorney General's Office said.\n",
                    []))
    box.add(message("Meeting in Washington", "Wed, 05 Mar 2025 10:00:00 -0500",
                    "Foreign Minister Juan Ramón de la Fuente met Secretary of State Antony Blinken in Washington.\n",
                    [("notes.txt", "text/plain", "The two ministers agreed to meet again in April in Mexico City.\n")]))
    box.flush()
    box.close()


if __name__ == "__main__":
    main()
