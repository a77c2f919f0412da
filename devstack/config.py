"""Where a devstack lives and how it is reached: directories, ports, secrets, auth options.

Defaults match `supabase start` (API on 54321, Postgres on 54322, the CLI's demo
secret); `DEVSTACK_DIR`, `DEVSTACK_API_PORT`, `DEVSTACK_DB_PORT` and
`SUPABASE_JWT_SECRET` override them so two stacks can run side by side.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from devstack import keys

DB_SUPERUSER = "postgres"
DB_PASSWORD = "postgres"  # the Supabase CLI's local default; loopback only
DB_NAME = "postgres"


DEFAULT_FILE_SIZE_LIMIT = 50 * 1024 * 1024
SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(value: object, default: int = DEFAULT_FILE_SIZE_LIMIT) -> int:
    """Bytes from the CLI's size notation ("50MiB", "5GB", 1024); `default` when unreadable."""
    if isinstance(value, int):
        return value
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*", str(value), re.IGNORECASE)
    if not match:
        return default
    return int(float(match.group(1)) * SIZE_UNITS[match.group(2).lower()])


def project_root() -> Path:
    """The repository root: the folder holding `supabase/config.toml`."""
    here = Path.cwd()
    for candidate in (here, *here.parents):
        if (candidate / "supabase" / "config.toml").exists():
            return candidate
    return Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class HookConfig:
    """One `[auth.hook.<name>]` entry: a Postgres function called by Auth."""

    enabled: bool
    uri: str

    @property
    def function(self) -> tuple[str, str] | None:
        """(schema, function) for a `pg-functions://postgres/<schema>/<fn>` URI."""
        prefix = "pg-functions://"
        if not self.enabled or not self.uri.startswith(prefix):
            return None
        parts = self.uri[len(prefix) :].split("/")
        if len(parts) != 3:
            return None
        return parts[1], parts[2]


@dataclass(frozen=True)
class AuthConfig:
    """The `[auth]` options of `supabase/config.toml` that devstack honours."""

    site_url: str = "http://127.0.0.1:3000"
    jwt_expiry: int = 3600
    enable_signup: bool = True
    enable_refresh_token_rotation: bool = True
    refresh_token_reuse_interval: int = 10
    minimum_password_length: int = 6
    enable_confirmations: bool = False
    double_confirm_changes: bool = True
    otp_expiry: int = 3600
    additional_redirect_urls: tuple[str, ...] = ()
    hooks: Mapping[str, HookConfig] = field(default_factory=dict)

    @classmethod
    def from_toml(cls, data: Mapping[str, Any]) -> AuthConfig:
        """Read the `[auth]` table of a parsed config.toml."""
        auth = data.get("auth", {})
        email = auth.get("email", {})
        hooks = {
            name: HookConfig(bool(h.get("enabled", False)), str(h.get("uri", "")))
            for name, h in auth.get("hook", {}).items()
        }
        return cls(
            site_url=auth.get("site_url", cls.site_url),
            jwt_expiry=int(auth.get("jwt_expiry", cls.jwt_expiry)),
            enable_signup=bool(auth.get("enable_signup", True)),
            enable_refresh_token_rotation=bool(auth.get("enable_refresh_token_rotation", True)),
            refresh_token_reuse_interval=int(auth.get("refresh_token_reuse_interval", 10)),
            minimum_password_length=int(auth.get("minimum_password_length", 6)),
            enable_confirmations=bool(email.get("enable_confirmations", False)),
            double_confirm_changes=bool(email.get("double_confirm_changes", True)),
            otp_expiry=int(email.get("otp_expiry", 3600)),
            additional_redirect_urls=tuple(auth.get("additional_redirect_urls", ())),
            hooks=hooks,
        )


@dataclass(frozen=True)
class StackConfig:
    """Everything needed to start, reach or stop one devstack."""

    root: Path
    data_dir: Path
    api_port: int = 54321
    db_port: int = 54322
    host: str = "127.0.0.1"
    jwt_secret: str = keys.DEMO_JWT_SECRET
    auth: AuthConfig = field(default_factory=AuthConfig)
    max_rows: int | None = 1000
    storage_file_size_limit: int = DEFAULT_FILE_SIZE_LIMIT
    # False for throw-away clusters (tests, benchmarks): fsync and synchronous commit off.
    durable: bool = True
    schemas: tuple[str, ...] = ("public",)

    @classmethod
    def from_env(
        cls, env: Mapping[str, str] | None = None, root: Path | None = None
    ) -> StackConfig:
        """Build the config from `supabase/config.toml` and the DEVSTACK_* variables."""
        env = os.environ if env is None else env
        root = (root or project_root()).resolve()
        toml_path = root / "supabase" / "config.toml"
        data = tomllib.loads(toml_path.read_text()) if toml_path.exists() else {}
        api = data.get("api", {})
        data_dir = Path(env.get("DEVSTACK_DIR") or root / ".devstack")
        return cls(
            root=root,
            data_dir=data_dir.resolve(),
            api_port=int(env.get("DEVSTACK_API_PORT") or 54321),
            db_port=int(env.get("DEVSTACK_DB_PORT") or 54322),
            jwt_secret=env.get("SUPABASE_JWT_SECRET") or keys.DEMO_JWT_SECRET,
            durable=env.get("DEVSTACK_FSYNC") != "off",
            auth=AuthConfig.from_toml(data),
            max_rows=api.get("max_rows", 1000),
            storage_file_size_limit=parse_size(data.get("storage", {}).get("file_size_limit")),
            schemas=tuple(s for s in api.get("schemas", ["public"]) if s != "graphql_public"),
        )

    @property
    def api_url(self) -> str:
        """The gateway's base URL, what clients call SUPABASE_URL."""
        return f"http://{self.host}:{self.api_port}"

    @property
    def anon_key(self) -> str:
        """The public API key of the anonymous role."""
        return keys.api_key("anon", self.jwt_secret)

    @property
    def service_role_key(self) -> str:
        """The secret API key of the service role (bypasses RLS)."""
        return keys.api_key("service_role", self.jwt_secret)

    def db_url(self, user: str = DB_SUPERUSER, password: str = DB_PASSWORD) -> str:
        """A libpq URL to the stack's database as `user`."""
        return f"postgresql://{user}:{password}@{self.host}:{self.db_port}/{DB_NAME}"

    @property
    def pg_data(self) -> Path:
        """The PostgreSQL cluster directory."""
        return self.data_dir / "pgdata"

    @property
    def log_dir(self) -> Path:
        """Where the database and gateway write their logs."""
        return self.data_dir / "logs"

    @property
    def mail_dir(self) -> Path:
        """Where Auth drops the e-mails it 'sends' (one JSON file per mail)."""
        return self.data_dir / "mail"

    @property
    def storage_dir(self) -> Path:
        """Where Storage keeps object bytes."""
        return self.data_dir / "storage"

    def as_env(self) -> dict[str, str]:
        """The settings a client needs, as printed by `devstack up`."""
        return {
            "SUPABASE_URL": self.api_url,
            "SUPABASE_ANON_KEY": self.anon_key,
            "SUPABASE_SERVICE_ROLE_KEY": self.service_role_key,
            "SUPABASE_JWT_SECRET": self.jwt_secret,
            "DATABASE_URL": self.db_url(),
        }
