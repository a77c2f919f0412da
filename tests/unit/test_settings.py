import pytest
from pydantic import ValidationError

from devstack.keys import DEMO_JWT_SECRET
from service.settings import Settings


def test_production_refuses_the_public_demo_jwt_secret():
    with pytest.raises(ValidationError, match="demo secret"):
        Settings(app_env="production", supabase_jwt_secret=DEMO_JWT_SECRET, _env_file=None)


def test_production_accepts_a_real_secret():
    settings = Settings(app_env="production", supabase_jwt_secret="x" * 40, _env_file=None)
    assert settings.app_env == "production"


def test_development_may_use_the_demo_secret():
    settings = Settings(app_env="development", _env_file=None)
    assert settings.supabase_jwt_secret.get_secret_value() == DEMO_JWT_SECRET


def test_ai_is_off_without_a_groq_key():
    assert Settings(_env_file=None, groq_api_key=None).ai_enabled is False
    assert Settings(_env_file=None, groq_api_key="gsk_test").ai_enabled is True


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("SUPABASE_URL", "http://example.test:1234")
    monkeypatch.setenv("AI_LATENCY_BUDGET_S", "1.5")
    settings = Settings(_env_file=None)
    assert settings.supabase_url == "http://example.test:1234"
    assert settings.ai_latency_budget_s == 1.5
