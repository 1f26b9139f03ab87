"""A tiny web site on 127.0.0.1 for fetch tests: fixed replies, flaky and slow routes.

The server runs in a daemon thread on an ephemeral port and is shut down by
the fixture that starts it; it never listens beyond the loopback interface.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line is sent
    declared_length: int | None = None  # a Content-Length to claim instead of the real one


Route = Reply | Callable[[int], Reply]  # a fixed reply, or one chosen by the hit number (1, 2, ...)


class LocalSite:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route) -> str:
        self.routes[path] = route
        return self.url(path)

    def page(self, path: str, body: str | bytes, content_type: str = "text/html; charset=utf-8") -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        return self.add(path, Reply(body=data, headers={"Content-Type": content_type}))

    def start(self) -> LocalSite:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _reply_for(self, path: str, user_agent: str) -> Reply:
        with self._lock:
            self.hits[path] += 1
            self.user_agents.append(user_agent)
            hit = self.hits[path]
        route = self.routes.get(path)
        if route is None:
            return Reply(status=404, body=b"<html><body><p>Not found</p></body></html>")
        return route(hit) if callable(route) else route

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                reply = site._reply_for(self.path, self.headers.get("User-Agent", ""))
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    length = reply.declared_length if reply.declared_length is not None else len(reply.body)
                    self.send_header("Content-Length", str(length))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test); nothing to tell it

            def log_message(self, format: str, *args: object) -> None:
                pass  # keep test output clean

        return Handler


def redirect(to: str, status: int = 301) -> Reply:
    return Reply(status=status, headers={"Location": to})


def fail_then(reply: Reply, failures: int, status: int = 500) -> Callable[[int], Reply]:
    """A route that answers ``status`` ``failures`` times, then ``reply``."""

    def route(hit: int) -> Reply:
        return Reply(status=status, body=b"try again later") if hit <= failures else reply

    return route
