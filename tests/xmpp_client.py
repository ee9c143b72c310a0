#!/usr/bin/env python3
"""A small XMPP test client for tests/xmpp.sh (Python 3 standard library only).

It speaks just enough XMPP to test faqbot against a real server on
127.0.0.1: a plain TCP stream (the test server does not require TLS),
SASL PLAIN, resource binding, presence, chat messages, and multi-user
chat rooms (XEP-0045), including the instant-room configuration a room's
creator must send. Every wait is bounded by --timeout.

    xmpp_client.py --port N --jid alice@localhost --password PW COMMAND ...

Commands (each prints one JSON value on stdout; exit 1 on a timeout or an
error, with the reason on stderr):

    ask --to JID --body TEXT [--thread ID]
        Send a chat message and print the first message back from JID:
        {"type": ..., "body": ..., "thread": ..., "from": ...}.

    say --room ROOM --nick NICK --body TEXT
        Join ROOM (creating it if needed), post TEXT, leave. Prints {}.

    room --room ROOM --nick NICK --bot NICK --send TEXT [--send TEXT ...]
         --expect N
        Join ROOM, wait until the bot's nick is in the room, post each
        TEXT in order, then wait until N new messages from the bot have
        arrived (and half a second more for any extra), and print every
        message the bot posted in the room, the room's history included
        ("delayed": true): [{"body": ..., "delayed": ...}, ...].
"""

import argparse
import base64
import itertools
import json
import socket
import sys
import time
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

NS_STREAM = "http://etherx.jabber.org/streams"
NS_CLIENT = "jabber:client"
NS_SASL = "urn:ietf:params:xml:ns:xmpp-sasl"
NS_BIND = "urn:ietf:params:xml:ns:xmpp-bind"
NS_MUC = "http://jabber.org/protocol/muc"
NS_MUC_USER = "http://jabber.org/protocol/muc#user"
NS_MUC_OWNER = "http://jabber.org/protocol/muc#owner"
NS_DELAY = "urn:xmpp:delay"


def q(ns, name):
    """An ElementTree qualified name."""
    return "{%s}%s" % (ns, name)


class Timeout(Exception):
    pass


class Client:
    """One client connection; stanzas come back as ElementTree elements."""

    def __init__(self, host, port, jid, password, timeout):
        self.deadline = time.monotonic() + timeout
        self.user, self.domain = jid.split("@", 1)
        self.password = password
        self.ids = itertools.count(1)
        self.queue = []
        self.sock = socket.create_connection((host, port), timeout=5)
        self._open()
        self._login()

    # --- the stream ------------------------------------------------------

    def send(self, xml):
        self.sock.sendall(xml.encode("utf-8"))

    def _open(self):
        self.parser = ET.XMLPullParser(events=("start", "end"))
        self.depth = 0
        self.send("<?xml version='1.0'?><stream:stream to=%s "
                  "xmlns='jabber:client' xmlns:stream='%s' version='1.0'>"
                  % (quoteattr(self.domain), NS_STREAM))

    def _events(self):
        """Complete top-level stanzas parsed so far, in order."""
        out = []
        for ev, el in self.parser.read_events():
            if ev == "start":
                self.depth += 1
            else:
                self.depth -= 1
                if self.depth == 1:
                    out.append(el)
                elif self.depth == 0:
                    raise EOFError("the server closed the stream")
        return out

    def next(self, until=None):
        """The next stanza, or Timeout at until (default: the deadline)."""
        until = min(until or self.deadline, self.deadline)
        while not self.queue:
            left = until - time.monotonic()
            if left <= 0:
                raise Timeout()
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(65536)
            except socket.timeout:
                raise Timeout()
            if not data:
                raise EOFError("the server closed the connection")
            self.parser.feed(data)
            self.queue.extend(self._events())
        return self.queue.pop(0)

    def _login(self):
        features = self.next()
        mechs = [m.text for m in features.iter(q(NS_SASL, "mechanism"))]
        if "PLAIN" not in mechs:
            raise RuntimeError("no SASL PLAIN offered: %r" % mechs)
        cred = ("\0%s\0%s" % (self.user, self.password)).encode("utf-8")
        self.send("<auth xmlns='%s' mechanism='PLAIN'>%s</auth>"
                  % (NS_SASL, base64.b64encode(cred).decode()))
        reply = self.next()
        if reply.tag != q(NS_SASL, "success"):
            raise RuntimeError("login refused: %s" % reply.tag)
        self._open()
        self.next()     # the new features
        self.send("<iq type='set' id='bind'><bind xmlns='%s'><resource>"
                  "test</resource></bind></iq>" % NS_BIND)
        res = self.next()
        self.jid = res.find(".//" + q(NS_BIND, "jid")).text
        self.send("<presence/>")

    def close(self):
        try:
            self.send("<presence type='unavailable'/></stream:stream>")
            self.sock.close()
        except OSError:
            pass

    # --- rooms -----------------------------------------------------------

    def join(self, room, nick):
        """Join room as nick; unlock it if we created it. Returns history."""
        self.send("<presence to=%s><x xmlns='%s'/></presence>"
                  % (quoteattr("%s/%s" % (room, nick)), NS_MUC))
        early = []
        while True:
            st = self.next()
            frm = st.get("from", "")
            if st.tag == q(NS_CLIENT, "presence") and \
                    frm == "%s/%s" % (room, nick):
                if st.get("type") == "error":
                    raise RuntimeError("cannot join %s" % room)
                codes = [s.get("code") for s in
                         st.iter(q(NS_MUC_USER, "status"))]
                if "201" in codes:
                    self.send("<iq type='set' to=%s id='unlock'><query "
                              "xmlns='%s'><x xmlns='jabber:x:data' "
                              "type='submit'/></query></iq>"
                              % (quoteattr(room), NS_MUC_OWNER))
                break
            early.append(st)
        # What came before our own presence is the other occupants' presence;
        # keep it for later readers.
        self.queue[:0] = early

    def say(self, room, body):
        self.send("<message to=%s type='groupchat' id='m%d'><body>%s</body>"
                  "</message>" % (quoteattr(room), next(self.ids),
                                  escape(body)))


def message_json(st):
    body = st.find(q(NS_CLIENT, "body"))
    thread = st.find(q(NS_CLIENT, "thread"))
    return {
        "type": st.get("type"),
        "from": st.get("from"),
        "body": body.text if body is not None else None,
        "thread": thread.text if thread is not None else None,
        "delayed": st.find(q(NS_DELAY, "delay")) is not None,
    }


def cmd_ask(c, a):
    thread = "<thread>%s</thread>" % escape(a.thread) if a.thread else ""
    c.send("<message to=%s type='chat' id='q%d'><body>%s</body>%s</message>"
           % (quoteattr(a.to), next(c.ids), escape(a.body), thread))
    while True:
        st = c.next()
        if st.tag != q(NS_CLIENT, "message"):
            continue
        if st.get("from", "").split("/")[0] != a.to:
            continue
        m = message_json(st)
        if m["body"] is not None:
            return m


def cmd_say(c, a):
    c.join(a.room, a.nick)
    c.say(a.room, a.body)
    # Our own echo means the room has it.
    while True:
        st = c.next()
        if st.tag == q(NS_CLIENT, "message") and \
                st.get("from") == "%s/%s" % (a.room, a.nick):
            return {}


def cmd_room(c, a):
    bot = "%s/%s" % (a.room, a.bot)
    c.join(a.room, a.nick)
    seen_bot = False
    got = []
    while not seen_bot:
        st = c.next()
        if st.tag == q(NS_CLIENT, "presence") and st.get("from") == bot \
                and st.get("type") != "unavailable":
            seen_bot = True
        elif st.tag == q(NS_CLIENT, "message") and st.get("from") == bot:
            got.append(message_json(st))
    for text in a.send:
        c.say(a.room, text)
    grace = None
    while True:
        try:
            st = c.next(until=grace)
        except Timeout:
            if grace is not None:
                break
            raise
        if st.tag == q(NS_CLIENT, "message") and st.get("from") == bot:
            got.append(message_json(st))
            new = [m for m in got if not m["delayed"]]
            if len(new) >= a.expect and grace is None:
                grace = time.monotonic() + 0.5
    return got


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--jid", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--timeout", type=float, default=15)
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("ask")
    s.add_argument("--to", required=True)
    s.add_argument("--body", required=True)
    s.add_argument("--thread")
    s = sub.add_parser("say")
    s.add_argument("--room", required=True)
    s.add_argument("--nick", required=True)
    s.add_argument("--body", required=True)
    s = sub.add_parser("room")
    s.add_argument("--room", required=True)
    s.add_argument("--nick", required=True)
    s.add_argument("--bot", required=True)
    s.add_argument("--send", action="append", required=True)
    s.add_argument("--expect", type=int, default=1)
    a = p.parse_args()
    try:
        c = Client(a.host, a.port, a.jid, a.password, a.timeout)
        out = {"ask": cmd_ask, "say": cmd_say, "room": cmd_room}[a.cmd](c, a)
    except Timeout:
        print("xmpp_client: timed out after %g s" % a.timeout,
              file=sys.stderr)
        return 1
    except (OSError, EOFError, RuntimeError, ET.ParseError) as e:
        print("xmpp_client: %s" % e, file=sys.stderr)
        return 1
    c.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
