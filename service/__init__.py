"""Consultor.AI's backend: webhooks, public pages and the endpoints that need secrets.

`create_app` is the only place where the app and its dependencies are built.
"""

from __future__ import annotations

from flask import Flask

from service.settings import Settings


def create_app(settings: Settings | None = None, services: object | None = None) -> Flask:
    """Build the Flask app from `settings` (default: the environment)."""
    from service import errors, health, logs, observability
    from service.services import Services

    settings = settings or Settings()
    logs.configure(settings.log_level)
    observability.init_sentry(settings)

    app = Flask(__name__)
    app.config["SETTINGS"] = settings
    svc = services if isinstance(services, Services) else Services.build(settings)
    svc.init_app(app)
    svc.open()

    errors.init_app(app)
    app.register_blueprint(health.bp)
    return app
