"""The service's own errors. Adapters translate library errors into these in one place.

ConsultorError
├── ConfigurationError          settings that cannot work (e.g. demo secret in production)
├── InvalidInput                bad input from a user or a provider → a 4xx
├── FlowError                   a flow definition or state the engine cannot use
│   ├── FlowValidationError     the definition breaks the spec (errors name step and field)
│   └── FlowVersionError        a spec version we cannot migrate
└── ExternalServiceError        an internet service failed (retryable unless noted)
    └── AIError                 the LLM provider (Groq)
        ├── AIUnavailable       connection refused, 5xx, or the circuit breaker is open
        ├── AITimeout           the call did not fit the latency budget
        ├── AIRateLimited       429 from the provider
        └── AIAuthError         the key was refused (not retryable)
"""

from __future__ import annotations


class ConsultorError(Exception):
    """Root of every error the service raises on purpose."""


class ConfigurationError(ConsultorError):
    """Settings that cannot work."""


class InvalidInput(ConsultorError):
    """Bad input from a user or a provider; maps to a 4xx and changes nothing."""


class FlowError(ConsultorError):
    """A flow definition or state the engine cannot use."""


class FlowValidationError(FlowError):
    """A flow definition that breaks the spec; `errors` lists every problem found."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors))
        self.errors = errors


class FlowVersionError(FlowError):
    """A flow spec version that cannot be migrated to the current one."""


class ExternalServiceError(ConsultorError):
    """An internet service failed."""


class AIError(ExternalServiceError):
    """The LLM provider failed."""


class AIUnavailable(AIError):
    """The provider cannot be reached, answered 5xx, or the circuit breaker is open."""


class AITimeout(AIError):
    """The call did not fit the latency budget."""


class AIRateLimited(AIError):
    """The provider answered 429."""


class AIAuthError(AIError):
    """The provider refused the API key."""
