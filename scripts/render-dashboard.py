#!/usr/bin/env python3
"""Renders the panels of docs/monitoring/pecd-dashboard.json as one HTML page, from
Prometheus' query API: the same queries, titles and layout (gridPos), drawn as plain SVG.
Not Grafana's rendering: Grafana cannot be installed here. Standard library only.

usage: render-dashboard.py DASHBOARD.json PROMETHEUS_URL START END OUT.html NOTE
Prints the page's height in pixels (for the screenshot).
"""

import html
import json
import math
import sys
import time
import urllib.parse
import urllib.request

COL = 64  # pixels per grid column (24 columns)
ROW = 32  # pixels per grid row
COLORS = ["#7eb26d", "#eab839", "#6ed0e0", "#ef843c", "#e24d42", "#1f78c1", "#ba43a9",
          "#705da0", "#508642", "#cca300", "#447ebc", "#c15c17", "#890f02", "#0a437c"]


def query(base, path, params):
    url = f"{base}/api/v1/{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=30) as reply:
        body = json.load(reply)
    if body.get("status") != "success":
        raise RuntimeError(f"{url}: {body}")
    return body["data"]["result"]


def grafana_to_promql(expr, step):
    rate = f"{max(4 * step, 15)}s"
    return (expr.replace("$__rate_interval", rate).replace("$__interval", f"{step}s")
            .replace("$__range", "1h").replace("${instance}", ".*").replace("$instance", ".*"))


def legend(fmt, labels):
    if not fmt:
        return ",".join(f"{k}={v}" for k, v in labels.items() if k != "__name__") or "value"
    out = fmt
    for key, value in labels.items():
        out = out.replace("{{" + key + "}}", value)
    return out


def fmt_value(value, unit):
    if value is None or math.isnan(value):
        return "–"
    if unit == "percentunit":
        return f"{value * 100:.2f}%"
    if unit == "s":
        if value < 1:
            return f"{value * 1000:.3g} ms"
        return f"{value:.3g} s"
    if abs(value) >= 1000:
        return f"{value / 1000:.3g}k"
    return f"{value:.3g}"


def svg_chart(series, start, end, width, height, unit):
    pad_l, pad_r, pad_t, pad_b = 64, 8, 8, 22
    w, h = width - pad_l - pad_r, height - pad_t - pad_b
    values = [v for _, points in series for _, v in points if not math.isnan(v)]
    top = max(values) if values else 1.0
    top = top * 1.1 if top > 0 else 1.0
    x = lambda t: pad_l + (t - start) / max(end - start, 1) * w
    y = lambda v: pad_t + h - (v / top) * h
    parts = [f'<svg width="{width}" height="{height}" xmlns="http://www.w3.org/2000/svg">']
    for i in range(5):
        v = top * i / 4
        parts.append(f'<line x1="{pad_l}" x2="{pad_l + w}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#2c3235"/>')
        parts.append(f'<text x="{pad_l - 6}" y="{y(v) + 4:.1f}" fill="#9fa7b3" font-size="11" text-anchor="end">{html.escape(fmt_value(v, unit))}</text>')
    for i in range(5):
        t = start + (end - start) * i / 4
        label = time.strftime("%H:%M:%S", time.gmtime(t))
        anchor = "start" if i == 0 else "end" if i == 4 else "middle"
        parts.append(f'<text x="{x(t):.1f}" y="{height - 6}" fill="#9fa7b3" font-size="11" text-anchor="{anchor}">{label}</text>')
    for n, (_, points) in enumerate(series):
        color = COLORS[n % len(COLORS)]
        path, pen = [], "M"
        for t, v in points:
            if math.isnan(v):
                pen = "M"
                continue
            path.append(f"{pen}{x(t):.1f},{y(v):.1f}")
            pen = "L"
        if path:
            parts.append(f'<path d="{" ".join(path)}" fill="none" stroke="{color}" stroke-width="1.5"/>')
    parts.append("</svg>")
    return "".join(parts)


def main():
    dashboard_file, prom, start, end, out, note = sys.argv[1:7]
    start, end = float(start), float(end)
    step = max(2, int((end - start) / 240))
    dashboard = json.load(open(dashboard_file, encoding="utf-8"))
    blocks, bottom = [], 0
    for panel in dashboard["panels"]:
        pos = panel["gridPos"]
        left, top_px = pos["x"] * COL, pos["y"] * ROW + 70
        width, height = pos["w"] * COL - 8, pos["h"] * ROW - 8
        bottom = max(bottom, top_px + height)
        style = f"left:{left}px;top:{top_px}px;width:{width}px;height:{height}px"
        title = html.escape(panel.get("title", ""))
        if panel["type"] == "row":
            blocks.append(f'<div class="row" style="{style}">{title}</div>')
            continue
        unit = panel.get("fieldConfig", {}).get("defaults", {}).get("unit", "short")
        if panel["type"] == "stat":
            expr = grafana_to_promql(panel["targets"][0]["expr"], step)
            result = query(prom, "query", {"query": expr, "time": end})
            value = float(result[0]["value"][1]) if result else float("nan")
            steps = panel["fieldConfig"]["defaults"].get("thresholds", {}).get("steps", [])
            red = next((s["value"] for s in steps if s.get("color") == "red"), None)
            colour = "#c4162a" if red is not None and not math.isnan(value) and value >= red else "#37872d"
            blocks.append(f'<div class="panel stat" style="{style};background:{colour}"><div class="title">{title}</div>'
                          f'<div class="big">{html.escape(fmt_value(value, unit))}</div></div>')
            continue
        series = []
        for target in panel["targets"]:
            expr = grafana_to_promql(target["expr"], step)
            for item in query(prom, "query_range", {"query": expr, "start": start, "end": end, "step": step}):
                points = [(float(t), float(v)) for t, v in item["values"]]
                series.append((legend(target.get("legendFormat", ""), item["metric"]), points))
        series.sort(key=lambda s: -max((v for _, v in s[1] if not math.isnan(v)), default=0))
        shown = series[:8]
        legend_html = "".join(
            f'<div><span style="color:{COLORS[n % len(COLORS)]}">■</span> {html.escape(name)}'
            f' <b>{html.escape(fmt_value(points[-1][1], unit))}</b></div>'
            for n, (name, points) in enumerate(shown))
        if len(series) > len(shown):
            legend_html += f"<div>… {len(series) - len(shown)} more series</div>"
        if not series:
            legend_html = "<div>No data</div>"
        chart_w = int(width * 0.62)
        blocks.append(f'<div class="panel" style="{style}"><div class="title">{title}</div>'
                      f'<div class="body">{svg_chart(shown, start, end, chart_w, height - 30, unit)}'
                      f'<div class="legend">{legend_html}</div></div></div>')
    page = f"""<!doctype html><html><head><meta charset="utf-8"><style>
body{{margin:0;background:#111217;color:#ccccdc;font:12px Inter,Helvetica,Arial,sans-serif;width:{24 * COL}px}}
.head{{position:absolute;left:0;top:0;width:{24 * COL - 8}px;height:60px;padding:4px 8px;box-sizing:border-box}}
.head h1{{font-size:18px;margin:0 0 4px}} .head p{{margin:0;color:#9fa7b3}}
.panel,.row{{position:absolute;box-sizing:border-box}}
.panel{{background:#181b1f;border:1px solid #2c3235;border-radius:2px;overflow:hidden}}
.row{{font-size:14px;font-weight:600;padding-top:8px}}
.title{{font-weight:600;padding:4px 8px;height:22px;white-space:nowrap;overflow:hidden}}
.body{{display:flex}} .legend{{padding:2px 6px;overflow:hidden;font-size:11px;line-height:15px}}
.legend div{{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}}
.stat .big{{font-size:30px;font-weight:600;text-align:center;padding-top:10px;color:#fff}}
.stat .title{{color:#fff}}
</style></head><body>
<div class="head"><h1>pecd — {html.escape(dashboard.get("title", ""))} dashboard, drawn from Prometheus' query API</h1>
<p>{html.escape(note)}</p></div>
{"".join(blocks)}
</body></html>"""
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)
    print(bottom + 16)


if __name__ == "__main__":
    main()
