#!/usr/bin/env python3
"""A real HTTP server standing in for an outside gateway (SMS) in the tests. Every POST is
written as <dir>/<n>.json with its path, headers and JSON body; the first --fail requests
are answered 503 to exercise retries; --reply sets the JSON of every other answer (e.g. a
captcha siteverify verdict).

    python3 tests/http_recorder.py --port 8080 --dir /tmp/sms [--fail 2]

Prints "ready" on stdout once it listens.
"""
import argparse
import json
import os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


def parse(body, content_type):
    """JSON bodies as JSON, forms (the captcha siteverify protocol) as a dict."""
    if content_type.startswith("application/x-www-form-urlencoded"):
        return {k: v[0] for k, v in parse_qs(body.decode()).items()}
    return json.loads(body or b"null")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--fail", type=int, default=0)
    parser.add_argument("--reply", default='{"accepted": true}', help="JSON body of every answer")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    state = {"seen": 0, "stored": 0}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            state["seen"] += 1
            if state["seen"] <= args.fail:
                self.send_response(503)
                self.end_headers()
                self.wfile.write(b"busy")
                return
            state["stored"] += 1
            record = {
                "path": self.path,
                "authorization": self.headers.get("Authorization", ""),
                "idempotency_key": self.headers.get("Idempotency-Key", ""),
                "body": parse(body, self.headers.get("Content-Type", "")),
            }
            path = os.path.join(args.dir, f"{state['stored']:06d}.json")
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                json.dump(record, f, ensure_ascii=False)
            os.replace(path + ".tmp", path)
            self.send_response(200 if args.reply != '{"accepted": true}' else 202)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(args.reply.encode())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
