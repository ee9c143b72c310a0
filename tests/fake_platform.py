#!/usr/bin/env python3
"""A fake chat platform for faqbot's tests (Python 3 standard library only).

Listens on 127.0.0.1 only, answers every request 200 {"ok": true} unless
told otherwise, and records each request it receives.

    python3 tests/fake_platform.py --port 0 [--record FILE]

prints "port N" on stdout (flushed) once it listens. With --record, every
request is appended to FILE as one JSON line (flushed at once):

    {"method": "POST", "path": "/sendMessage?x=1",
     "headers": {"Content-Type": "application/json", ...},
     "body": "<text>", "status": 200, "time": 1700000000.123}

"status" is the status answered, or 0 when the connection was closed
without an answer ("down", "hang"); "time" is when the request was read.
The body is decoded as UTF-8 (invalid bytes become U+FFFD).

Control endpoints (never recorded):

    POST /_control {"mode": M, "count": N, "retry_after": S,
                    "status": C, "body": B, "seconds": T, "path": P}
        The next N requests (every request while count is 0 or missing)
        get mode M; after N of them the mode goes back to "ok". With
        "path", only requests whose path starts with P get (and count
        down) the treatment; the others are answered "ok". Modes:
          ok        200 {"ok": true} (or "body", if given)
          fail500   500 {"ok": false, "error_code": 500}
          fail400   400 {"ok": false, "error_code": 400}
          status    status C with body B (default {"ok": false})
          rate429   429 with Retry-After: S (rounded up) when S is given,
                    and a Telegram-like body
                    {"ok": false, "error_code": 429,
                     "parameters": {"retry_after": S}}
          hang      read the request, answer nothing for T seconds
                    (default 30), then close the connection
          down      read the request and close the connection at once
    GET  /_requests   the recorded requests, as one JSON array
    POST /_reset      forget the recorded requests (not FILE) and go back
                      to "ok"

Exits on SIGTERM or SIGINT.
"""

import argparse
import json
import math
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODES = ("ok", "fail500", "fail400", "status", "rate429", "hang", "down")


class State:
    """What the server was told and what it saw; one lock for all of it."""

    def __init__(self, record_path):
        self.lock = threading.Lock()
        self.record = open(record_path, "a", encoding="utf-8") \
            if record_path else None
        self.requests = []
        self.reset_mode()
        self.stop = threading.Event()

    def reset_mode(self):
        self.mode = {"mode": "ok", "count": 0}

    def take_mode(self, path):
        """The treatment of a request for path; counts it down."""
        with self.lock:
            if not path.startswith(self.mode.get("path", "")):
                return {"mode": "ok", "count": 0}
            mode = dict(self.mode)
            if self.mode["mode"] != "ok" and self.mode.get("count", 0) > 0:
                self.mode["count"] -= 1
                if self.mode["count"] == 0:
                    self.reset_mode()
            return mode

    def add(self, entry):
        with self.lock:
            self.requests.append(entry)
            if self.record:
                self.record.write(json.dumps(entry) + "\n")
                self.record.flush()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fake-platform/1"

    def log_message(self, fmt, *args):
        pass

    def read_body(self):
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            data = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return data
                data += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def answer(self, status, body, headers=None):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def control(self, body):
        state = self.server.state
        try:
            cmd = json.loads(body or b"{}")
            if cmd.get("mode", "ok") not in MODES:
                raise ValueError("unknown mode")
        except (ValueError, AttributeError) as e:
            self.answer(400, json.dumps({"ok": False, "error": str(e)}))
            return
        with state.lock:
            state.mode = dict(cmd)
            state.mode.setdefault("mode", "ok")
            state.mode["count"] = int(cmd.get("count") or 0)
        self.answer(200, json.dumps({"ok": True}))

    def handle_any(self):
        state = self.server.state
        body = self.read_body()
        if self.path == "/_control" and self.command == "POST":
            self.control(body)
            return
        if self.path == "/_requests" and self.command == "GET":
            with state.lock:
                data = json.dumps(state.requests)
            self.answer(200, data)
            return
        if self.path == "/_reset" and self.command == "POST":
            with state.lock:
                state.requests = []
                state.reset_mode()
            self.answer(200, json.dumps({"ok": True}))
            return
        self.treat(body, state.take_mode(self.path))

    def treat(self, body, mode):
        m = mode["mode"]
        entry = {
            "method": self.command,
            "path": self.path,
            "headers": dict(self.headers.items()),
            "body": body.decode("utf-8", errors="replace"),
            "status": 0,
            "time": time.time(),
        }
        status, text, headers = 200, mode.get("body", '{"ok": true}'), {}
        if m == "fail500":
            status, text = 500, '{"ok": false, "error_code": 500}'
        elif m == "fail400":
            status, text = 400, '{"ok": false, "error_code": 400}'
        elif m == "status":
            status = int(mode.get("status", 500))
            text = mode.get("body", '{"ok": false}')
        elif m == "rate429":
            status, ra = 429, mode.get("retry_after")
            params = {} if ra is None else {"retry_after": ra}
            text = json.dumps({"ok": False, "error_code": 429,
                               "parameters": params})
            if ra is not None:
                headers["Retry-After"] = str(int(math.ceil(float(ra))))
        if m in ("hang", "down"):
            self.server.state.add(entry)
            if m == "hang":
                self.server.state.stop.wait(float(mode.get("seconds", 30)))
            self.close_connection = True
            return
        entry["status"] = status
        self.server.state.add(entry)
        self.answer(status, text, headers)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = handle_any


def main():
    ap = argparse.ArgumentParser(description="fake chat platform")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--record", default=None)
    args = ap.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.state = State(args.record)

    def stop(signum, frame):
        server.state.stop.set()
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print("port %d" % server.server_address[1], flush=True)
    server.serve_forever(poll_interval=0.1)
    server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
