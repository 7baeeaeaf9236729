#!/usr/bin/env python3
"""A real SMTP server for the tests (aiosmtpd). Every message it accepts is written as
<dir>/<n>.json with the envelope, the headers the tests check and the decoded text part.

    python3 tests/smtp_sink.py --port 2525 --dir /tmp/mails

Prints "ready" on stdout once it listens; stops on SIGTERM.
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import signal

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = len(os.listdir(folder))

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "message_id": str(message["Message-ID"]),
            "text": text.get_content() if text is not None else "",
            "html": html.get_content() if html is not None else "",
        }
        self.count += 1
        path = os.path.join(self.folder, f"{self.count:06d}.json")
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(path + ".tmp", path)
        return "250 OK"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    controller = Controller(Sink(args.dir), hostname="127.0.0.1", port=args.port)
    controller.start()
    print("ready", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    controller.stop()


if __name__ == "__main__":
    asyncio.run(main())
