#!/usr/bin/env python3
"""Regenerates the identity-document JPEG fixtures in tests/fixtures/id-documents.

Needs Pillow (pip install pillow==11.0.0). The images are synthetic (a coloured card with text), never a
real document. `front_exif.jpg` carries an EXIF block with a camera model and GPS position,
an XMP packet and a comment, which the service must strip; `progressive.jpg` is progressive.
"""
import io
import pathlib
import struct

from PIL import Image, ImageDraw

OUT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "id-documents"


def card(colour, text):
    image = Image.new("RGB", (640, 400), colour)
    if text:
        ImageDraw.Draw(image).text((40, 60), text, fill="#203040")
    return image


def jpeg(image, **options):
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, **options)
    return out.getvalue()


def exif_app1():
    """A little-endian TIFF/EXIF block: Make, Model and a GPS IFD with a latitude."""
    entries = []
    data = b""
    # IFD0 at offset 8 with 3 entries (Make, Model, GPSInfo pointer).
    ifd0_size = 2 + 3 * 12 + 4
    base = 8 + ifd0_size
    make = b"FixtureCam\x00"
    model = b"Model GPS-1\x00"
    make_off = base
    model_off = make_off + len(make)
    gps_off = model_off + len(model)
    entries.append(struct.pack("<HHII", 0x010F, 2, len(make), make_off))
    entries.append(struct.pack("<HHII", 0x0110, 2, len(model), model_off))
    entries.append(struct.pack("<HHII", 0x8825, 4, 1, gps_off))
    ifd0 = struct.pack("<H", 3) + b"".join(entries) + struct.pack("<I", 0)
    # GPS IFD: GPSLatitudeRef 'N' and GPSLatitude 45/1 4/1 0/1.
    gps_entries_size = 2 + 2 * 12 + 4
    lat_off = gps_off + gps_entries_size
    gps = (
        struct.pack("<H", 2)
        + struct.pack("<HHI4s", 0x0001, 2, 2, b"N\x00\x00\x00")
        + struct.pack("<HHII", 0x0002, 5, 3, lat_off)
        + struct.pack("<I", 0)
    )
    lat = struct.pack("<IIIIII", 45, 1, 4, 1, 0, 1)
    tiff = b"II*\x00" + struct.pack("<I", 8) + ifd0 + make + model + gps + lat
    payload = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    front = card("#d8e4f0", "CARTA D'IDENTITA - FIXTURE")
    (OUT / "front.jpg").write_bytes(jpeg(front))
    (OUT / "progressive.jpg").write_bytes(jpeg(front, progressive=True))
    (OUT / "back.jpg").write_bytes(jpeg(card("#f0e0d0", "")))
    front.save(OUT / "front.png", "PNG")
    # The same front with EXIF (camera, GPS), XMP and a comment inserted after SOI.
    plain = (OUT / "front.jpg").read_bytes()
    xmp = segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>GPS 45.0667N</x:xmpmeta>")
    comment = segment(0xFE, b"shot with FixtureCam at home")
    (OUT / "front_exif.jpg").write_bytes(plain[:2] + exif_app1() + xmp + comment + plain[2:])


if __name__ == "__main__":
    main()
