"""A loopback forwarding proxy in front of the S3 store, for scripts/checks/s3.sh.

Usage: s3-proxy.py LISTEN_PORT BACKEND_PORT LOG [--kill PID N] [--fail-every N]
Forwards every request unchanged (the Host header too, so SigV4 signatures stay valid) to
127.0.0.1:BACKEND_PORT and appends "METHOD PATH STATUS" to LOG. --kill SIGKILLs process PID
when it sends PUT number N (before forwarding it): a publish killed half way, at a chosen
point. --fail-every answers every Nth PUT with 503 without forwarding it (a store hiccup).
"""
import http.client
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

listen, backend, log = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
options = sys.argv[4:]
kill_pid = kill_after = fail_every = None
while options:
    if options[0] == "--kill":
        kill_pid, kill_after, options = int(options[1]), int(options[2]), options[3:]
    elif options[0] == "--fail-every":
        fail_every, options = int(options[1]), options[2:]
    else:
        sys.exit("s3-proxy.py: unknown option %s" % options[0])
lock = threading.Lock()
puts = 0


class Forward(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def forward(self):
        global puts
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        if self.command == "PUT":
            with lock:
                puts += 1
                number = puts
            if kill_pid is not None and number == kill_after:
                os.kill(kill_pid, signal.SIGKILL)
            if fail_every and number % fail_every == 0:
                with lock, open(log, "a") as out:
                    out.write(f"{self.command} {self.path} 503\n")
                self.send_response_only(503)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        connection = http.client.HTTPConnection("127.0.0.1", backend, timeout=30)
        connection.putrequest(self.command, self.path, skip_host=True, skip_accept_encoding=True)
        for name, value in self.headers.items():
            connection.putheader(name, value)
        connection.endheaders(body)
        response = connection.getresponse()
        data = response.read()
        with lock, open(log, "a") as out:
            out.write(f"{self.command} {self.path} {response.status}\n")
        self.send_response_only(response.status)
        for name, value in response.getheaders():
            if name.lower() not in ("transfer-encoding", "content-length", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        connection.close()

    def guarded(self):
        try:
            self.forward()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the killed publisher's connection

    do_GET = do_PUT = do_DELETE = do_HEAD = do_POST = guarded


ThreadingHTTPServer(("127.0.0.1", listen), Forward).serve_forever()
