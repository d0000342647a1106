#!/usr/bin/env python3
"""Benchmark (issue 4): the same 1,000 packing slips as
src-tauri/core/examples/slips_bench.rs, drawn with ReportLab's canvas and the same font
(Noto Sans Regular + Bold from src-tauri/core/assets/fonts, embedded and subset by ReportLab),
compressed. Prints CPU seconds and the file size.

Usage: python3 bench/reportlab_slips.py [OUT.pdf] [N]   (pip install reportlab)
"""
import os
import sys
import time

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.path.join(HERE, "..", "src-tauri", "core", "assets", "fonts")
INK, MUTED, RULE, TINT, ACCENT = (0.11, 0.12, 0.14), (0.40, 0.42, 0.46), (0.82, 0.83, 0.85), (0.95, 0.955, 0.96), (0.16, 0.33, 0.52)


def slip(i):
    return {
        "shop": ("Ironbark Hardware", ["12 Market Street", "Kilkenny R95 X2Y0", "Ireland", "+353 56 777 1234", "hello@ironbark.example"]),
        "customer": [f"Zoë Müller {i}", "ul. Piotrkowska 12", "90-001 Łódź", "Polska"],
        "order": f"ORD-{10000 + i:05}",
        "number": f"SHP-{20000 + i:05}",
        "carrier": "An Post",
        "tracking": f"RR{123000000 + i:09}IE",
        "parcel": [("TEA-01", "Ceramic teapot\nGlazed stoneware, 1.2 litres, with a bamboo handle", "2"), ("CUP-02", "Stoneware mug", "1")],
        "waiting": [("CUP-02", "Stoneware mug", "3", "12 Dec 2026"), ("KET-03", "Copper kettle\nHand-hammered copper, suitable for gas and induction", "1", "date to be confirmed")],
        "cancelled": [("SPN-04", "Wooden spoon set", "2")],
        "incentive": "10% off these items, already deducted: €12.65 less on your order.",
    }


class Page:
    def __init__(self, c):
        self.c = c
        self.w, self.h = A4
        self.left, self.right = 56, self.w - 56
        self.y = 48  # from the top

    def text(self, x, y, s, size=9.5, bold=False, color=INK, align="left"):
        c = self.c
        font = "NotoSans-Bold" if bold else "NotoSans"
        c.setFont(font, size)
        c.setFillColorRGB(*color)
        if align == "right":
            c.drawRightString(x, self.h - y, s)
        else:
            c.drawString(x, self.h - y, s)

    def line(self, x1, y1, x2, y2, width, color):
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x1, self.h - y1, x2, self.h - y2)

    def rect(self, x, y, w, h, color):
        self.c.setFillColorRGB(*color)
        self.c.rect(x, self.h - y - h, w, h, stroke=0, fill=1)

    def wrap(self, s, width, size, bold=False):
        font = "NotoSans-Bold" if bold else "NotoSans"
        out = []
        for para in s.split("\n"):
            out.extend(simpleSplit(para, font, size, width) or [""])
        return out

    def heading(self, s):
        self.y += 8
        self.text(self.left, self.y + 10.5, s, 10.5, True)
        self.y += 10.5 * 1.38 + 10

    def table(self, columns, rows):
        total = self.right - self.left
        weight = sum(c[1] for c in columns)
        widths = [total * c[1] / weight for c in columns]
        lh = 9 * 1.38
        head_h = 7.5 * 1.38 + 9 + 1
        self.rect(self.left, self.y, total, head_h, TINT)
        x = self.left
        for (title, _, align), w in zip(columns, widths):
            tx = x + w - 6 if align == "right" else x + 6
            self.text(tx, self.y + 4.5 + 8.5, title.upper(), 7.5, True, MUTED, align)
            x += w
        self.y += head_h
        self.line(self.left, self.y, self.right, self.y, 0.6, MUTED)
        for row in rows:
            cells = [self.wrap(v, w - 12, 9) for v, w in zip(row, widths)]
            h = max(len(c) for c in cells) * lh + 9
            x = self.left
            for (title, _, align), lines, w in zip(columns, cells, widths):
                ty = self.y + 4.5 + 9
                for l in lines:
                    tx = x + w - 6 if align == "right" else x + 6
                    self.text(tx, ty, l, 9, False, INK, align)
                    ty += lh
                x += w
            self.y += h
            self.line(self.left, self.y, self.right, self.y, 0.4, RULE)
        self.y += 12


def draw_slip(c, s):
    p = Page(c)
    name, lines = s["shop"]
    p.text(p.left, 48 + 15, name, 15, True)
    y = 48 + 15 + 1 + 15 * 0.55 - 15 * 1.38 + 15 * 1.38
    for l in lines:
        y += 8 * 1.38
        p.text(p.left, y, l, 8, False, MUTED)
    p.text(p.right, 48 + 17, "Packing slip", 17, True, INK, "right")
    ry = 48 + 17 + 17 * 0.55
    for k, v in (("Order", s["order"]), ("Order date", "1 Dec 2026"), ("Shipment", s["number"])):
        ry += 9 * 1.38
        p.text(p.right, ry, v, 9, True, INK, "right")
        vw = pdfmetrics.stringWidth(v, "NotoSans-Bold", 9)
        p.text(p.right - vw - 10, ry, k, 8, False, MUTED, "right")
    bottom = max(y, ry) + 14
    p.line(p.left, bottom, p.right, bottom, 1.2, ACCENT)
    p.y = bottom + 20
    # Panels: ship to | shipment with the barcode.
    pw = (p.right - p.left - 24) / 2
    top = p.y
    p.text(p.left, top + 7, "SHIP TO", 7, True, MUTED)
    yy = top + 14
    for n, l in enumerate(s["customer"]):
        p.text(p.left, yy + 9.5, l, 9.5, n == 0)
        yy += 9.5 * 1.38
    x2 = p.left + pw + 24
    p.text(x2, top + 7, "SHIPMENT", 7, True, MUTED)
    yy2 = top + 14
    for k, v in (("Carrier", s["carrier"]), ("Tracking", s["tracking"]), ("Shipped", "3 Dec 2026")):
        p.text(x2, yy2 + 9.5, k, 8.5, False, MUTED)
        p.text(x2 + 50, yy2 + 9.5, v)
        yy2 += 9.5 * 1.38
    yy2 += 6
    bc = Code128(s["number"], barHeight=30, barWidth=0.9, quiet=1, lquiet=9, rquiet=9)
    c.setFillColorRGB(0, 0, 0)
    bc.drawOn(c, x2, p.h - yy2 - 30)
    p.text(x2 + bc.width / 2 - pdfmetrics.stringWidth(s["number"], "NotoSans", 7.5) / 2, yy2 + 39, s["number"], 7.5)
    p.y = max(yy, yy2 + 42) + 14
    p.heading("In this parcel")
    p.table([("SKU", 1.3, "left"), ("Item", 5.0, "left"), ("Qty", 0.8, "right")], s["parcel"])
    p.heading("Still on backorder")
    p.table([("SKU", 1.3, "left"), ("Item", 3.6, "left"), ("Qty", 0.8, "right"), ("Expected", 1.9, "right")], s["waiting"])
    p.heading("Cancelled")
    p.table([("SKU", 1.3, "left"), ("Item", 5.0, "left"), ("Qty", 0.8, "right")], s["cancelled"])
    h = 2 * 10 + 2 * 9.5 * 1.38 - (9.5 * 1.38 - 9.5) + 2
    p.rect(p.left, p.y, p.right - p.left, h, TINT)
    p.rect(p.left, p.y, 3, h, ACCENT)
    p.text(p.left + 13, p.y + 10 + 9.5, "Thank you for waiting", 9.5, True)
    p.text(p.left + 13, p.y + 10 + 9.5 + 9.5 * 1.38, s["incentive"])
    p.y += h + 12 + 4
    p.text(p.left, p.y + 9.5, "Questions? Contact us: +353 56 777 1234 · hello@ironbark.example.")
    # Footer.
    fy = p.h - 64 + 22
    p.line(p.left, fy, p.right, fy, 0.5, RULE)
    p.text(p.left, fy + 13, f"Ironbark Hardware · Packing slip {s['number']} · Order {s['order']}", 7.5, False, MUTED)
    p.text(p.right, fy + 13, "Page 1 of 1", 7.5, False, MUTED, "right")
    c.showPage()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/reportlab-1000-slips.pdf"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    t0, w0 = time.process_time(), time.time()
    pdfmetrics.registerFont(TTFont("NotoSans", os.path.join(FONTS, "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("NotoSans-Bold", os.path.join(FONTS, "NotoSans-Bold.ttf")))
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    for i in range(n):
        draw_slip(c, slip(i))
    c.save()
    cpu = time.process_time() - t0
    print(f"reportlab: {n} slips, {n} pages, {os.path.getsize(out)} bytes, cpu {cpu:.3f} s, wall {time.time() - w0:.3f} s")


if __name__ == "__main__":
    main()
