"""One configuration source: ``newsgraph.toml`` (or ``$NEWSGRAPH_CONFIG``) plus environment variables.

Precedence: command-line option > environment variable > config file > default.

```toml
[newsgraph]
db = "newsgraph.db"
kb = ["my-actors.json"]     # extra knowledge-base files
workers = 2
dask = "local:2"            # or "tcp://scheduler:8786"
```
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path


class ConfigError(ValueError):
    pass


@dataclass
class Config:
    db: str = "newsgraph.db"
    kb: list[str] = field(default_factory=list)
    workers: int = 1
    dask: str | None = None


def load_config(path: str | None = None) -> Config:
    cfg = Config()
    path = path or os.environ.get("NEWSGRAPH_CONFIG") or ("newsgraph.toml" if Path("newsgraph.toml").exists() else None)
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8")).get("newsgraph", {})
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read config: {exc}") from exc
        for key, value in data.items():
            if not hasattr(cfg, key):
                raise ConfigError(f"{path}: unknown setting {key!r}")
            setattr(cfg, key, value)
    env = os.environ
    if env.get("NEWSGRAPH_DB"):
        cfg.db = env["NEWSGRAPH_DB"]
    if env.get("NEWSGRAPH_KB"):
        cfg.kb = [p for p in env["NEWSGRAPH_KB"].split(os.pathsep) if p]
    if env.get("NEWSGRAPH_WORKERS"):
        cfg.workers = int(env["NEWSGRAPH_WORKERS"])
    if env.get("NEWSGRAPH_DASK"):
        cfg.dask = env["NEWSGRAPH_DASK"]
    if isinstance(cfg.kb, str):
        cfg.kb = [cfg.kb]
    return cfg
