"""Resident memory of this process and every process under it, sampled in a background thread."""
from __future__ import annotations

import os
import threading
import time

import psutil

MB = 1024 * 1024


class RssSampler:
    """Peak RSS per process (this one and its descendants: pool workers, Dask nannies and workers)."""

    def __init__(self, interval: float = 0.2):
        self.interval = interval
        self.me = psutil.Process(os.getpid())
        self.peak: dict[int, int] = {}
        self.window: dict[int, int] = {}  # peaks since the last take_window()
        self.names: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def current(self) -> dict[int, int]:
        """RSS now, by pid."""
        out: dict[int, int] = {}
        try:
            procs = [self.me, *self.me.children(recursive=True)]
        except psutil.Error:
            procs = [self.me]
        for p in procs:
            try:
                out[p.pid] = p.memory_info().rss
                if p.pid not in self.names:
                    self.names[p.pid] = self._role(p)
            except psutil.Error:
                continue
        return out

    def _role(self, p: psutil.Process) -> str:
        if p.pid == self.me.pid:
            return "parent"
        try:
            cmd = " ".join(p.cmdline())
        except psutil.Error:
            cmd = ""
        if "resource_tracker" in cmd or "forkserver" in cmd:
            return "helper"
        return "worker"

    def sample(self) -> None:
        for pid, rss in self.current().items():
            self.peak[pid] = max(rss, self.peak.get(pid, 0))
            self.window[pid] = max(rss, self.window.get(pid, 0))

    def take_window(self) -> dict[int, int]:
        """Peak RSS per process since the previous call (a window's high-water mark, unlike a
        single reading it does not depend on where in a batch the sample falls)."""
        self.sample()
        window, self.window = self.window, {}
        return window

    def summary(self) -> dict:
        parent = self.peak.get(self.me.pid, 0)
        workers = sorted((rss for pid, rss in self.peak.items() if self.names.get(pid) == "worker"
                          and rss > 100 * MB), reverse=True)  # nannies and helpers are small
        return {"parent_mb": round(parent / MB), "workers_mb": [round(w / MB) for w in workers],
                "max_worker_mb": round(max(workers, default=0) / MB)}


def now() -> float:
    return time.perf_counter()
