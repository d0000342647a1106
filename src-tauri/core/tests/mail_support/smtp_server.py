"""A real SMTP server for the mail tests (aiosmtpd), started by tests/mail_support/mod.rs.

Every accepted message is written to OUT/<n>.eml, with OUT/<n>.json holding the envelope
(mail_from, rcpt_tos). Recipients decide the server's answer, per RCPT:
  an address containing "reject" -> 550 (refused for good)
  an address containing "later"  -> 451 (try again later)
Options: --tls CERT KEY offers STARTTLS (and requires it before AUTH); --implicit-tls CERT KEY
wraps the whole connection in TLS; --auth USER PASSWORD requires that login.
"""

import argparse
import json
import logging
import os
import signal
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, out):
        self.out = out
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if "reject" in address:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        if "later" in address:
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            n = self.count
        base = os.path.join(self.out, "%04d" % n)
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "auth": bool(session.authenticated)}, f)
        # Renamed last: a test that sees the .eml sees a whole message.
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 Message accepted for delivery"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--implicit-tls", nargs=2, metavar=("CERT", "KEY"))
    p.add_argument("--auth", nargs=2, metavar=("USER", "PASSWORD"))
    a = p.parse_args()
    # A client that hangs up on an untrusted certificate is what some tests want: keep
    # aiosmtpd's tracebacks out of the test output unless asked.
    if not os.environ.get("SMTP_SERVER_DEBUG"):
        logging.getLogger("mail.log").setLevel(logging.CRITICAL)

    kwargs = {}
    if a.tls:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(*a.tls)
        kwargs.update(tls_context=ctx, require_starttls=True)
    if a.implicit_tls:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(*a.implicit_tls)
        kwargs.update(ssl_context=ctx)
    if a.auth:
        user, password = a.auth[0].encode(), a.auth[1].encode()

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and \
                auth_data.login == user and auth_data.password == password
            return AuthResult(success=ok)

        kwargs.update(authenticator=authenticator, auth_required=True,
                      auth_require_tls=bool(a.tls or a.implicit_tls))

    controller = Controller(Handler(a.out), hostname="127.0.0.1", port=a.port,
                            ready_timeout=10, **kwargs)
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
