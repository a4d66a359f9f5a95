"""A loopback forwarding proxy in front of the S3 store, for scripts/checks/s3.sh.

Usage: s3-proxy.py LISTEN_PORT BACKEND_PORT LOG [KILL_PID KILL_AFTER_PUTS]
Forwards every request unchanged (the Host header too, so SigV4 signatures stay valid) to
127.0.0.1:BACKEND_PORT and appends "METHOD PATH STATUS" to LOG. With KILL_PID, SIGKILLs that
process when it sends PUT number KILL_AFTER_PUTS (before forwarding it): a publish killed
half way, at a chosen point.
"""
import http.client
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

listen, backend, log = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
kill_pid = int(sys.argv[4]) if len(sys.argv) > 5 else None
kill_after = int(sys.argv[5]) if len(sys.argv) > 5 else None
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
        if self.command == "PUT" and kill_pid is not None:
            with lock:
                puts += 1
                if puts == kill_after:
                    os.kill(kill_pid, signal.SIGKILL)
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
