#!/usr/bin/env python3
"""A small IRC client for tests/irc.sh (Python 3 standard library only).

Connects to 127.0.0.1:PORT, registers as NICK, optionally joins a channel
(and waits for the bot to be in it), sends raw lines, and records what the
bot sends: PRIVMSG and NOTICE lines from the bot's nick, and its QUIT.

    python3 tests/irc_client.py --port N --nick NICK [--channel #clinic]
        [--bot faqbot] [--wait-bot SECONDS] [--ready-file PATH]
        [--raw LINE]... [--collect SECONDS] [--quiet SECONDS] [--until-quit]

Prints one JSON object on stdout:

    {"joined": true, "bot_in_channel": true, "error": null,
     "lines": [{"t": 0.12, "command": "PRIVMSG", "target": "#clinic",
                "text": "alice: ...", "raw_len": 321}, ...],
     "quit": false}

"t" is seconds since the raw lines were sent; "raw_len" is the length of
the line as relayed by the server, without CR LF. Collecting stops after
--collect seconds, or --quiet seconds after the last line of the bot once
there was one, or at the bot's QUIT with --until-quit. Exit status 0, or 3
when registering, joining or waiting for the bot failed.
"""

import argparse
import json
import socket
import sys
import time


class Client:
    """One connection; lines are read with a deadline, PINGs answered."""

    def __init__(self, port, nick):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.buf = b""
        self.nick = nick

    def send(self, line):
        self.sock.sendall(line.encode("utf-8", "surrogateescape") + b"\r\n")

    def line(self, deadline):
        """The next line (bytes, no CR LF), or None at the deadline."""
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                return None
            if not data:
                raise ConnectionError("server closed the connection")
            self.buf += data
        raw, self.buf = self.buf.split(b"\n", 1)
        raw = raw.rstrip(b"\r")
        if raw.startswith(b"PING"):
            self.sock.sendall(b"PONG" + raw[4:] + b"\r\n")
        return raw


def parse(raw):
    """(prefix nick, command, params) of a raw line."""
    text = raw.decode("utf-8", "replace")
    prefix = ""
    if text.startswith(":"):
        prefix, _, text = text[1:].partition(" ")
    trailing = None
    if " :" in text:
        text, _, trailing = text.partition(" :")
    params = text.split()
    command = params.pop(0) if params else ""
    if trailing is not None:
        params.append(trailing)
    return prefix.split("!")[0], command, params


def register(c, args, out):
    """NICK/USER, wait for 001; JOIN and wait for the bot if asked."""
    c.send("NICK " + args.nick)
    c.send("USER %s 0 * :test client" % args.nick)
    deadline = time.monotonic() + 10
    while True:
        raw = c.line(deadline)
        if raw is None:
            out["error"] = "no 001 from the server"
            return False
        if parse(raw)[1] == "001":
            break
    if not args.channel:
        return True
    c.send("JOIN " + args.channel)
    deadline = time.monotonic() + 10
    names = []
    while True:
        raw = c.line(deadline)
        if raw is None:
            out["error"] = "no end of NAMES for " + args.channel
            return False
        nick, command, params = parse(raw)
        if command == "353" and params:
            names += [n.lstrip("@+%~&") for n in params[-1].split()]
        if command == "366":
            break
    out["joined"] = True
    bot = args.bot.lower()
    out["bot_in_channel"] = bot in [n.lower() for n in names]
    deadline = time.monotonic() + args.wait_bot
    while not out["bot_in_channel"] and args.wait_bot > 0:
        raw = c.line(deadline)
        if raw is None:
            out["error"] = "the bot did not join " + args.channel
            return False
        nick, command, params = parse(raw)
        if nick.lower() == bot and command == "JOIN":
            out["bot_in_channel"] = True
    return True


def collect(c, args, out):
    """Record the bot's lines until --collect, --quiet or its QUIT."""
    start = time.monotonic()
    end = start + args.collect
    last = None
    bot = args.bot.lower()
    while True:
        deadline = end if last is None else min(end, last + args.quiet)
        raw = c.line(deadline)
        if raw is None:
            return
        nick, command, params = parse(raw)
        if nick.lower() != bot:
            continue
        if command == "QUIT":
            out["quit"] = True
            if args.until_quit:
                return
            continue
        if command not in ("PRIVMSG", "NOTICE") or len(params) < 2:
            continue
        last = time.monotonic()
        out["lines"].append({"t": round(last - start, 3), "command": command,
                             "target": params[0], "text": params[-1],
                             "raw_len": len(raw)})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--nick", required=True)
    ap.add_argument("--channel")
    ap.add_argument("--bot", default="faqbot")
    ap.add_argument("--wait-bot", type=float, default=10)
    ap.add_argument("--ready-file")
    ap.add_argument("--raw", action="append", default=[])
    ap.add_argument("--collect", type=float, default=10)
    ap.add_argument("--quiet", type=float, default=1.6)
    ap.add_argument("--until-quit", action="store_true")
    args = ap.parse_args()
    out = {"joined": False, "bot_in_channel": False, "error": None,
           "lines": [], "quit": False}
    rc = 0
    try:
        c = Client(args.port, args.nick)
        if not register(c, args, out):
            rc = 3
        else:
            if args.ready_file:
                open(args.ready_file, "w").close()
            for line in args.raw:
                c.send(line)
            collect(c, args, out)
            c.send("QUIT :bye")
    except (OSError, ConnectionError) as e:
        if not (args.until_quit and out["quit"]):
            out["error"] = str(e)
            rc = 3
    print(json.dumps(out))
    sys.stdout.flush()
    return rc


if __name__ == "__main__":
    sys.exit(main())
