from devstack import keys
from devstack.config import HookConfig, StackConfig

CLI_DEMO_ANON_KEY = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24i"
    "LCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0"
)


def test_defaults_match_supabase_start(tmp_path):
    config = StackConfig.from_env({}, root=tmp_path)
    assert config.api_url == "http://127.0.0.1:54321"
    assert config.db_port == 54322
    assert config.anon_key == CLI_DEMO_ANON_KEY
    assert keys.verify(config.service_role_key, config.jwt_secret)["role"] == "service_role"


def test_environment_overrides_ports_folder_and_secret(tmp_path):
    env = {
        "DEVSTACK_DIR": str(tmp_path / "other"),
        "DEVSTACK_API_PORT": "6001",
        "DEVSTACK_DB_PORT": "6002",
        "SUPABASE_JWT_SECRET": "another-secret-with-at-least-32-characters!!",
    }
    config = StackConfig.from_env(env, root=tmp_path)
    assert config.data_dir == (tmp_path / "other").resolve()
    assert config.as_env()["SUPABASE_URL"] == "http://127.0.0.1:6001"
    assert config.as_env()["DATABASE_URL"].endswith(":6002/postgres")
    assert config.anon_key != CLI_DEMO_ANON_KEY
    assert keys.verify(config.anon_key, env["SUPABASE_JWT_SECRET"])["role"] == "anon"


def test_auth_options_and_hooks_are_read_from_config_toml(tmp_path):
    (tmp_path / "supabase").mkdir()
    (tmp_path / "supabase" / "config.toml").write_text(
        "[auth]\njwt_expiry = 600\nrefresh_token_reuse_interval = 2\n"
        "[auth.email]\nenable_confirmations = true\n"
        "[auth.hook.password_verification_attempt]\nenabled = true\n"
        'uri = "pg-functions://postgres/public/check_attempt"\n'
    )
    auth = StackConfig.from_env({}, root=tmp_path).auth
    assert (auth.jwt_expiry, auth.refresh_token_reuse_interval) == (600, 2)
    assert auth.enable_confirmations is True
    assert auth.hooks["password_verification_attempt"].function == ("public", "check_attempt")


def test_a_disabled_or_non_postgres_hook_has_no_function():
    assert HookConfig(False, "pg-functions://postgres/public/f").function is None
    assert HookConfig(True, "https://example.com/hook").function is None


def test_clusters_are_durable_unless_fsync_is_turned_off(tmp_path):
    assert StackConfig.from_env({}, root=tmp_path).durable is True
    assert StackConfig.from_env({"DEVSTACK_FSYNC": "off"}, root=tmp_path).durable is False
