"""The one reader of the environment: every setting the service and worker use."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from devstack.keys import DEMO_JWT_SECRET

AppEnv = Literal["development", "test", "production"]


class Settings(BaseSettings):
    """Configuration from environment variables (and `.env` in development)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_env: AppEnv = "development"
    log_level: str = "INFO"
    public_base_url: str = "http://127.0.0.1:5000"

    supabase_url: str = "http://127.0.0.1:54321"
    supabase_anon_key: str = ""
    supabase_service_role_key: SecretStr = SecretStr("")
    supabase_jwt_secret: SecretStr = SecretStr(DEMO_JWT_SECRET)
    database_url: SecretStr = SecretStr("postgresql://postgres:postgres@127.0.0.1:54322/postgres")

    sentry_dsn: SecretStr | None = None

    groq_api_key: SecretStr | None = None
    groq_model: str = "llama-3.1-8b-instant"
    groq_base_url: str | None = None
    ai_latency_budget_s: float = Field(default=2.5, gt=0)

    @model_validator(mode="after")
    def _refuse_demo_secret_in_production(self) -> Settings:
        if (
            self.app_env == "production"
            and self.supabase_jwt_secret.get_secret_value() == DEMO_JWT_SECRET
        ):
            raise ValueError(
                "SUPABASE_JWT_SECRET is the public demo secret; set the project's real "
                "secret before running with APP_ENV=production"
            )
        return self

    @property
    def ai_enabled(self) -> bool:
        """Whether a Groq key is configured (without one, AI steps use scripted text)."""
        return bool(self.groq_api_key and self.groq_api_key.get_secret_value())
